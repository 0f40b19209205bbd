import TableroCore
import TableroCanvas
import TableroText

/// CSAT %, NPS ± margin and CES as tiles; CSAT and NPS per day (per week
/// beyond 60 days) as a line chart; promoters, passives and detractors as
/// a stacked bar.
enum SatisfactionPane {
    static func npsText(_ s: SatisfactionFigures, _ n: NumberStyle) -> String {
        guard let nps = s.nps else { return NumberStyle.unknown }
        let value = n.number(nps, decimals: 0)
        guard let moe = s.npsMarginOfError else { return value }
        return value + " ±" + n.number(moe, decimals: 0)
    }

    static func draw(_ ctx: ViewContext, _ report: Report, into canvas: inout Canvas, _ rect: Rect) {
        let s = report.satisfaction
        let l = ctx.labels, n = ctx.numbers, t = ctx.thresholds
        let csat = n.percent(s.csatPercent), nps = npsText(s, n), ces = n.number(s.ces, decimals: 1)
        let csatLevel = t.csat(percent: s.csatPercent), npsLevel = t.nps(s.nps)
        var flow = Flow(rect)
        if rect.height < 3 {
            let cells = [FigureCell(l[.csat], csat, level: csatLevel), FigureCell(l[.nps], nps, level: npsLevel),
                         FigureCell(l[.ces], ces), FigureCell(l[.responses], ctx.count(s.npsResponses))]
            FigureCell.grid(cells, columns: FigureCell.columns(for: rect.width, count: 3, minWidth: 12), into: &canvas, rect, ctx)
            return
        }
        if let head = flow.take(2) {
            let w = (head.width - 4) / 3
            let before = report.previousSatisfaction
            var csatMove = Movement(s.csatPercent, before?.csatPercent, decimals: 1, n)
            var npsMove = Movement(s.nps, before?.nps, decimals: 0, n)
            // A change inside the margin of error is grey "≈" (decided in Core).
            if let before {
                csatMove.markWithinMargin(s.csatChangeMargin(from: before))
                npsMove.markWithinMargin(s.npsChangeMargin(from: before))
            }
            let cesMove = Movement(s.ces, before?.ces, decimals: 1, n)
            let tiles = [
                NumberTile(label: l[.csat].fitting(w), value: csat, level: csatLevel, direction: csatMove.direction,
                           delta: csatMove.delta, deltaLevel: csatMove.level(t)),
                NumberTile(label: l[.nps].fitting(w), value: nps, level: npsLevel, direction: npsMove.direction,
                           delta: npsMove.delta, deltaLevel: npsMove.level(t)),
                // CES has no target and scales differ in which way is better: a
                // plain arrow; its label says its scale (issue 10).
                NumberTile(label: Label(l[.ces].full + " 1\(ctx.glyphs.isUnicode ? "–" : "-")\(Int(ctx.model.settings.satisfaction.cesScale))", short: l[.ces].short).fitting(w),
                           value: ces, level: s.ces == nil ? .unknown : .good,
                           direction: cesMove.direction, delta: cesMove.delta, deltaLevel: .unknown),
            ]
            for (i, tile) in tiles.enumerated() {
                let x = head.x + i * (w + 2)
                let width = i == 2 ? head.width - 2 * (w + 2) : w
                tile.draw(into: &canvas, Rect(x: x, y: head.y, width: width, height: 2), glyphs: ctx.glyphs)
                // CSAT or NPS just turned critical: its value flashes (Flash.swift).
                if i < 2, ctx.isFlashOn("overall", i == 0 ? "csat_percent" : "nps") {
                    canvas.restyle(x, head.y + 1, width: TextFit.width(tile.value), Style(Level.critical.role, bold: true, reverse: true))
                }
                if i == 2, s.ces != nil {
                    // CES has no target: its value is plain, not green.
                    canvas.restyle(head.x + x - head.x, head.y + 1, width: TextFit.width(ces), FigureCell.valueStyle)
                }
            }
        }
        // IQS and comments answered (issue 14), under the tiles.
        if QualityLine.wanted(report), flow.remaining >= 5, let line = flow.take(1) {
            QualityLine.draw(ctx, report, into: &canvas, line)
        }
        flow.gap(ifMoreThan: 6)
        // The chart takes what the bar (two rows at the bottom) leaves.
        let chartRows = flow.remaining - 2
        if chartRows >= 3, let chart = flow.take(chartRows) {
            drawChart(ctx, report, into: &canvas, chart)
            flow.gap(ifMoreThan: 2)
        }
        if let bar = flow.take(min(2, flow.remaining)) {
            let stacked = StackedBar(promoters: s.promoters, passives: s.passives, detractors: s.detractors)
            stacked.draw(into: &canvas, bar, labels: l, numbers: n, glyphs: ctx.glyphs)
        }
    }

    /// Days of the trend, or the report's pooled weeks beyond 60 days; the
    /// labels are the first and last day shown.
    static func series(_ report: Report) -> (csat: [Double?], nps: [Double?], first: String, last: String) {
        func md(_ d: LocalDay) -> String { String(d.description.dropFirst(5)) }
        let points = report.trendWeeks.isEmpty ? report.trend : report.trendWeeks
        guard let first = points.first, let last = report.trend.last else { return ([], [], "", "") }
        return (points.map(\.csatPercent), points.map(\.nps), md(first.date), md(last.date))
    }

    static func drawChart(_ ctx: ViewContext, _ report: Report, into canvas: inout Canvas, _ rect: Rect) {
        let (csat, nps, first, last) = series(report)
        var plot = rect
        if rect.height >= 5 {
            // Legend above the plot: which marker is which.
            let g = ctx.glyphs, l = ctx.labels
            var x = canvas.put(in: rect, 0, 0, ctx.fold(l[.trend].full) + "  ", FigureCell.labelStyle)
            x += canvas.put(in: rect, x, 0, g.seriesA, LineChart.styleA)
            x += canvas.put(in: rect, x, 0, " " + l[.csat].short + " %   ", FigureCell.labelStyle)
            x += canvas.put(in: rect, x, 0, g.seriesB, LineChart.styleB)
            canvas.put(in: rect, x, 0, " " + l[.nps].short, FigureCell.labelStyle)
            plot = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        }
        let numbers = ctx.numbers
        let chart = LineChart(seriesA: csat, seriesB: nps, firstLabel: first, lastLabel: last,
                              format: { numbers.number($0, decimals: 0) })
        chart.draw(into: &canvas, plot, glyphs: ctx.glyphs)
    }
}

/// How a figure moved against the previous equal window, at the precision
/// it is shown with: a change that rounds to nothing is flat.
struct Movement {
    var change: Double?
    var direction: Direction?
    var delta: String?

    init(_ now: Double?, _ before: Double?, decimals: Int, _ numbers: NumberStyle) {
        guard let now, let before, now.isFinite, before.isFinite else { return }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let shown = ((now - before) * scale).rounded() / scale
        change = shown
        direction = Direction(change: shown)
        if shown != 0 { delta = (shown > 0 ? "+" : "") + numbers.number(shown, decimals: decimals) }
    }

    /// Inside the change's margin of error: `≈`, coloured as nothing.
    var withinMargin = false

    mutating func markWithinMargin(_ margin: Double?) {
        guard direction == .up || direction == .down, SatisfactionFigures.isWithinMargin(change: change, margin: margin) else { return }
        withinMargin = true
        direction = .withinMargin
    }

    func level(_ t: Thresholds) -> Level { withinMargin ? .unknown : t.delta(change, upIsGood: true) }
}
