import TableroCanvas
import TableroCore
import TableroText

/// `A`: the crossings since the dashboard started, newest first, in a box
/// over the body: time, scope, figure, value and the threshold it crossed,
/// the value in its level's colour. Rows that do not fit are counted.
enum AlertLogOverlay {
    static func table(_ ctx: ViewContext) -> Table {
        let l = ctx.labels, n = ctx.numbers
        let zone = ctx.model.settings.general.timezone
        let clock = zone == "UTC" ? ZoneClock.utc : ZoneClock(identifier: zone) ?? .utc
        let columns = [Table.Column(l[alert: .time], .left), Table.Column(l[alert: .scope], .left),
                       Table.Column(l[alert: .figure], .left), Table.Column(l[alert: .value]),
                       Table.Column(l[alert: .threshold])]
        let rows: [[Table.Cell]] = ctx.model.floor.alerts.log.map { e in
            let a = e.alert
            // `2026-11-23T14:02:05Z`: the time of day.
            let time = String(clock.rfc3339(e.time).dropFirst(11).prefix(8))
            return [Table.Cell(time), Table.Cell(ctx.fold(Sanitize.text(l.scope(a.scope), limit: 20))),
                    Table.Cell(l.figure(a.figure)),
                    Table.Cell(AlertText.value(a.figure, a.value, n), style: a.level.style),
                    Table.Cell(ctx.fold(AlertText.threshold(a, n)))]
        }
        return Table(columns: columns, rows: rows)
    }

    static func draw(_ ctx: ViewContext, into canvas: inout Canvas, _ body: Rect) {
        let log = ctx.model.floor.alerts.log
        let width = min(body.width, 84)
        let height = min(body.height, max(log.count, 1) + 3)
        guard width >= 20, height >= 3 else { return }
        let box = Rect(x: body.x + (body.width - width) / 2, y: body.y + (body.height - height) / 2, width: width, height: height)
        canvas.fill(box.x, box.y, width: box.width, height: box.height)
        let panel = Panel(title: ctx.fold(ctx.labels[alert: .alertLog] + " · A"), focused: true)
        var inside = panel.draw(into: &canvas, box, glyphs: ctx.glyphs)
        inside = Rect(x: inside.x + 1, y: inside.y, width: inside.width - 2, height: inside.height)
        guard !log.isEmpty else {
            canvas.put(in: inside, 0, 0, ctx.fold(TextFit.truncate(ctx.labels[alert: .noAlerts], to: inside.width, ellipsis: ctx.glyphs.ellipsis)),
                       FigureCell.labelStyle)
            return
        }
        let shown = log.count + 1 <= inside.height ? log.count : inside.height - 2
        let full = table(ctx)
        let (t, w) = Table(columns: full.columns, rows: Array(full.rows.prefix(shown))).fitted(to: inside.width)
        t.draw(into: &canvas, Rect(x: inside.x, y: inside.y, width: w, height: shown + 1), glyphs: ctx.glyphs)
        if shown < log.count {
            canvas.put(in: inside, 0, inside.height - 1, ctx.fold(ctx.labels.moreRows(log.count - shown)), FigureCell.labelStyle)
        }
    }
}
