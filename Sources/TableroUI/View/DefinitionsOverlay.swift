import TableroCanvas
import TableroCore
import TableroText

/// `f`: how each figure of the focused pane is computed, with the settings
/// in force filled in (Definitions), in a box over the body. Each entry is
/// the figure's name in bold and its definition wrapped under it.
enum DefinitionsOverlay {
    static func entries(_ ctx: ViewContext) -> [Definitions.Entry] {
        let d = Definitions(language: ctx.labels.language, settings: ctx.model.settings)
        switch ctx.model.zoom ?? ctx.model.focus {
        case .queue: return d.queue
        case .satisfaction: return d.satisfaction
        case .roi: return d.roi
        case .whatIf: return d.whatIf
        case .agents: return d.agents
        }
    }

    static func draw(_ ctx: ViewContext, _ report: Report, into canvas: inout Canvas, _ body: Rect) {
        let width = min(body.width, 100)
        guard width >= 24, body.height >= 5 else { return }
        let textWidth = width - 4
        var lines: [(String, Style)] = []
        for e in entries(ctx) {
            lines.append((ctx.fold(e.figure), Style(.title, bold: true)))
            lines += TextFit.wrap(ctx.fold(e.text), width: textWidth - 2, ellipsis: ctx.glyphs.ellipsis).map { ("  " + $0, Style.plain) }
        }
        let height = min(body.height, lines.count + 2)
        let box = Rect(x: body.x + (body.width - width) / 2, y: body.y + (body.height - height) / 2, width: width, height: height)
        canvas.fill(box.x, box.y, width: box.width, height: box.height)
        let pane = ctx.model.zoom ?? ctx.model.focus
        let panel = Panel(title: ctx.fold(ctx.labels[alert: .definitions] + " · " + ctx.title(pane)), focused: true)
        let inside = panel.draw(into: &canvas, box, glyphs: ctx.glyphs)
        // Longer than the box: scrolled by ↑/↓, the last row saying what is left.
        let offset = min(ctx.model.floor.definitionsOffset, max(0, lines.count - inside.height))
        let visible = Array(lines.dropFirst(offset))
        let cut = visible.count > inside.height
        for (i, (text, style)) in visible.enumerated() where i < inside.height - (cut ? 1 : 0) {
            canvas.put(in: inside.row(i), 1, 0, text, style)
        }
        if cut {
            let more = ctx.labels.moreRows(visible.count - inside.height + 1) + "  " + (ctx.glyphs.isUnicode ? "↑↓" : "j/k")
            canvas.put(in: inside.row(inside.height - 1), 1, 0, ctx.fold(more), FigureCell.labelStyle)
        }
    }
}
