import TableroCore
import TableroCanvas

/// The data-quality view (key `d`): every file read, with rows read,
/// rejected, orphans, unclosed contacts, how old its newest row is and
/// whether it is gone or unreadable; under it the first errors of each file.
/// ↑/↓ scroll the errors. Error texts come from the ledger, where data text
/// was already quoted and escaped; the canvas turns any control left into `?`.
enum DataQualityView {
    static func draw(_ ctx: ViewContext, _ report: Report, into canvas: inout Canvas, _ body: Rect) {
        guard !body.isEmpty else { return }
        let panel = Panel(title: ctx.labels[.dataQuality].full, focused: true)
        var inside = panel.draw(into: &canvas, body, glyphs: ctx.glyphs)
        if inside.width >= 30 { inside = Rect(x: inside.x + 1, y: inside.y, width: inside.width - 2, height: inside.height) }
        guard !inside.isEmpty else { return }
        let files = report.dataQuality
        let table = self.table(ctx, files)
        let errors = files.flatMap(\.errors)
        // The errors (a blank line, the heading, the lines) take what they
        // need up to half the height, the files the rest: cut at half the
        // height, the table left out the file the errors named while lines
        // under them stood empty.
        let errorRoom = 2 + min(errors.count, max(1, inside.height / 2 - 2))
        let tableRows = min(files.count + 1, max(2, inside.height - errorRoom))
        table.draw(into: &canvas, Rect(x: inside.x, y: inside.y, width: inside.width, height: min(tableRows, inside.height)),
                   glyphs: ctx.glyphs)
        let errorsTop = tableRows + 1
        guard errorsTop + 1 < inside.height else { return }
        let heading = ctx.labels[.errors].full + " (" + ctx.count(errors.count) + ")"
        canvas.put(in: inside, 0, errorsTop, ctx.fold(heading), Table.headerStyle)
        let room = inside.height - errorsTop - 1
        let offset = max(0, min(ctx.model.dataQualityOffset, max(0, errors.count - room)))
        for (i, line) in errors.dropFirst(offset).prefix(room).enumerated() {
            canvas.put(in: inside, 0, errorsTop + 1 + i,
                       TextFit.truncate(line, to: inside.width, ellipsis: ctx.glyphs.ellipsis), Style(.warning))
        }
    }

    static func table(_ ctx: ViewContext, _ files: [FileQuality]) -> Table {
        let l = ctx.labels, t = ctx.text
        let columns = [
            Table.Column(l[.files].full, .left), Table.Column(l[.kind].full, .left), Table.Column(l[.rows].full),
            Table.Column(l[.rejected].full), Table.Column(l[.orphans].full), Table.Column(l[.unclosed].full),
            Table.Column(t.newestRow), Table.Column(t.state, .left),
        ]
        let rows: [[Table.Cell]] = files.map { f in
            let age = f.newestRowTime.map { ctx.numbers.age(max(0, ctx.now - $0)) } ?? NumberStyle.unknown
            let state = f.gone ? t.gone : f.unreadable ? t.unreadable : t.ok
            let problem = f.rejected > 0 || f.unreadable
            return [
                Table.Cell(f.path), Table.Cell(f.kind.rawValue), Table.Cell(ctx.count(f.rows)),
                Table.Cell(ctx.count(f.rejected), style: f.rejected > 0 ? Level.warning.style : nil),
                Table.Cell(ctx.count(f.orphans)), Table.Cell(ctx.count(f.unclosed)), Table.Cell(age),
                Table.Cell(state, style: problem || f.gone ? Level.warning.style : Style(.dim)),
            ]
        }
        return Table(columns: columns, rows: rows)
    }
}
