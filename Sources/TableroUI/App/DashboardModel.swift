import TableroCore

/// Everything the dashboard shows and remembers. `update` changes it from
/// messages; `view` draws it. No I/O and no clock: figures arrive as a
/// `Report` computed outside, and time arrives in messages (`tick`).
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
    /// `--bell`: ring on critical crossings whatever `[alerts] bell` says.
    public var bellFlag = false
    /// When the bell last rang and for which figures (BellAlarm).
    public var bell = BellAlarm()
    /// Flash, alert log, definitions and pause (FloorState.swift).
    public var floor = FloorState()
    public var locked = false
    /// Rows of the queue and channel tables scrolled past (↑/↓ with Queue focused).
    public var queueScroll = 0
    /// The `c` view, while it is open.
    public var comparison: ComparisonState?
    /// A replay: the clock is fixed (`--as-of`, or the bundled sample as of
    /// its newest row, once the first load found it), so the header says so
    /// instead of a freshness.
    public var replay: Replay?
    public var quitting = false
    /// A replay as of the data's end whose first load found no dated row:
    /// the dashboard ends, and the command says why (as `report` does).
    public var noDatedRow = false
    /// The data-quality view (key `d`) and how far its errors are scrolled.
    public var showDataQuality = false
    public var dataQualityOffset = 0
    /// While the first load reads the directory; nil once it is done.
    public var loading: LoadProgress?
    /// tablero.toml was changed into something that cannot be used; the
    /// settings before stay, and the header says why.
    public var settingsProblem: String?
    /// The dashboard's now (as-of), from the last tick.
    public var now: Double = 0
    /// The newest data row's time (the header's freshness and "stale").
    public var newestRowTime: Double?
    /// The data directory, named in the header.
    public var directory: String?
    /// What the loop has due, and when (LoopState.swift).
    public var loop = LoopState()
    /// The saved scenario the sliders came from (`--scenario`, `L`, or the
    /// last `s`), and its values as saved, to show when they moved since.
    public var scenarioName: String?
    public var savedScenario: Scenario?
    /// The `s` prompt or the `L` list, while open.
    public var scenarioDialog: ScenarioDialog?
    /// What the last save or load did, shown in the footer until the next key.
    public var scenarioStatus: ScenarioStatus?

    public init(settings: Settings, window: WindowSpec = .today, width: Int = 80, height: Int = 24) {
        self.settings = settings
        self.window = window
        scenario = Scenario(settings: settings)
        self.width = width
        self.height = height
    }

    /// Agents at as-of, which bound the agents slider.
    public var agents: Int? { report?.queue.agents }
    /// The window's retention, which bounds the retention slider.
    public var retentionPercent: Double? { report?.retention.retentionPercent }

    /// The value a slider returns to with `0` (and `R`).
    public func baseline(_ slider: Slider) -> Double { Scenario(settings: settings)[slider] }
}

/// How a dashboard's fixed clock was chosen.
public enum Replay: Sendable, Equatable {
    /// As of the newest row (`--as-of latest`, the bundled sample).
    case dataEnd
    /// As of a given instant (`--as-of TIME`).
    case instant
}
