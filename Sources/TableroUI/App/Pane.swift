/// The dashboard's panes, in Tab order; `1`–`5` zoom them. The agents pane
/// exists only when agent events do (`DashboardModel.panes`).
public enum Pane: Int, Sendable, CaseIterable {
    case queue, satisfaction, roi, whatIf, agents

    public var next: Pane { Pane(rawValue: (rawValue + 1) % Pane.allCases.count)! }
    public var previous: Pane { Pane(rawValue: (rawValue + Pane.allCases.count - 1) % Pane.allCases.count)! }

    /// The next of `among` after this one (Tab), wrapping; self when alone.
    public func next(among panes: [Pane]) -> Pane { step(1, panes) }
    public func previous(among panes: [Pane]) -> Pane { step(-1, panes) }

    private func step(_ delta: Int, _ panes: [Pane]) -> Pane {
        guard !panes.isEmpty else { return self }
        guard let i = panes.firstIndex(of: self) else { return panes[0] }
        return panes[(i + delta + panes.count) % panes.count]
    }
}
