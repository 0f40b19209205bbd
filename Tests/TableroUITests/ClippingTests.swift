import Testing
import TableroCore
@testable import TableroUI
import TableroCanvas

/// Every widget, given hostile data text and rectangles of every small
/// size, writes only inside its rectangle, never a control character, and
/// never half a wide character.
@Suite struct ClippingTests {
    typealias Drawing = (inout Canvas, Rect, GlyphSet) -> Void

    /// A widget of the `Widget` protocol, drawn through it.
    static func drawing(_ widget: any Widget) -> Drawing { { widget.draw(into: &$0, $1, glyphs: $2) } }

    let widgets: [(String, Drawing)] = [
        ("panel", { Panel(title: hostile, focused: true).draw(into: &$0, $1, glyphs: $2) }),
        ("tile", Self.drawing(NumberTile(label: hostile, value: "12\u{1B}[2J", level: .critical, direction: .up, delta: hostile))),
        ("big", { BigDigits.draw("1日2\u{1B}3:45,6 %", size: .five, into: &$0, $1, style: .plain, glyphs: $2) }),
        ("big3", { BigDigits.draw("9日\u{07}8.7%", size: .three, into: &$0, $1, style: .plain, glyphs: $2) }),
        ("spark", { Sparkline.draw([1, nil, 3, 9, .infinity, -4], into: &$0, $1, glyphs: $2) }),
        ("line", Self.drawing(LineChart(seriesA: [1, 5, nil, 9], seriesB: [9, nil, 1], firstLabel: hostile, lastLabel: "日本\u{1B}",
                             format: { _ in "日本\u{1B}" }))),
        ("stacked", { StackedBar(promoters: 9, passives: 3, detractors: 1).draw(into: &$0, $1, labels: spanish, numbers: NumberStyle(locale: "es"), glyphs: $2) }),
        ("gauge", Self.drawing(Gauge(value: 250, target: -5, valueText: hostile, level: .good))),
        ("table", Self.drawing(Table(columns: [.init(hostile, .left), .init("日本語"), .init("\u{1B}")],
                          rows: [[.init(hostile), "1,234,567", "日本語"], ["\r\n", "", "x"]], selected: 0))),
        ("slider", Self.drawing(SliderRow(name: hostile, valueText: "日本語\u{1B}", value: .nan, range: 0...0, lowText: "日本",
                               highText: hostile, baseline: 1e300, selected: true))),
        // Numbers that must not trap: NaN, infinities, spans that overflow.
        ("slider-nan", Self.drawing(SliderRow(name: "x", valueText: "x", value: .nan, range: -20...20, lowText: "-20",
                                   highText: "20", baseline: .infinity, selected: false))),
        ("gauge-inf", Self.drawing(Gauge(value: .nan, target: .infinity, range: -Double.infinity...Double.infinity, valueText: "?",
                              level: .unknown))),
        ("line-huge", Self.drawing(LineChart(seriesA: [-1e308, 1e308, .nan], seriesB: [.infinity], range: -Double.greatestFiniteMagnitude...Double.greatestFiniteMagnitude,
                                  format: { _ in "big" }))),
        ("spark-huge", { Sparkline.draw([-1e308, 1e308, 0], into: &$0, $1, glyphs: $2) }),
        ("stacked-huge", { StackedBar(promoters: Int.max, passives: Int.max, detractors: 1)
            .draw(into: &$0, Rect(x: $1.x, y: $1.y, width: $1.width, height: min(1, $1.height)), labels: english, numbers: NumberStyle(), glyphs: $2) }),
    ]

    @Test func nothingOutsideTheRectangle() {
        for (name, draw) in widgets {
            var problems: [String] = []
            for g in [unicode, ascii] {
                for w in 0...9 {
                    for h in 0...6 {
                        // Widths 0...36, odd and even, so wide characters meet the right edge both ways.
                        let rect = Rect(x: 3, y: 2, width: w + w * w / 3, height: h)
                        problems += problemsDrawing(in: rect) { draw(&$0, rect, g) }
                    }
                }
            }
            #expect(problems.isEmpty, "\(name): \(problems.prefix(5))")
        }
    }

