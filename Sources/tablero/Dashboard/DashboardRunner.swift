import Foundation
import TableroCore
import TableroIngest
import TableroTerminal
import TableroUI
import TableroCanvas

/// Wires the pieces of the dashboard: the live directory (Ingest) feeding
/// the store, the pure model/update/view of TableroUI, and the terminal
/// session and event loop. One thread, one loop (DESIGN.md, "The loop"): it
/// sleeps in poll() on the keyboard, the watcher's inotify descriptor and the
/// signal pipe, with a timeout for the next clock second; it draws only when
/// the rendered canvas differs from the last one.
@MainActor
final class DashboardRunner {
    struct Options {
        var directory: String
        var settingsPath: String?
        /// `--poll SECONDS`: poll the directory instead of inotify.
        var pollSeconds: Double?
        /// `--lang`, kept over a settings reload.
        var locale: String?
        var noColor = false
        var forceASCII = false
    }

    let options: Options
    let clock: DashboardClock
    var model: DashboardModel
    var store: MetricsStore
    var live: LiveDirectory
    let watcher: DirectoryWatcher
    let session = TerminalSession()
    var glyphs: GlyphSet = .unicode
    private var lastCanvas: Canvas?
    /// Saved scenarios in DIR/scenarios (DashboardScenarios.swift).
    private lazy var scenarios = DashboardScenarios(root: options.directory)
    /// When the whole report was last computed (as-of seconds).
    private var lastFullReport = -Double.infinity
    /// The wall second the clock-driven figures were last brought up to.
    private var lastTickSecond = 0
    /// Polling mode: when the directory is looked at next (wall clock).
    private var nextPoll = 0.0
    /// When a held last line (no newline yet) will count: refresh then.
    var settleAt: Double?
    /// New rows were read and the figures not yet computed again: a busy
    /// writer wakes the loop on every write, and a report per write would
    /// cost more than the rows; one every `coalesceSeconds` keeps the screen
    /// well within 100 ms of the data.
    private var figuresDirty = false
    private var lastRecomputeWall = 0.0
    static let coalesceSeconds = 0.05
    /// The settings or a rewritten period file ask for a fresh load.
    var reloadRequested = false
    /// Called with the dashboard's now on every clock tick, before the
    /// directory is looked at (the demo appends its rows there).
    var onTick: ((Double) -> Void)?

    init(options: Options, model: DashboardModel, clock: DashboardClock) {
        self.options = options
        self.model = model
        self.clock = clock
        store = Self.emptyStore(model.settings, cutoff: clock.fixed)
        live = LiveDirectory(root: options.directory, settingsPath: options.settingsPath)
        watcher = DirectoryWatcher(root: options.directory, pollInterval: options.pollSeconds,
                                   settingsPath: options.settingsPath)
    }

    static func emptyStore(_ settings: Settings, cutoff: Double?) -> MetricsStore {
        MetricsStore(settings: settings, clock: ZoneClock(identifier: settings.general.timezone) ?? .utc, cutoff: cutoff)
    }

    func run() throws {
        try session.start(noColor: options.noColor, forceASCII: options.forceASCII)
        defer { session.stop() }
        let loop = EventLoop(session: session)
        glyphs = session.capabilities.unicode ? .unicode : .ascii
        (model.width, model.height) = session.size
        while !model.quitting {
            reloadRequested = false
            firstLoad(loop)
            if model.quitting { break }
            // The `--scenario` file as it is now: later changes are re-read.
            if let message = scenarios.changedOnDisk(model: model) { apply(update(&model, message)) }
            steady(loop)
        }
    }

    // MARK: Steady state

