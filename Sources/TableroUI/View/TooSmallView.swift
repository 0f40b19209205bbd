import TableroCanvas

/// Below 40×12: the glossary's "terminal too small" text, centred and
/// wrapped at spaces to the width.
enum TooSmallView {
    static func draw(_ ctx: ViewContext, into canvas: inout Canvas) {
        guard canvas.width > 0, canvas.height > 0 else { return }
        let text = ctx.fold(ctx.labels.tooSmall(width: Layout.minimum.width, height: Layout.minimum.height))
        let lines = wrap(text, canvas.width)
        let top = max(0, (canvas.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            canvas.center(line, in: Rect(x: 0, y: top + i, width: canvas.width, height: 1), Style(.warning, bold: true))
        }
    }

    static func wrap(_ text: String, _ width: Int) -> [String] { TextFit.wrap(text, width: width) }
}
