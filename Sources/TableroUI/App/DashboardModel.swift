import TableroCore

/// Everything the dashboard shows and remembers. `update` changes it from
/// messages; `view` draws it. No I/O and no clock: figures arrive as a
/// `Report` computed outside, and time arrives in messages.
public struct DashboardModel: Sendable {
    public var settings: Settings
    public var report: Report?
    public var window: WindowSpec
    public var scenario: Scenario
    public var selectedSlider: Slider = .personnel
    public var focus: Pane = .queue
    public var zoom: Pane?
    public var showHelp = false
    public var width: Int
    public var height: Int
    /// Wall mode ignores the sliders; locked ignores every key but Ctrl-C.
    public var wall = false
    public var locked = false
    public var quitting = false

    public init(settings: Settings, window: WindowSpec = .today, width: Int = 80, height: Int = 24) {
        self.settings = settings
        self.window = window
        scenario = Scenario(settings: settings)
        self.width = width
        self.height = height
    }

    /// Agents at as-of, which bound the agents slider.
    public var agents: Int? { report?.queue.agents }

    /// The value a slider returns to with `0` (and `R`).
    public func baseline(_ slider: Slider) -> Double { Scenario(settings: settings)[slider] }
}
