import TableroCore
import TableroCanvas

/// Below 80×24: one column, no boxes. Each pane gets a title rule and a
/// share of the rows (a zoomed pane gets them all); the panes draw as much
/// as their rows allow.
enum CompactView {
    static let titleStyle = Style(.title, bold: true)

    static func draw(_ ctx: ViewContext, _ report: Report, into canvas: inout Canvas, _ body: Rect) {
        // The agents have their line in the queue pane here; their own pane only zoomed.
        let panes: [Pane] = ctx.model.zoom.map { [$0] } ?? Pane.allCases.filter { $0 != .agents }
        let content = body.height - panes.count
        guard content >= panes.count else { return }
        // Shares of the content rows: queue, satisfaction, ROI, what-if.
        let weights = panes.map { pane -> Int in
            switch pane {
            case .queue: 7
            case .satisfaction: 4
            case .roi: 4
            case .whatIf: 5
            case .agents: 5
            }
        }
        let total = weights.reduce(0, +)
        var heights = weights.map { max(1, content * $0 / total) }
        var i = 0
        while heights.reduce(0, +) < content {
            heights[i % heights.count] += 1
            i += 1
        }
        while heights.reduce(0, +) > content, let j = heights.indices.max(by: { heights[$0] < heights[$1] }) { heights[j] -= 1 }
        var y = body.y
        for (pane, h) in zip(panes, heights) {
            drawTitle(ctx, pane, into: &canvas, Rect(x: body.x, y: y, width: body.width, height: 1))
            PaneView.draw(pane, ctx, report, into: &canvas, Rect(x: body.x + 1, y: y + 1, width: body.width - 2, height: h), boxed: false)
            y += h + 1
        }
    }

    /// `── 1 Queue ──────`; the focused pane reversed with a marker.
    static func drawTitle(_ ctx: ViewContext, _ pane: Pane, into canvas: inout Canvas, _ row: Rect) {
        let g = ctx.glyphs
        canvas.put(in: row, 0, 0, String(repeating: g.horizontal, count: row.width), Panel.borderStyle)
        let focused = ctx.model.focus == pane
        let title = " " + (focused ? g.arrowRight + " " : "") + "\(pane.rawValue + 1) " + ctx.title(pane) + " "
        canvas.put(in: row, 2, 0, title, focused ? Panel.focusedTitleStyle : titleStyle)
    }
}
