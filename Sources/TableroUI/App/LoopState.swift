import TableroCore

/// The two times the loop runs on, read from the injected clock. `wall`
/// paces the loop (ticks, the 50 ms coalescing, the settle time of a held
/// line, polling); `asOf` is the dashboard's now, which the figures are
/// computed at: the wall clock, a fixed `--as-of`, or the demo's faster one.
public struct ClockReading: Sendable, Equatable {
    public var wall: Double
    public var asOf: Double

    public init(wall: Double, asOf: Double) {
        self.wall = wall
        self.asOf = asOf
    }
}

/// What one look at the data directory found, as the loop needs it (the
/// runner maps Ingest's RefreshOutcome to it: UI does not import Ingest).
/// During a first load it also carries the load's progress.
public struct DataRefresh: Sendable, Equatable {
    /// The store or the file list changed: the figures are due again.
    public var changed = false
    /// Wall time at which a held last line (no newline yet) will count.
    public var settleAt: Double?
    /// tablero.toml changed: read it again.
    public var settingsChanged = false
    /// A period file was edited under counted lines: load everything again.
    public var reloadAdvised = false
    /// A slice of a load stopped at its byte budget: more to read.
    public var pending = false
    public var bytesConsumed = 0
    public var bytesKnown = 0
    public var rows = 0
    /// The newest data row's time in the store after this look.
    public var newestRowTime: Double?

    public init(changed: Bool = false, settleAt: Double? = nil, settingsChanged: Bool = false,
                reloadAdvised: Bool = false, pending: Bool = false, bytesConsumed: Int = 0, bytesKnown: Int = 0,
                rows: Int = 0, newestRowTime: Double? = nil) {
        self.changed = changed
        self.settleAt = settleAt
        self.settingsChanged = settingsChanged
        self.reloadAdvised = reloadAdvised
        self.pending = pending
        self.bytesConsumed = bytesConsumed
        self.bytesKnown = bytesKnown
        self.rows = rows
        self.newestRowTime = newestRowTime
    }
}

/// The report `computeReport` asks for: everything it depends on.
public struct ReportRequest: Sendable, Equatable {
    public var window: WindowSpec
    public var asOf: Double
    public var scenario: Scenario

    public init(window: WindowSpec, asOf: Double, scenario: Scenario) {
        self.window = window
        self.asOf = asOf
        self.scenario = scenario
    }
}

/// Why tablero.toml, as changed, cannot be used (shown in the header).
public struct SettingsProblem: Error, Sendable, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

/// The loop's timing state: what is due, and when. Changed only by
/// `update` (UpdateLoop.swift); the runner reads none of it.
public struct LoopState: Sendable, Equatable {
    public enum Phase: Sendable, Equatable {
        /// Reading the directory in slices behind the progress bar; the
        /// wall time the load began (nil until the first tick).
        case loading(startedWall: Double?)
        case running
    }

    public var phase: Phase = .running
    /// Whether figures move with time at all (false with a fixed `--as-of`).
    public var clockMoves = true
    /// `--poll SECONDS`, or inotify unusable: the directory is looked at on
    /// a timer (the runner says when this changes: `watcherPolls`).
    public var pollInterval: Double?

    /// The wall time of the last tick.
    var wall = 0.0
    /// The wall second the clock-driven figures were last brought up to.
    var lastTickSecond: Int?
    /// When (as-of) and on which local day the whole report was last asked for.
    var lastFullReport = -Double.infinity
    var lastFullReportDay: LocalDay?
    /// A busy writer wakes the loop on every write; a report per write
    /// would cost more than the rows. New rows only mark the figures dirty,
    /// and a report is asked for at most every `coalesceSeconds`.
    var figuresDirty = false
    var lastReportWall = -Double.infinity
    /// When a held last line will count: refresh then.
    var settleAt: Double?
    /// Polling mode: when the directory is looked at next (wall).
    var nextPoll = -Double.infinity
    /// The watcher saw a change while loading: look again once loaded.
    var changedDuringLoad = false
    /// A refresh that said tablero.toml changed, waiting for `settingsRead`
    /// before the rest of it (a reload, the next slice) is acted on.
    var awaitingSettings: DataRefresh?
    /// `--what-if agents=-N` was let through before the agents were known:
    /// checked on the first report after a load.
    var clampAgents = false
    /// `--as-of latest` (and the bundled sample): the as-of is the newest
    /// row the first load finds, fixed when it ends (`fixAsOf`). Until then
    /// the clock reads the wall, which only bounds the future.
    public var asOfAwaitsLoad = false

    public static let coalesceSeconds = 0.05
    /// Bytes read per slice of a load, between which keys are read: on two
    /// cores `q` ended a load of 1M contacts 110-115 ms after it was sent.
    /// A slice of a large events file is parsed on every core, and starting
    /// and draining that costs about 10 ms a slice: 8 MiB slices made a
    /// 1M-contact first frame 0.3 s later, and 32 MiB ones 40 ms later than
    /// these (median of 8 alternating runs: 445 against 401 ms).
    /// A key waits for the slice being read only: the runner hands keys
    /// over before the tick that starts the next one.
    public static let sliceBytes = 64 << 20
    /// The whole report is computed again this often (as-of seconds): the
    /// arrival rate behind the forecast looks back one hour.
    public static let fullReportSeconds = 60.0

    public init(phase: Phase = .running, clockMoves: Bool = true, pollInterval: Double? = nil) {
        self.phase = phase
        self.clockMoves = clockMoves
        self.pollInterval = pollInterval
    }

    /// A dashboard about to read its directory for the first time;
    /// `asOfAtLoadEnd`: its as-of is the newest row that load finds.
    public static func firstLoad(clockMoves: Bool, pollInterval: Double?, asOfAtLoadEnd: Bool = false) -> LoopState {
        var state = LoopState(phase: .loading(startedWall: nil), clockMoves: clockMoves, pollInterval: pollInterval)
        state.asOfAwaitsLoad = asOfAtLoadEnd
        return state
    }

    public var isLoading: Bool {
        if case .loading = phase { return true }
        return false
    }
}