    private func steady(_ loop: EventLoop) {
        while !model.quitting && !reloadRequested {
            draw()
            let wakes = loop.wait(timeoutMilliseconds: timeout(), descriptors: watcher.descriptor.map { [$0] } ?? [])
            for wake in wakes {
                switch wake {
                case .readable:
                    if watcher.drain() { directoryChanged() }
                default:
                    handle(wake)
                }
            }
            // The store was just replaced: the next turn of `run` loads it.
            if reloadRequested { break }
            let wall = DashboardClock.wall
            if let interval = watcher.pollInterval, wall >= nextPoll {
                nextPoll = wall + interval
                if watcher.drain() { directoryChanged() }
            }
            if let settleAt, wall >= settleAt {
                self.settleAt = nil
                refreshData()
            }
            if clock.moves, Int(wall) != lastTickSecond {
                lastTickSecond = Int(wall)
                tick()
            }
            if figuresDirty && DashboardClock.wall - lastRecomputeWall >= Self.coalesceSeconds { recompute() }
        }
    }

    /// The watcher saw the data directory (or its `scenarios/`) change.
    private func directoryChanged() {
        refreshData()
        if let message = scenarios.changedOnDisk(model: model) { apply(update(&model, message)) }
    }

    /// Until the next clock second, the next poll or the next settle time,
    /// whichever comes first; nil (sleep until something happens) with a
    /// fixed as-of and inotify.
    private func timeout() -> Int? {
        let wall = DashboardClock.wall
        var due: [Double] = []
        if clock.moves { due.append(wall.rounded(.down) + 1) }
        if watcher.pollInterval != nil { due.append(nextPoll) }
        if let settleAt { due.append(settleAt) }
        if figuresDirty { due.append(lastRecomputeWall + Self.coalesceSeconds) }
        return due.min().map { max(0, Int(($0 - wall) * 1000) + 1) }
    }

    func handle(_ wake: Wake) {
        switch wake {
        case .keys(let keys):
            for key in keys { apply(update(&model, .key(key))) }
        case .resize:
            let (w, h) = session.size
            apply(update(&model, .resized(width: w, height: h)))
        case .signal, .inputClosed:
            model.quitting = true
        case .timeout, .readable:
            break
        }
    }

    /// New bytes in the directory (or a poll): read what was appended.
    private func refreshData() {
        guard !reloadRequested else { return }
        act(on: live.refresh(store: &store))
    }

    /// What a refresh asks of the loop, whether it came from a wake or from a
    /// slice of the first load: a held last line to count later, a settings
    /// change or an edited period file to load again for, figures to redo.
    func act(on outcome: RefreshOutcome) {
        if let at = outcome.settleAt { settleAt = min(settleAt ?? at, at) }
        if outcome.settingsChanged { settingsChanged() }
        if outcome.reloadAdvised { requestReload() }
        if outcome.changed && !reloadRequested { figuresDirty = true }
    }

    // MARK: Figures

    func apply(_ commands: [Command]) {
        for command in commands {
            switch command {
            case .recompute: recompute()
            case .quit: model.quitting = true
            case .saveScenario, .listScenarios, .loadScenario:
                for message in scenarios.perform(command, model: model) { apply(update(&model, message)) }
            }
        }
    }

    func recompute() {
        guard model.loading == nil else { return }
        let asOf = clock.now
        model.report = store.report(window: model.window, asOf: asOf, scenario: model.scenario)
        lastFullReport = asOf
        lastRecomputeWall = DashboardClock.wall
        figuresDirty = false
    }

    /// The clock moved a second: bring waiting-now and the other clock-driven
    /// figures up to date without merging the window again (a full report
    /// costs 1–11 ms on the sample, the refresh a few µs). Once a minute of
    /// the dashboard's clock, and at midnight, the whole report is computed
    /// again, since the arrival rate behind the forecast looks back one hour.
    private func tick() {
        let asOf = clock.now
        onTick?(asOf)
        guard asOf - lastFullReport < 60, var report = model.report, store.refreshNow(&report, asOf: asOf) else {
            recompute()
            return
        }
        model.report = report
    }

    func draw() {
        let canvas = DashboardView.render(model, glyphs: glyphs, now: clock.now,
                                          newestRowTime: store.newestRowTime, directory: options.directory)
        guard canvas != lastCanvas else { return }
        session.draw(canvas)
        lastCanvas = canvas
    }
}
