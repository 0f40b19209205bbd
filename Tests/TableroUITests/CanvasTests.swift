import Testing
@testable import TableroUI
import TableroCanvas

/// The Canvas fixes made while writing the widgets.
@Suite struct CanvasTests {
    @Test func restyleAndFillOutsideTheCanvasDoNotTrap() {
        var canvas = Canvas(width: 4, height: 2)
        canvas.restyle(10, 0, width: 3, Style(.critical))
        canvas.restyle(2, 0, width: -5, Style(.critical))
        canvas.fill(10, 0, width: 3, height: 1, "x")
        canvas.fill(0, 5, width: 3, height: 1, "x")
        canvas.fill(1, 1, width: -2, height: -2, "x")
        #expect(canvas == Canvas(width: 4, height: 2))
        canvas.fill(0, 0, width: 2, height: 1, "\u{1B}")
        #expect(canvas.lines == ["??  ", "    "])
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.put(0, 0, "日本語")
        canvas.put(1, 0, "x")  // right half of 日
        #expect(canvas.lines == [" x本語"])
        canvas.put(2, 0, "y")  // left half of 本
        #expect(canvas.lines == [" xy 語"])
        canvas.put(3, 0, "日")  // wide over a blank and the left half of 語
        #expect(canvas.lines == [" xy日 "])
        canvas.fill(4, 0, width: 1, height: 1, "z")  // right half of 日
        #expect(canvas.lines == [" xy z "])
        #expect(canvas.lines.allSatisfy { TextFit.width($0) == 6 })
    }

    /// Issue 13: bidi overrides and zero-width characters in names were
    /// dropped silently; they show as a visible `?` (one column each), and
    /// an emoji family joined by ZWJ is no placeholder.
    @Test func invisibleCharactersGetAPlaceholder() {
        var canvas = Canvas(width: 12, height: 1)
        canvas.put(0, 0, "ab\u{202E}cd\u{200B}e")
        #expect(canvas.lines == ["ab?cd?e     "])
        var family = Canvas(width: 10, height: 1)
        family.put(0, 0, "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}x")
        #expect(!family.lines[0].contains("?") && family.lines[0].contains("x"))
    }
}
