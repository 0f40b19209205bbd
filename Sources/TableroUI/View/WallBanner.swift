import TableroCore
import TableroCanvas
import TableroText

/// The wall's alert banner (issue 9): the worst active alert across the top
/// in the largest text that fits (BigText at the largest scale whose rows
/// take at most a fifth of the wall, else one line), reversed in its
/// level's colour, with `+N` for the other alerts. None when all is well.
enum WallBanner {
    /// The alerts worst first: critical before warning, then the contract's order.
    static func ordered(_ alerts: [Alert]) -> [Alert] {
        alerts.enumerated().sorted { a, b in
            a.element.level != b.element.level ? a.element.level > b.element.level : a.offset < b.offset
        }.map(\.element)
    }

    static func text(_ ctx: ViewContext, _ alerts: [Alert]) -> String? {
        let sorted = ordered(alerts)
        guard let worst = sorted.first else { return nil }
        let more = sorted.count > 1 ? "  +" + ctx.count(sorted.count - 1) : ""
        return AlertText.line(worst, ctx.labels, ctx.numbers) + more
    }

    /// Draws the banner at the top of `body`; the rows it used (with a blank
    /// row below), or nil when there is nothing to say.
    static func draw(_ ctx: ViewContext, _ report: Report, into canvas: inout Canvas, _ body: Rect) -> Int? {
        guard let text = text(ctx, report.alerts) else { return nil }
        let level = ordered(report.alerts)[0].level
        let style = Style(level.role, bold: true, reverse: true)
        let room = body.height / 5
        var scale = 0
        while BigText.width(of: text, scale: scale + 1) <= body.width - 2, 5 * (scale + 1) + 2 <= room { scale += 1 }
        guard scale > 0 else {
            let row = body.row(0)
            canvas.fill(row.x, row.y, width: row.width, height: 1, " ", style)
            canvas.center(ctx.fold(TextFit.truncate(text, to: row.width - 2, ellipsis: ctx.glyphs.ellipsis)), in: row, style)
            return 2
        }
        // A reversed band one row taller than the text on each side.
        let height = 5 * scale + 2
        let band = Rect(x: body.x, y: body.y, width: body.width, height: height)
        canvas.fill(band.x, band.y, width: band.width, height: band.height, " ", style)
        let lines = BigText.rows(text, scale: scale, glyphs: ctx.glyphs)
        let x = max(0, (body.width - BigText.width(of: text, scale: scale)) / 2)
        for (r, line) in lines.enumerated() { canvas.put(in: band, x, r + 1, line, style) }
        return height + 1
    }
}
