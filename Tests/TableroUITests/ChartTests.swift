import Testing
import TableroCore
@testable import TableroUI
import TableroCanvas

@Suite struct SparklineTests {
    @Test func scaledMinToMaxWithGaps() {
        let values: [Double?] = [0, 1, 2, 3, 4, 5, 6, 7, nil, 3.5]
        #expect(Sparkline.text(values, width: 12, glyphs: unicode) == "  ▁▂▃▄▅▆▇█ ▅")
        #expect(Sparkline.text(values, width: 12, glyphs: ascii) == "  _.,-=+*# =")
        // More values than columns: the most recent, scaled among themselves.
        #expect(Sparkline.text(values, width: 3, glyphs: unicode) == "█ ▁")
        // A fixed range compares across sparklines.
        #expect(Sparkline.text([0, 50, 100, 150], width: 4, range: 0...100, glyphs: unicode) == "▁▅██")
        // Flat, empty and unknown series.
        #expect(Sparkline.text([0, 0, 0], width: 3, glyphs: unicode) == "▁▁▁")
        #expect(Sparkline.text([5, 5], width: 2, glyphs: unicode) == "▄▄")
        #expect(Sparkline.text([nil, .nan], width: 2, glyphs: unicode) == "  ")
        #expect(Sparkline.text([], width: 0, glyphs: unicode) == "")
    }

    @Test func drawsOneRowInItsStyle() {
        var canvas = Canvas(width: 6, height: 2)
        Sparkline.draw([1, 2, 3], into: &canvas, Rect(x: 1, y: 1, width: 4, height: 1), glyphs: unicode)
        #expect(canvas.lines == ["      ", "  ▁▅█ "])
        #expect(canvas[4, 1].style.role == .accent)
    }
}

@Suite struct LineChartTests {
    let chart = LineChart(seriesA: [80, 85, 90, nil, 70, 100, 95], seriesB: [60, 70, 90, 75, nil, 65, 50],
                          firstLabel: "11-16", lastLabel: "11-22", range: 0...100,
                          format: { NumberStyle().number($0) })

    @Test func twoSeriesOverDays() {
        let rect = Rect(x: 0, y: 0, width: 20, height: 5)
        var canvas = Canvas(width: 20, height: 5)
        chart.draw(into: &canvas, rect, glyphs: unicode)
        #expect(canvas.lines == [
            "100│   ● ◉       ● ●",
            "   │◉  ○    ○ ●  ○ ○",
            "   │                ",
            "  0│                ",
            "    11-16      11-22",
        ])
        #expect(canvas[7, 0].style == LineChart.styleA)
        #expect(canvas[12, 1].style == LineChart.styleB)
        #expect(canvas[4, 1].style == LineChart.bothStyle)
        #expect(canvas[3, 2].style == LineChart.axisStyle)
        #expect(render(20, 5) { chart.draw(into: &$0, rect, glyphs: ascii) } == [
            "100|   * @       * *",
            "   |@  o    o *  o o",
            "   |                ",
            "  0|                ",
            "    11-16      11-22",
        ])
    }

    @Test func moreDaysThanColumnsKeepsTheLatestAndScalesToData() {
        let values: [Double?] = (0..<30).map { Double($0) }
        let small = LineChart(seriesA: values, firstLabel: "a", lastLabel: "b", format: { NumberStyle(locale: "es").number($0) })
        #expect(render(10, 3) { small.draw(into: &$0, Rect(x: 0, y: 0, width: 10, height: 3), glyphs: ascii) } == [
            "29|   ****",
            "23|***    ",
            "   a     b",
        ])
    }

    @Test func tooSmallDrawsNoPlot() {
        #expect(render(6, 1) { chart.draw(into: &$0, Rect(x: 0, y: 0, width: 6, height: 1), glyphs: unicode) } == ["      "])
        #expect(render(3, 3) { chart.draw(into: &$0, Rect(x: 0, y: 0, width: 3, height: 3), glyphs: unicode) } == ["   ", "   ", "   "])
    }
}

