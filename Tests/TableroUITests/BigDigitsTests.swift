import Testing
@testable import TableroUI
import TableroCanvas

@Suite struct BigDigitsTests {
    func big(_ text: String, _ size: BigDigits.Size, _ g: GlyphSet, width: Int = 40) -> [String] {
        render(width, size.rawValue) {
            BigDigits.draw(text, size: size, into: &$0, Rect(x: 0, y: 0, width: width, height: size.rawValue),
                           style: Style(.good, bold: true), glyphs: g)
        }
    }

    @Test func fiveRows() {
        #expect(big("12:34.5,6%-–", .five, unicode) == [
            " █  ███   ███ █ █   ███    ███ █ █      ",
            "██    █ █   █ █ █   █      █     █      ",
            " █  ███   ███ ███   ███    ███  █  ██ ██",
            " █  █   █   █   █     █  █ █ █ █        ",
            "███ ███   ███   █ █ ███ █  ███ █ █      ",
        ])
        #expect(big("7890 3m", .five, ascii) == [
            "### ### ### ###    ###                  ",
            "  # # # # # # #      #                  ",
            "  # ### ### # #    ###                  ",
            "  # # #   # # #      #                  ",
            "  # ### ### ###    ### m                ",
        ])
    }

    @Test func threeRows() {
        #expect(big("12:34.5,6%-–", .three, unicode) == [
            "▄█  ▀▀█ ▄ ▀▀█ █ █   █▀▀    █▀▀ ▀ █      ",
            " █  █▀▀ ▄ ▀▀█ ▀▀█   ▀▀█  ▄ █▀█ ▄▀  ▀▀ ▀▀",
            "▀▀▀ ▀▀▀   ▀▀▀   ▀ ▀ ▀▀▀ ▀  ▀▀▀ ▀ ▀      ",
        ])
        // ASCII has no half blocks: seven-segment strokes, same widths.
        #expect(big("12:34.5,6%-–", .three, ascii) == [
            "     _     _         _      _  o /      ",
            "  |  _| .  _| |_|   |_     |_   /  __ __",
            "  | |_  .  _|   | .  _|  , |_| / o      ",
        ])
        #expect(big("7890 3m", .three, unicode) == [
            "▀▀█ █▀█ █▀█ █▀█    ▀▀█                  ",
            "  █ █▀█ ▀▀█ █ █    ▀▀█                  ",
            "  ▀ ▀▀▀ ▀▀▀ ▀▀▀    ▀▀▀ m                ",
        ])
    }

    @Test func widthMatchesWhatIsDrawnAndStyleIsKept() {
        for text in ["12:34", "81,2 %", "–", "3m 05s", "日"] {
            for size in BigDigits.Size.allCases {
                for g in [unicode, ascii] {
                    let rows = BigDigits.rows(text, size: size, glyphs: g)
                    #expect(rows.count == size.rawValue)
                    for row in rows { #expect(TextFit.width(row) == BigDigits.width(of: text, size: size), "\(text)") }
                }
            }
        }
        var canvas = Canvas(width: 3, height: 5)
        BigDigits.draw("8", size: .five, into: &canvas, Rect(x: 0, y: 0, width: 3, height: 5),
                       style: Style(.critical, bold: true), glyphs: unicode)
        #expect(canvas[0, 0].style == Style(.critical, bold: true))
    }

    @Test func clippedToItsRectangle() {
        // Wider than the rectangle: cut at its edge, nothing beyond.
        var canvas = Canvas(width: 10, height: 6)
        BigDigits.draw("12345", size: .five, into: &canvas, Rect(x: 1, y: 0, width: 6, height: 3),
                       style: .plain, glyphs: ascii)
        #expect(canvas.lines == [
            "  #  ##   ",
            " ##       ",
            "  #  ##   ",
            "          ",
            "          ",
            "          ",
        ])
        // Data text with an escape character shows it as `?`.
        let rows = BigDigits.rows("1\u{1B}", size: .three, glyphs: unicode)
        #expect(rows.last == "▀▀▀ ?")
    }
}
