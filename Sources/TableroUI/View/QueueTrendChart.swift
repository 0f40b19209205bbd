import TableroCanvas
import TableroCore

/// The live ASA as a chart when the queue pane has the room (issue 10, "use
/// the room": taller charts, more trend days): per day of the window, or
/// per clock hour for today, the scale's ends as durations.
enum QueueTrendChart {
    static func draw(_ ctx: ViewContext, _ report: Report, into canvas: inout Canvas, _ rect: Rect) {
        guard rect.height >= 4 else { return }
        let l = ctx.labels
        let hourly = report.window.spec == .today
        let values = hourly ? report.recentHours.map(\.asaSeconds) : report.trend.map(\.liveAsaSeconds)
        guard values.contains(where: { $0 != nil }) else { return }
        let title = hourly ? l[.asaByHour].full : l[.trend].full + " · " + l[.averageWait].full
        canvas.put(in: rect, 0, 0, ctx.fold(title), FigureCell.labelStyle)
        func md(_ d: LocalDay) -> String { String(d.description.dropFirst(5)) }
        let first = hourly ? "" : report.trend.first.map { md($0.date) } ?? ""
        let last = hourly ? "" : report.trend.last.map { md($0.date) } ?? ""
        let numbers = ctx.numbers
        let chart = LineChart(seriesA: values, firstLabel: first, lastLabel: last, format: { numbers.duration($0) })
        // The chart as wide as its points need, up to the pane.
        let width = min(rect.width, max(24, values.count * 3 + 8))
        chart.draw(into: &canvas, Rect(x: rect.x, y: rect.y + 1, width: width, height: rect.height - 1), glyphs: ctx.glyphs)
    }
}
