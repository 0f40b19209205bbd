import TableroCanvas
import TableroCore
import TableroText

/// The agents' counts on one line of the queue pane (METRICS.md, "Agents"):
/// `Agents 7: 3 free · 2 on call · 1 wrap-up · 1 paused`. Drawn only when
/// agent events exist: with none the counts are unknown, and a line of
/// dashes would say nothing. Parts give way from the end until it fits.
enum AgentsLine {
    /// The states counted among the logged in, in the order they give way (the last first).
    static let states: [AgentActivity] = [.available, .onContact, .wrapUp, .paused]

    static func text(_ f: AgentFigures, labels l: Labels, numbers n: NumberStyle, width: Int) -> String {
        let head = l[.agents].full + " " + n.number(Double(f.loggedIn)) + ":"
        let parts = states.map { n.number(Double(f.count($0))) + " " + l.state($0) }
        for count in stride(from: parts.count, through: 0, by: -1) {
            let line = head + (count == 0 ? "" : " " + parts.prefix(count).joined(separator: " · "))
            if TextFit.width(line) <= width { return line }
        }
        return ""
    }

    static func draw(_ ctx: ViewContext, _ f: AgentFigures, into canvas: inout Canvas, _ row: Rect) {
        let line = ctx.fold(text(f, labels: ctx.labels, numbers: ctx.numbers, width: row.width))
        canvas.put(in: row, 0, 0, line, FigureCell.labelStyle)
    }
}
