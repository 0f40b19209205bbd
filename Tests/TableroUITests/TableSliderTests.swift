import Testing
import TableroCore
@testable import TableroUI
import TableroCanvas

@Suite struct TableTests {
    let table = Table(
        columns: [.init("Queue", .left), .init("Waiting"), .init("SL %")],
        rows: [["Billing", "12", "81.2"], ["Support and returns", "1,234", "64.0"], ["日本語キュー", "3", "–"]],
        selected: 1)

    @Test func namesClippedNumbersRightAligned() {
        let rect = Rect(x: 0, y: 0, width: 26, height: 4)
        var canvas = Canvas(width: 26, height: 4)
        table.draw(into: &canvas, rect, glyphs: unicode)
        #expect(canvas.lines == [
            "Queue         Waiting SL %",
            "Billing            12 81.2",
            "Support and…    1,234 64.0",
            "日本語キュー        3    –",
        ])
        #expect(canvas[0, 0].style == Table.headerStyle)
        #expect(canvas[0, 2].style.reverse && canvas[0, 2].style.role == .selected)
        #expect(canvas[13, 2].style.reverse)  // the gap of the selected row too
        #expect(!canvas[0, 1].style.reverse)
        #expect(render(26, 4) { table.draw(into: &$0, rect, glyphs: ascii) } == [
            "Queue         Waiting SL %",
            "Billing            12 81.2",
            "Support and~    1,234 64.0",
            "日本語キュー        3    -",
        ])
    }

    @Test func narrowDropsColumnsFromTheRightNeverCutsNumbers() {
        #expect(render(12, 2) { table.draw(into: &$0, Rect(x: 0, y: 0, width: 12, height: 2), glyphs: unicode) } == [
            "Qu… Waiting ",
            "Bi…      12 ",
        ])
        #expect(table.widths(12) == [3, 7, 0])
        // Fewer rows than the table has: the first ones (from the offset).
        var scrolled = table
        scrolled.offset = 2
        scrolled.selected = nil
        #expect(render(20, 2) { scrolled.draw(into: &$0, Rect(x: 0, y: 0, width: 20, height: 2), glyphs: unicode) } == [
            "Queue   Waiting SL %",
            "日本語…       3    –",
        ])
    }

    @Test func cellStylesCarryLevels() {
        let t = Table(columns: [.init("Cola", .left), .init("NS")],
                      rows: [["Ventas", Table.Cell("64,0 %", style: Level.critical.style)]])
        var canvas = Canvas(width: 14, height: 2)
        t.draw(into: &canvas, Rect(x: 0, y: 0, width: 14, height: 2), glyphs: unicode)
        #expect(canvas.lines == ["Cola        NS", "Ventas  64,0 %"])
        #expect(canvas[8, 1].style == Level.critical.style)
        #expect(canvas[0, 1].style == .plain)
    }
}

@Suite struct SliderRowTests {
    /// Issue 10: the range in words after the track ("−11 … +50 agentes"),
    /// where the track keeps 8 cells; else the track alone.
    @Test func selectedSpanishAgents() {
        let row = SliderRow(slider: .agents, value: 3, agents: 12, baseline: 0, selected: true,
                            labels: spanish, numbers: NumberStyle(locale: "es"))
        let rect = Rect(x: 0, y: 0, width: 80, height: 1)
        var canvas = Canvas(width: 80, height: 1)
        row.draw(into: &canvas, rect, glyphs: unicode)
        #expect(canvas.lines == ["▶ Agentes ±             +3 agentes ─────┼●───────────────────  −11 … +50 agentes"])
        #expect(canvas[0, 0].style.reverse && canvas[0, 0].style.role == .selected)
        #expect(canvas[41, 0].style.role == .accent && canvas[41, 0].style.reverse)
        #expect(canvas[40, 0].style.role == .dim)
        #expect(render(80, 1) { row.draw(into: &$0, rect, glyphs: ascii) } == [
            "> Agentes +/-           +3 agentes -----+O--------------------  -11..+50 agentes",
        ])
        // 60 columns: no room for the range beside an 8-cell track.
        #expect(render(60, 1) { row.draw(into: &$0, Rect(x: 0, y: 0, width: 60, height: 1), glyphs: unicode) } == [
            "▶ Agentes ±             +3 agentes ────┼─●──────────────────",
        ])
    }

    @Test func unselectedRetentionAndSpanishDecimals() {
        let en = SliderRow(slider: .retention, value: -2.5, agents: 12, baseline: 0, selected: false,
                           labels: english, numbers: NumberStyle())
        #expect(render(60, 1) { en.draw(into: &$0, Rect(x: 0, y: 0, width: 60, height: 1), glyphs: unicode) } == [
            "  Retention ± pp           -2.5 pp ────●┼─────  −20 … +20 pp",
        ])
        #expect(!en.selected)
        let es = SliderRow(slider: .retention, value: 2.5, agents: nil, baseline: nil, selected: false,
                           labels: spanish, numbers: NumberStyle(locale: "es"))
        #expect(es.valueText == "+2,5 p. p.")
        #expect(SliderRow(slider: .personnel, value: 10, agents: nil, baseline: 0, selected: false,
                          labels: spanish, numbers: NumberStyle(locale: "es")).valueText == "+10 %")
        #expect(SliderRow(slider: .personnel, value: 10, agents: nil, baseline: 0, selected: false,
                          labels: english, numbers: NumberStyle()).valueText == "+10%")
        #expect(SliderRow(slider: .acquisitionMultiple, value: 5.5, agents: nil, baseline: 5, selected: false,
                          labels: spanish, numbers: NumberStyle(locale: "es")).valueText == "×5,5")
        #expect(SliderRow(slider: .attribution, value: 100, agents: nil, baseline: 100, selected: false,
                          labels: spanish, numbers: NumberStyle(locale: "es")).valueText == "100 %")
    }

    @Test func knobAtTheEndsAndNarrowRows() {
        let row = SliderRow(name: "Overhead cost", valueText: "+200%", value: 200, range: -100...200,
                            lowText: "-100", highText: "200", baseline: 0)
        #expect(row.knobCell(200, cells: 10) == 9 && row.knobCell(-100, cells: 10) == 0 && row.knobCell(500, cells: 10) == 9)
        // No room for the range's ends: the track alone.
        #expect(render(40, 1) { row.draw(into: &$0, Rect(x: 0, y: 0, width: 40, height: 1), glyphs: unicode) } == [
            "  Overhead cost              +200% ─┼──●",
        ])
        // No room for a track: name and value.
        #expect(render(24, 1) { row.draw(into: &$0, Rect(x: 0, y: 0, width: 24, height: 1), glyphs: unicode) } == [
            "  Overhead…        +200%",
        ])
    }
}
