import Foundation
import TableroCore
import TableroIngest
import TableroUI

/// Carries out the commands `update` returns (DESIGN.md, "The loop")
/// against the live store, the watcher and the scenario files, and sends
/// each answer back as a message at once. It decides nothing and keeps no
/// state of the dashboard: that is the model's, changed only by `update`.
/// The terminal is not here (DashboardRunner), so `bench live` drives it too.
@MainActor
final class DashboardInterpreter {
    private(set) var model: DashboardModel
    private(set) var data: LiveStore
    let watcher: DirectoryWatcher
    private(set) var clock: DashboardClock
    /// `--lang`, kept over a settings reload.
    let locale: String?
    private var scenarios: DashboardScenarios
    /// The earliest `wakeAt` since `beginTurn`.
    private(set) var wakeAt: Double?
    /// Counts reloads: data commands issued before one are dropped.
    private var generation = 0
    /// Called with the dashboard's now as each second of its clock begins
    /// (the demo appends its rows then).
    var onSecond: ((Double) -> Void)?
    var onBell: (() -> Void)?  // the runner's terminal bell

    init(model: DashboardModel, directory: String, settingsPath: String?, pollSeconds: Double?,
         locale: String?, clock: DashboardClock) {
        self.model = model
        self.model.directory = directory
        self.clock = clock
        self.locale = locale
        data = LiveStore(root: directory, settingsPath: settingsPath, settings: model.settings, cutoff: clock.fixed,
                         cutoffAtDataEnd: clock.fixesAtDataEnd)
        watcher = DirectoryWatcher(root: directory, pollInterval: pollSeconds, settingsPath: settingsPath)
        self.model.loop = .firstLoad(clockMoves: clock.moves, pollInterval: watcher.pollInterval,
                                     asOfAtLoadEnd: clock.fixesAtDataEnd && clock.fixed == nil)
        scenarios = DashboardScenarios(root: directory)
    }

    /// A turn starts: the clock is read, the wakes since the last turn are
    /// handled, then the tick (DashboardRunner).
    func beginTurn() { wakeAt = nil }

    /// The time now, for the wakes handled before the tick.
    func readClock() { send(.clock(clock.read())) }

    /// The watcher's mode first: inotify can give way to polling and back.
    func tick() {
        if watcher.pollInterval != model.loop.pollInterval { send(.watcherPolls(every: watcher.pollInterval)) }
        send(.tick(clock.read()))
    }

    /// Milliseconds until the turn's `wakeAt`; nil sleeps until something happens.
    var timeoutMilliseconds: Int? { wakeAt.map { max(0, Int(($0 - clock.wall) * 1000) + 1) } }

    /// The watcher's descriptor was readable.
    func directoryReadable() {
        if watcher.drain() { send(.directoryChanged) }
    }

    func send(_ message: Message) {
        perform(update(&model, message))
    }

    private func perform(_ commands: [Command]) {
        let issuedIn = generation
        for command in commands {
            switch command {
            case .computeReport(let r) where issuedIn == generation:
                send(.reportComputed(data.report(window: r.window, asOf: r.asOf, scenario: r.scenario)))
            case .refreshClockFigures(let asOf) where issuedIn == generation:
                if let report = model.report { send(.reportComputed(data.clockFigures(of: report, asOf: asOf))) }
            case .refresh(let budget) where issuedIn == generation:
                send(.refreshed(refreshed(data.refresh(byteBudget: budget, now: clock.wall, asOf: clock.read().asOf))))
            case .computeReport, .refreshClockFigures, .refresh, .quit:
                continue
            case .poll:
                directoryReadable()
            case .reload(let settings):
                generation += 1
                data.reload(settings: settings)
            case .readSettings:
                send(.settingsRead(Result { try data.readSettings(locale: locale) }.mapError { SettingsProblem("\($0)") }))
            case .secondPassed(let asOf):
                onSecond?(asOf)
            case .wakeAt(let time):
                wakeAt = min(wakeAt ?? time, time)
            case .fixAsOf(let time):
                clock.fixed = time
                data.fixCutoff(at: time)
            case .bell: onBell?()
            case .compareScenarios(let window, let asOf):
                send(.comparisonComputed(data.comparison(window: window, asOf: asOf)))
            case .checkScenarioFile, .saveScenario, .listScenarios, .loadScenario:
                if let answer = scenarios.perform(command, model: model) { send(answer) }
            }
        }
    }

    /// Ingest's outcome as the loop needs it.
    private func refreshed(_ outcome: RefreshOutcome) -> DataRefresh {
        DataRefresh(changed: outcome.changed, settleAt: outcome.settleAt, settingsChanged: outcome.settingsChanged,
                    reloadAdvised: outcome.reloadAdvised, pending: outcome.pending,
                    bytesConsumed: outcome.bytesConsumed, bytesKnown: outcome.bytesKnown, rows: outcome.rows,
                    newestRowTime: data.store.newestRowTime)
    }
}
