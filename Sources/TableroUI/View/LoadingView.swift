import TableroCanvas

/// Before the first report: a centred line, and while the first load reads
/// the directory, a progress bar with bytes, rows and rate under it.
enum LoadingView {
    static func draw(_ ctx: ViewContext, into canvas: inout Canvas, _ body: Rect) {
        guard !body.isEmpty else { return }
        let text = ctx.fold(ctx.labels[.loading].full)
        let y = max(0, body.height / 2 - 1)
        canvas.put(in: body, max(0, (body.width - TextFit.width(text)) / 2), y, text, Style(.dim, bold: true))
        guard let progress = ctx.model.loading, y + 2 < body.height else { return }

        let n = ctx.numbers
        let width = min(body.width - 4, 60)
        guard width >= 10 else { return }
        let x = (body.width - width) / 2
        let gauge = Gauge(value: progress.percent, target: nil, valueText: n.percent(progress.percent, decimals: 0),
                          level: .good)
        gauge.draw(into: &canvas, Rect(x: body.x + x, y: body.y + y + 1, width: width, height: 1), glyphs: ctx.glyphs)
        let megabytes = { (bytes: Int) in n.number(Double(bytes) / 1_000_000, decimals: 1) }
        var detail = ctx.text.loadDetail(read: megabytes(progress.bytesRead), total: megabytes(progress.bytesTotal),
                                         rows: ctx.count(progress.rows))
        if let rate = progress.megabytesPerSecond { detail += " · " + n.number(rate, decimals: 0) + " MB/s" }
        detail = ctx.fold(detail)
        canvas.put(in: body, max(0, (body.width - TextFit.width(detail)) / 2), y + 2,
                   TextFit.truncate(detail, to: body.width, ellipsis: ctx.glyphs.ellipsis), Style(.dim))
    }
}