@Suite struct StackedBarTests {
    @Test func spanishCountsAndShortNames() {
        let bar = StackedBar(promoters: 120, passives: 40, detractors: 30)
        let rect = Rect(x: 0, y: 0, width: 30, height: 2)
        var canvas = Canvas(width: 30, height: 2)
        bar.draw(into: &canvas, rect, labels: spanish, numbers: NumberStyle(locale: "es"), glyphs: unicode)
        #expect(canvas.lines == [
            "███████████████████▒▒▒▒▒▒░░░░░",
            "Prom. 120  Pas. 40  Detr. 30  ",
        ])
        #expect(canvas[0, 0].style.role == .good)
        #expect(canvas[20, 0].style.role == .warning)
        #expect(canvas[29, 0].style.role == .critical)
        #expect(canvas[12, 1].style.role == .warning)
        #expect(render(30, 2) { bar.draw(into: &$0, rect, labels: spanish, numbers: NumberStyle(locale: "es"), glyphs: ascii) } == [
            "###################======:::::",
            "Prom. 120  Pas. 40  Detr. 30  ",
        ])
    }

    @Test func fullNamesGroupedNumbersAndTinyParts() {
        let bar = StackedBar(promoters: 1200, passives: 40, detractors: 3)
        #expect(render(44, 2) {
            bar.draw(into: &$0, Rect(x: 0, y: 0, width: 44, height: 2), labels: english, numbers: NumberStyle(), glyphs: unicode)
        } == [
            "██████████████████████████████████████████▒░",
            "Promoters 1,200  Passives 40  Detractors 3  ",
        ])
        #expect(render(43, 2) {
            bar.draw(into: &$0, Rect(x: 0, y: 0, width: 43, height: 2), labels: spanish, numbers: NumberStyle(locale: "es"), glyphs: unicode)
        }[1] == "Promotores 1.200  Pasivos 40  Detractores 3")
        // One column short of the full names: the glossary's short forms.
        #expect(render(42, 2) {
            bar.draw(into: &$0, Rect(x: 0, y: 0, width: 42, height: 2), labels: spanish, numbers: NumberStyle(locale: "es"), glyphs: unicode)
        }[1] == "Prom. 1.200  Pas. 40  Detr. 3             ")
        // Narrower still: glyph and count.
        #expect(render(16, 2) {
            bar.draw(into: &$0, Rect(x: 0, y: 0, width: 16, height: 2), labels: english, numbers: NumberStyle(), glyphs: ascii)
        }[1] == "#1,200  =40  :3 ")
    }

    @Test func widthsAddUp() {
        for (p, n, d, w) in [(1, 1, 1, 10), (100, 0, 1, 7), (0, 0, 0, 5), (3, 3, 3, 2), (7, 2, 1, 1)] {
            let widths = StackedBar(promoters: p, passives: n, detractors: d).widths(w)
            #expect(widths.reduce(0, +) == (p + n + d == 0 ? 0 : w))
        }
        #expect(StackedBar(promoters: 100, passives: 0, detractors: 1).widths(7) == [6, 0, 1])
        #expect(render(6, 1) {
            StackedBar(promoters: 0, passives: 0, detractors: 0)
                .draw(into: &$0, Rect(x: 0, y: 0, width: 6, height: 1), labels: english, numbers: NumberStyle(), glyphs: unicode)
        } == ["······"])
    }
}

@Suite struct GaugeTests {
    @Test func valueAgainstTarget() {
        let gauge = Gauge(value: 72.5, target: 80, valueText: "72.5%", level: .warning)
        let rect = Rect(x: 0, y: 0, width: 24, height: 1)
        var canvas = Canvas(width: 24, height: 1)
        gauge.draw(into: &canvas, rect, glyphs: unicode)
        #expect(canvas.lines == ["████████████▍│···  72.5%"])
        #expect(canvas[0, 0].style.role == .warning)
        #expect(canvas[13, 0].style.role == .title)
        #expect(canvas[14, 0].style.role == .dim)
        #expect(canvas[19, 0].style == Style(.warning, bold: true))
        #expect(render(24, 1) { gauge.draw(into: &$0, rect, glyphs: ascii) } == ["############.|...  72.5%"])
    }

    @Test func targetOnTheFillIsReversedAndUnknownIsEmpty() {
        var canvas = Canvas(width: 16, height: 1)
        Gauge(value: 100, target: 50, valueText: "100%", level: .good).draw(into: &canvas, Rect(x: 0, y: 0, width: 16, height: 1), glyphs: unicode)
        #expect(canvas.lines == ["█████│████  100%"])
        #expect(canvas[5, 0].style.reverse)
        #expect(render(12, 1) {
            Gauge(value: nil, target: 80, valueText: NumberStyle().percent(nil), level: .unknown)
                .draw(into: &$0, Rect(x: 0, y: 0, width: 12, height: 1), glyphs: ascii)
        } == [".......|.  -"])
        // No room for a bar: the number alone.
        #expect(render(6, 1) {
            Gauge(value: 50, target: 80, valueText: "50,0 %", level: .critical)
                .draw(into: &$0, Rect(x: 0, y: 0, width: 6, height: 1), glyphs: unicode)
        } == ["50,0 %"])
    }
}
