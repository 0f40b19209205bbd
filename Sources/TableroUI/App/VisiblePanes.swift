/// Which panes the keys can reach: Tab moves among the panes on screen, and
/// `5` zooms the agents pane only when there are agents to show.
extension DashboardModel {
    /// Agent events exist (the agents' counts are known).
    public var hasAgents: Bool { report?.agentStates != nil }

    /// The panes of the grid at this size, in Tab order (the four of the
    /// 2×2 grid below 160×50; the agents too from there when they exist).
    var gridPanes: [Pane] {
        let layout = Layout(width: width, height: height, zoom: nil, agentRows: report.flatMap(AgentsPane.rowsWanted))
        let onScreen = layout.panes.map(\.0)
        return onScreen.isEmpty ? Pane.allCases.filter { $0 != .agents } : onScreen
    }

    /// Whether `pane` can be zoomed now.
    func canZoom(_ pane: Pane) -> Bool { pane != .agents || hasAgents }
}
