/// What the arrow keys reach (issue 10: zoom 1, then → ×5, silently changed
/// personnel cost on a slider nobody could see). Decided from what is on
/// screen: the view and the footer ask the same questions.
extension DashboardModel {
    /// The what-if sliders are drawn: the grid shows the What-if pane, or it
    /// is zoomed. Never in wall mode.
    public var slidersOnScreen: Bool {
        guard !wall else { return false }
        if let zoom { return zoom == .whatIf }
        return gridPanes.contains(.whatIf)
    }

    /// The pane ↑/↓ speak to: the zoomed one, else the focused one.
    public var arrowPane: Pane { zoom ?? focus }

    /// ↑/↓ choose a slider (What-if focused or zoomed, sliders on screen).
    public var upDownChoosesSlider: Bool { arrowPane == .whatIf && slidersOnScreen }

    /// ↑/↓ scroll the queue and channel tables (Queue focused or zoomed).
    public var upDownScrollsQueues: Bool { arrowPane == .queue && !wall }
}
