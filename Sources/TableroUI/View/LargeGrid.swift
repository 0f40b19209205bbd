import TableroCanvas

/// The grid from 160×50 up (issue 10, "use the room"; issue 9, the agents
/// pane). A 2×2 grid of equal rows leaves half a wall blank: the ROI and
/// what-if panes have a fixed number of lines, while the queue pane has
/// every queue and channel row to show and the satisfaction chart can grow.
/// So the queue takes the left column's full height (the agents pane below
/// it when agent events exist), and the right column stacks ROI and what-if
/// at their natural height under a satisfaction pane that takes the rest.
extension Layout {
    /// Rows (border included) the ROI table and the what-if sliders with the
    /// forecast below them need; the satisfaction chart gets what is left.
    static let roiRows = 21
    static let whatIfRows = 14
    /// The satisfaction pane never shrinks below its 80×24 height.
    static let satisfactionMinRows = 9

    static func large(_ body: Rect, agentRows: Int?) -> [(Pane, Rect)] {
        // The queue column is the narrower: its tables are 60–70 columns wide.
        let left = min(body.width * 2 / 5, 110)
        let right = body.width - left
        var roi = roiRows, whatIf = whatIfRows
        // A short screen shares the shortfall between ROI and what-if.
        let short = satisfactionMinRows + roi + whatIf - body.height
        if short > 0 {
            roi -= (short + 1) / 2
            whatIf -= short / 2
        }
        let satisfaction = body.height - roi - whatIf
        var panes: [(Pane, Rect)] = []
        if let wanted = agentRows {
            // The agents pane takes what its list needs, up to two fifths of
            // the column; the queue pane keeps the rest for its tables.
            let agentRows = min(max(6, wanted), body.height * 2 / 5)
            panes.append((.queue, Rect(x: body.x, y: body.y, width: left, height: body.height - agentRows)))
            panes.append((.agents, Rect(x: body.x, y: body.y + body.height - agentRows, width: left, height: agentRows)))
        } else {
            panes.append((.queue, Rect(x: body.x, y: body.y, width: left, height: body.height)))
        }
        var y = body.y
        panes.append((.satisfaction, Rect(x: left, y: y, width: right, height: satisfaction)))
        y += satisfaction
        panes.append((.roi, Rect(x: left, y: y, width: right, height: roi)))
        y += roi
        panes.append((.whatIf, Rect(x: left, y: y, width: right, height: whatIf)))
        // Tab order: the queue, then the right column, then the agents.
        return panes.sorted { $0.0.rawValue < $1.0.rawValue }
    }
}
