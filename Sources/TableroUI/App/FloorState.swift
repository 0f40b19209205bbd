import TableroCore

/// The dashboard's supervisor tools of issue 9 that live in the model: the
/// alerts remembered between reports (flash and log), the `A` and `f`
/// overlays, and the screen `p` froze.
public struct FloorState: Sendable {
    public var alerts = AlertWatch()
    /// `A`: the alert log over the body.
    public var showAlertLog = false
    /// `f`: how the focused pane's figures are computed.
    public var showDefinitions = false
    /// How far the definitions are scrolled (↑/↓ while they are open).
    public var definitionsOffset = 0
    /// `p`: what the screen showed when it was paused; nil when live.
    public var frozen: FrozenScreen?

    public init() {}
}

/// The figures on screen when `p` was pressed. The view draws these while
/// the model behind keeps taking in reports; `p` again shows the current ones.
public struct FrozenScreen: Sendable {
    public var report: Report?
    public var now: Double
    public var newestRowTime: Double?
    public var alerts: AlertWatch
    /// The wall time of the pause, for the header's `Paused 14:02`.
    public var wall: Double
}

extension DashboardModel {
    /// The model the view draws: while paused, the frozen figures (with the
    /// terminal's size, focus and overlays as they are now).
    public var shown: DashboardModel {
        guard let f = floor.frozen else { return self }
        var m = self
        m.report = f.report
        m.now = f.now
        m.newestRowTime = f.newestRowTime
        m.floor.alerts = f.alerts
        m.loop.wall = f.wall
        return m
    }
}
