import TableroCore
import TableroCanvas

/// The data-quality view (key `d`): every file read, with rows read,
/// rejected, orphans, unclosed contacts, how old its newest row is and
/// whether it is gone or unreadable; under it the first errors of each file.
/// ↑/↓ scroll what does not fit: the files first, then the errors (one
/// offset runs through both, so ↓ always shows what is below). Error texts
/// come from the ledger, where data text was already quoted and escaped;
/// the canvas turns any control left into `?`.
enum DataQualityView {
    /// Where the files and the errors go in the panel's `height` lines.
    struct Parts: Equatable {
        /// Lines of the files' table, its header included.
        var tableRows: Int
        /// The line of the errors' heading, and the lines for errors under it (0: no room).
        var errorsTop: Int
        var errorLines: Int
        /// Files and errors that do not fit at once.
        var filesHidden: Int
        var errorsHidden: Int
        /// How far ↓ goes: through the hidden files, then the hidden errors.
        var maxOffset: Int { filesHidden + errorsHidden }

        init(files: Int, errors: Int, height: Int) {
            // The errors (a blank line, the heading, the lines) take what
            // they need up to half the height, the files the rest: cut at
            // half the height, the table left out the file the errors named
            // while lines under them stood empty. With no errors, `Errors (0)`
            // shows under a table that fits; one that does not takes every line.
            let errorRoom = errors == 0 && files + 1 > height - 2 ? 0 : 2 + min(errors, max(1, height / 2 - 2))
            tableRows = min(files + 1, max(2, height - errorRoom), height)
            errorsTop = tableRows + 1
            errorLines = errorsTop + 1 < height ? height - errorsTop - 1 : 0
            filesHidden = max(0, files - max(0, tableRows - 1))
            errorsHidden = errorLines > 0 ? max(0, errors - errorLines) : 0
        }
    }

    /// The parts for `files` in a panel drawn on `body` (its inside is two lines less).
    static func parts(_ files: [FileQuality], in body: Rect) -> Parts {
        Parts(files: files.count, errors: files.reduce(0) { $0 + $1.errors.count }, height: max(0, body.height - 2))
    }

    /// The parts at `model`'s size, where `draw` gets its body from the layout (for the keys' bounds).
    static func parts(for model: DashboardModel) -> Parts {
        let body = Layout(width: model.width, height: model.height, zoom: model.zoom,
                          agentRows: model.report.flatMap(AgentsPane.rowsWanted)).body
        return parts(model.report?.dataQuality ?? [], in: body)
    }

    static func draw(_ ctx: ViewContext, _ report: Report, into canvas: inout Canvas, _ body: Rect) {
        guard !body.isEmpty else { return }
        let files = report.dataQuality
        let errors = files.flatMap(\.errors)
        let parts = parts(files, in: body)
        let offset = max(0, min(ctx.model.dataQualityOffset, parts.maxOffset))
        let filesOffset = min(offset, parts.filesHidden)
        var title = ctx.labels[.dataQuality].full
        if parts.filesHidden > 0 {
            let shown = parts.tableRows - 1
            title += " · " + ctx.text.fileRange(first: ctx.count(filesOffset + 1), last: ctx.count(filesOffset + shown),
                                                 count: ctx.count(files.count))
        }
        let panel = Panel(title: title, focused: true)
        var inside = panel.draw(into: &canvas, body, glyphs: ctx.glyphs)
        if inside.width >= 30 { inside = Rect(x: inside.x + 1, y: inside.y, width: inside.width - 2, height: inside.height) }
        guard !inside.isEmpty else { return }
        var table = self.table(ctx, files)
        table.offset = filesOffset
        table.draw(into: &canvas, Rect(x: inside.x, y: inside.y, width: inside.width, height: parts.tableRows),
                   glyphs: ctx.glyphs)
        guard parts.errorLines > 0 else { return }
        let heading = ctx.labels[.errors].full + " (" + ctx.count(errors.count) + ")"
        canvas.put(in: inside, 0, parts.errorsTop, ctx.fold(heading), Table.headerStyle)
        for (i, line) in errors.dropFirst(offset - filesOffset).prefix(parts.errorLines).enumerated() {
            canvas.put(in: inside, 0, parts.errorsTop + 1 + i,
                       TextFit.truncate(line, to: inside.width, ellipsis: ctx.glyphs.ellipsis), Style(.warning))
        }
    }

    static func table(_ ctx: ViewContext, _ files: [FileQuality]) -> Table {
        let l = ctx.labels, t = ctx.text
        let columns = [
            Table.Column(l[.files].full, .left, cutInTheMiddle: true), Table.Column(l[.kind].full, .left), Table.Column(l[.rows].full),
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
