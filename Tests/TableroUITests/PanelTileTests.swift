import Testing
import TableroCore
@testable import TableroUI
import TableroCanvas

@Suite struct PanelTests {
    @Test func unfocusedUnicodeAndAscii() {
        let rect = Rect(x: 0, y: 0, width: 14, height: 4)
        #expect(render(14, 4) { Panel(title: "Queue").draw(into: &$0, rect, glyphs: unicode) } == [
            "┌─ Queue ────┐",
            "│            │",
            "│            │",
            "└────────────┘",
        ])
        #expect(render(14, 4) { Panel(title: "Queue").draw(into: &$0, rect, glyphs: ascii) } == [
            "+- Queue ----+",
            "|            |",
            "|            |",
            "+------------+",
        ])
    }

    @Test func focusedShowsAMarkerAndClipsTheTitle() {
        let rect = Rect(x: 0, y: 0, width: 14, height: 3)
        var canvas = Canvas(width: 14, height: 3)
        let inner = Panel(title: "Satisfaction", focused: true).draw(into: &canvas, rect, glyphs: unicode)
        #expect(canvas.lines == [
            "┌─ ▶ Satis… ─┐",
            "│            │",
            "└────────────┘",
        ])
        #expect(inner == Rect(x: 1, y: 1, width: 12, height: 1))
        #expect(canvas[0, 0].style == Panel.focusedBorderStyle)
        #expect(canvas[4, 0].style.reverse && canvas[4, 0].style.role == .selected)
        #expect(render(14, 3) { Panel(title: "Satisfaction", focused: true).draw(into: &$0, rect, glyphs: ascii) } == [
            "+- > Satis~ -+",
            "|            |",
            "+------------+",
        ])
        var plain = Canvas(width: 14, height: 3)
        Panel(title: "Queue").draw(into: &plain, rect, glyphs: unicode)
        #expect(plain[0, 0].style.role == .dim && plain[3, 0].style.role == .title)
    }

    @Test func tooSmallDrawsNothing() {
        var canvas = Canvas(width: 4, height: 4)
        let inner = Panel(title: "Queue").draw(into: &canvas, Rect(x: 1, y: 1, width: 1, height: 3), glyphs: unicode)
        #expect(inner.isEmpty)
        #expect(canvas.lines == ["    ", "    ", "    ", "    "])
        // 2×2 is a box with no inside and no title.
        #expect(render(2, 2) { Panel(title: "Queue").draw(into: &$0, Rect(x: 0, y: 0, width: 2, height: 2), glyphs: unicode) } == ["┌┐", "└┘"])
    }
}

@Suite struct NumberTileTests {
    let tile = NumberTile(label: "Longest wait", value: "3m 05s", level: .critical, direction: .up,
                          delta: "+40s", deltaLevel: .critical)
    let rect = Rect(x: 0, y: 0, width: 16, height: 2)

    @Test func labelValueArrowDelta() {
        var canvas = Canvas(width: 16, height: 2)
        tile.draw(into: &canvas, rect, glyphs: unicode)
        #expect(canvas.lines == [
            "Longest wait    ",
            "3m 05s ▲ +40s   ",
        ])
        #expect(canvas[0, 1].style == Style(.critical, bold: true))
        #expect(canvas[7, 1].style.role == .critical)
        #expect(canvas[0, 0].style.role == .dim)
        #expect(render(16, 2) { tile.draw(into: &$0, rect, glyphs: ascii) } == [
            "Longest wait    ",
            "3m 05s ^ +40s   ",
        ])
    }

    @Test func narrowDropsDeltaThenArrowButNeverCutsTheValue() {
        #expect(render(8, 2) { tile.draw(into: &$0, Rect(x: 0, y: 0, width: 8, height: 2), glyphs: unicode) } == [
            "Longest…",
            "3m 05s ▲",
        ])
        #expect(render(5, 2) { tile.draw(into: &$0, Rect(x: 0, y: 0, width: 5, height: 2), glyphs: unicode) } == [
            "Long…",
            "…    ",
        ])
        // One row: the value alone.
        #expect(render(10, 1) { tile.draw(into: &$0, Rect(x: 0, y: 0, width: 10, height: 1), glyphs: unicode) } == ["3m 05s ▲  "])
    }

    @Test func unknownValueIsDimDash() {
        var canvas = Canvas(width: 12, height: 2)
        NumberTile(label: "CSAT", value: NumberStyle().percent(nil), level: .unknown)
            .draw(into: &canvas, Rect(x: 0, y: 0, width: 12, height: 2), glyphs: ascii)
        #expect(canvas.lines == ["CSAT        ", "-           "])
        #expect(canvas[0, 1].style.role == .dim)
    }

    @Test func spanishFiguresFromNumberStyle() {
        let n = NumberStyle(locale: "es")
        let lines = render(20, 2) {
            NumberTile(label: spanish[.serviceLevel].full, value: n.percent(81.25), level: .good, direction: .down,
                       delta: n.number(-1.5, decimals: 1), deltaLevel: .critical)
                .draw(into: &$0, Rect(x: 0, y: 0, width: 20, height: 2), glyphs: unicode)
        }
        #expect(lines == ["Nivel de servicio   ", "81,3 % ▼ -1,5       "])
    }
}
