import TableroCanvas
import TableroCore
import TableroText

/// The zoomed queue pane's call-back list (METRICS.md, "Abandon causes and
/// recent abandons"): time, queue, wait, cause and caller id, newest first.
/// The caller id is data text: folded and sanitized like any name.
enum CallBackTable {
    static func table(_ ctx: ViewContext, _ list: [RecentAbandon]) -> Table {
        let l = ctx.labels, n = ctx.numbers
        let zone = ctx.model.settings.general.timezone
        let clock = zone == "UTC" ? ZoneClock.utc : ZoneClock(identifier: zone) ?? .utc
        // The local date and time of day, as the header writes as-of: `11-22 09:11:00`.
        func time(_ t: Double) -> String {
            let stamp = clock.rfc3339(t)
            return String(stamp.dropFirst(5).prefix(5)) + " " + String(stamp.dropFirst(11).prefix(8))
        }
        let columns = [Table.Column(l[.abandonTime].full, .left), Table.Column(l[.queue].short, .left),
                       Table.Column(l[.waited].full), Table.Column(l[.abandonCause].full, .left),
                       Table.Column(l[.callerID].full, .left)]
        let rows: [[Table.Cell]] = list.map { a in
            [Table.Cell(time(a.time)),
             Table.Cell(ctx.fold(Sanitize.text(a.queue ?? NumberStyle.unknown, limit: 20))),
             Table.Cell(n.duration(a.waitedSeconds)),
             Table.Cell(l.cause(a.cause.name)),
             Table.Cell(ctx.fold(Sanitize.text(a.caller ?? NumberStyle.unknown, limit: 24)))]
        }
        return Table(columns: columns, rows: rows)
    }
}
