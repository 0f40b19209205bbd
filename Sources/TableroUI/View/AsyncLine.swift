import TableroCanvas
import TableroCore
import TableroText

/// Async work's own line in the queue pane (METRICS.md, "Channels"): an
/// email waits hours, not seconds, so its backlog is shown apart from the
/// live headline and judged by its own class's thresholds:
/// `Email & messaging 49 open · oldest 6h 07m · SL 61.0% / 80% · 1st resp. 2h 19m`.
/// The short label comes before dropping a part; parts are dropped from the end until it fits.
enum AsyncLine {
    struct Part {
        var text: String
        var style: Style
    }

    /// The parts in the order they give way (the last first).
    static func parts(_ ctx: ViewContext, _ a: QueueFigures, short: Bool) -> [[Part]] {
        let l = ctx.labels, n = ctx.numbers, t = ctx.thresholds
        let th = t.thresholds(.async)
        let label = short ? l[.asyncWork].short : l[.asyncWork].full
        let target = ctx.model.settings.queue.async.serviceLevelTarget
        return [
            [Part(text: label + " ", style: FigureCell.labelStyle),
             Part(text: ctx.count(a.waitingNow), style: QueuePane.waitingLevel(a, t, th).style),
             Part(text: " " + l[.openCount].full, style: FigureCell.labelStyle)],
            [Part(text: " · " + l[.oldest].full + " ", style: FigureCell.labelStyle),
             Part(text: n.duration(a.longestWaitNowSeconds), style: t.wait(seconds: a.longestWaitNowSeconds, th).style)],
            [Part(text: " · " + l[.serviceLevel].short + " ", style: FigureCell.labelStyle),
             Part(text: n.percent(a.serviceLevelPercent, decimals: 0), style: t.serviceLevel(percent: a.serviceLevelPercent, th).style),
             Part(text: " / " + n.percent(target, decimals: 0), style: FigureCell.labelStyle)],
            [Part(text: " · " + l[.firstResponse].short + " ", style: FigureCell.labelStyle),
             Part(text: n.duration(a.firstResponseSeconds), style: t.wait(seconds: a.firstResponseSeconds, th).style)],
        ]
    }

    static func draw(_ ctx: ViewContext, _ a: QueueFigures, into canvas: inout Canvas, _ row: Rect) {
        let all = [parts(ctx, a, short: false), parts(ctx, a, short: true)]
        for count in stride(from: all[0].count, through: 1, by: -1) {
            for (i, version) in all.enumerated() {
                let groups = version.prefix(count)
                let width = groups.joined().reduce(0) { $0 + TextFit.width(ctx.fold($1.text)) }
                guard width <= row.width || (count == 1 && i == all.count - 1) else { continue }
                var x = 0
                for part in groups.joined() { x += canvas.put(in: row, x, 0, ctx.fold(part.text), part.style) }
                return
            }
        }
    }
}