    @Test func theCheckCatchesStrayCells() {
        let rect = Rect(x: 3, y: 2, width: 4, height: 2)
        #expect(problemsDrawing(in: rect) { $0.put(3, 2, "abcd") }.isEmpty)
        #expect(problemsDrawing(in: rect) { $0.put(3, 2, "abcde") }.count == 1)
        #expect(problemsDrawing(in: rect) { $0.put(3, 4, "a") }.count == 1)
    }

    @Test func rectanglesPastTheCanvasEdgeAreClippedByTheCanvas() {
        for (_, draw) in widgets {
            var canvas = Canvas(width: 12, height: 4)
            draw(&canvas, Rect(x: 8, y: 2, width: 30, height: 10), unicode)
            draw(&canvas, Rect(x: -5, y: -3, width: 10, height: 5), ascii)
            #expect(canvas.lines.allSatisfy { TextFit.width($0) == 12 })
        }
    }

    @Test func escapeCharactersShowAsQuestionMarks() {
        var canvas = Canvas(width: 30, height: 2)
        NumberTile(label: "Cola\u{1B}[31m", value: "5\u{07}", level: .warning).draw(into: &canvas, Rect(x: 0, y: 0, width: 30, height: 2), glyphs: unicode)
        #expect(canvas.lines == ["Cola?[31m                     ", "5?                            "])
        let table = Table(columns: [.init("Q", .left)], rows: [["a\u{1B}b\u{9B}c\r\nd"]])
        #expect(render(8, 2) { table.draw(into: &$0, Rect(x: 0, y: 0, width: 8, height: 2), glyphs: ascii) } == ["Q       ", "a?b?c?d "])
    }

    @Test func wideCharactersNeverSplit() {
        // An odd width leaves no room for the last wide character's second half.
        let table = Table(columns: [.init("日本語のキュー", .left)], rows: [["日本語のキュー"]])
        #expect(render(7, 2) { table.draw(into: &$0, Rect(x: 0, y: 0, width: 7, height: 2), glyphs: unicode) } == [
            "日本語…",
            "日本語…",
        ])
        #expect(TextFit.truncate("日本語", to: 4) == "日…")
        #expect(TextFit.truncate("日本語", to: 6) == "日本語")
        #expect(TextFit.truncate("abc", to: 0) == "")
        #expect(TextFit.right("7", 3) == "  7" && TextFit.left("7", 3) == "7  ")
        #expect(TextFit.width("a\u{1B}日\u{301}") == 4)
    }

    /// Paths are cut in the middle: daily files differ only at their end.
    /// 16 columns leave 15 besides `…`: a third (5) for the start, the
    /// other 10 for the end.
    @Test func pathsAreCutInTheMiddle() {
        #expect(TextFit.truncateMiddle("events-2026-11-23.csv", to: 16) == "event…-11-23.csv")
        #expect(TextFit.truncateMiddle("events-2026-11-23.csv", to: 21) == "events-2026-11-23.csv")
        // 20: 6 for the start, 13 for the end.
        #expect(TextFit.truncateMiddle("events-2026-11-23.csv", to: 20) == "events…026-11-23.csv")
        // Wide characters are kept whole on either side: 8 columns leave 7,
        // 2 for the start (one 日); the end takes `.csv` (4), and 語 (2
        // more) would make 8: left out.
        #expect(TextFit.truncateMiddle("日本語日本語.csv", to: 8) == "日….csv")
        #expect(TextFit.width(TextFit.truncateMiddle("日本語日本語.csv", to: 8)) <= 8)
        #expect(TextFit.truncateMiddle("abcdef", to: 2) == "a…")
        #expect(TextFit.truncateMiddle("abcdef", to: 0) == "")
    }
}
