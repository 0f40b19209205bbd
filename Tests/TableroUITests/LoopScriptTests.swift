import Testing
import TableroCore
@testable import TableroUI

/// The loop's state machine played as scripts of messages: each step checks
/// the model and the commands `update` returns, as the runner would carry
/// them out. The clock is the script's, so a day passes in microseconds.
@Suite struct LoopScriptTests {
    /// 2026-03-04T10:00:00Z as-of, and a wall clock of its own.
    static let asOf: Double = 1_772_618_400
    static let wall: Double = 1_000_000

    /// A store with one waiting contact and the `agents` setting at 5.
    static func store(_ settings: Settings) -> MetricsStore {
        var store = MetricsStore(settings: settings, clock: ZoneClock(identifier: settings.general.timezone)!)
        let file = store.ledger.fileID(path: "events.csv", kind: .events)
        store.add(ContactEvent(time: asOf - 30, contactID: "c1", kind: .arrive, channel: "phone", queue: "sales",
                               agent: "", firstContact: nil, handleSeconds: nil),
                  origin: RowOrigin(file: file, line: 2))
        return store
    }

    static func settings(zone: String = "UTC") -> Settings {
        var s = Settings()
        s.general.timezone = zone
        s.queue.agents = 5
        return s
    }

    /// The model a dashboard starts from: about to load its directory.
    static func starting(_ settings: Settings = settings(), clockMoves: Bool = true) -> DashboardModel {
        var m = DashboardModel(settings: settings, window: .today)
        m.loop = .firstLoad(clockMoves: clockMoves, pollInterval: nil)
        return m
    }

    /// The script so far: the model and everything `update` returned.
    struct Script {
        var model: DashboardModel
        var commands: [Command] = []

        /// Sends `message`; returns (and keeps) what `update` asked for.
        @discardableResult
        mutating func send(_ message: Message) -> [Command] {
            let returned = update(&model, message)
            commands += returned
            return returned
        }

        @discardableResult
        mutating func tick(wall: Double, asOf: Double) -> [Command] {
            send(.tick(ClockReading(wall: wall, asOf: asOf)))
        }

        /// Answers every `computeReport` in `commands` from `store`, as the runner does.
        @discardableResult
        mutating func answerReports(_ commands: [Command], from store: MetricsStore) -> [Command] {
            var more: [Command] = []
            for case .computeReport(let r) in commands {
                more += send(.reportComputed(store.report(window: r.window, asOf: r.asOf, scenario: r.scenario)))
            }
            return more
        }

        /// The first ticks of a load at `wall`: one that draws "Loading…",
        /// then the one that asks for the first slice (returned).
        @discardableResult
        mutating func startLoad(wall: Double, asOf: Double) -> [Command] {
            tick(wall: wall, asOf: asOf)
            return tick(wall: wall, asOf: asOf)
        }

        /// Loads in one slice at `wall` and answers the report the load asks for.
        mutating func load(wall: Double, asOf: Double, from store: MetricsStore) {
            startLoad(wall: wall, asOf: asOf)
            let done = send(.refreshed(DataRefresh(changed: true, bytesConsumed: 10, bytesKnown: 10, rows: 1)))
            answerReports(done, from: store)
        }
    }

    func reports(_ commands: [Command]) -> [ReportRequest] {
        commands.compactMap { if case .computeReport(let r) = $0 { r } else { nil } }
    }

    @Test func theFirstLoadReadsInSlicesThenAsksForOneReport() {
        var s = Script(model: Self.starting())
        // The first tick only asks to be woken at once: "Loading…" is drawn before any slice is read.
        #expect(s.tick(wall: Self.wall, asOf: Self.asOf) == [.wakeAt(Self.wall)])
        #expect(s.model.loading == nil)
        #expect(s.tick(wall: Self.wall, asOf: Self.asOf) == [.refresh(byteBudget: LoopState.sliceBytes)])
        // A slice stops at its budget: progress shown, the next slice right after the keys are read.
        let half = DataRefresh(changed: true, pending: true, bytesConsumed: 8, bytesKnown: 20, rows: 3)
        #expect(s.send(.refreshed(half)) == [.wakeAt(Self.wall)])
        #expect(s.model.loading == LoadProgress(bytesRead: 8, bytesTotal: 20, rows: 3, seconds: 0))
        #expect(s.model.report == nil)
        // Keys during the load change the model but ask for no report yet.
        #expect(s.send(.key(.character("w"))).isEmpty)
        #expect(s.tick(wall: Self.wall + 0.5, asOf: Self.asOf + 0.5) == [.refresh(byteBudget: LoopState.sliceBytes)])
        let rest = DataRefresh(changed: true, bytesConsumed: 20, bytesKnown: 20, rows: 7, newestRowTime: Self.asOf - 30)
        let done = s.send(.refreshed(rest))
        #expect(s.model.loading == nil)
        #expect(s.model.newestRowTime == Self.asOf - 30)
        #expect(done == [.computeReport(ReportRequest(window: .lastDays(7), asOf: Self.asOf + 0.5,
                                                      scenario: s.model.scenario)),
                         .checkScenarioFile, .wakeAt(Self.wall + 1)])
    }

    @Test func everySecondTheClockFiguresFollowWithoutAFullReport() {
        let settings = Self.settings()
        var s = Script(model: Self.starting(settings))
        s.load(wall: Self.wall, asOf: Self.asOf, from: Self.store(settings))
        #expect(s.tick(wall: Self.wall + 0.2, asOf: Self.asOf + 0.2)
                == [.secondPassed(asOf: Self.asOf + 0.2), .refreshClockFigures(asOf: Self.asOf + 0.2), .wakeAt(Self.wall + 1)])
        // Woken early by something else: nothing is due within the second.
        #expect(s.tick(wall: Self.wall + 0.7, asOf: Self.asOf + 0.7) == [.wakeAt(Self.wall + 1)])
        #expect(s.tick(wall: Self.wall + 1, asOf: Self.asOf + 1)
                == [.secondPassed(asOf: Self.asOf + 1), .refreshClockFigures(asOf: Self.asOf + 1), .wakeAt(Self.wall + 2)])
        #expect(s.model.now == Self.asOf + 1)
    }

    @Test func onceAMinuteTheWholeReportIsComputedAgain() {
        let settings = Self.settings()
        let store = Self.store(settings)
        var s = Script(model: Self.starting(settings))
        s.load(wall: Self.wall, asOf: Self.asOf, from: store)
        var full: [Double] = []
        for second in 1...150 {
            let t = Double(second)
            full += reports(s.tick(wall: Self.wall + t, asOf: Self.asOf + t)).map { $0.asOf - Self.asOf }
        }
        #expect(full == [60, 120])
    }

    @Test func localMidnightAsksForAFullReport() {
        // Bogotá is UTC−5 all year: local midnight of March 5 is 05:00Z.
        let settings = Self.settings(zone: "America/Bogota")
        let midnight: Double = 1_772_686_800
        var s = Script(model: Self.starting(settings))
        s.load(wall: Self.wall, asOf: midnight - 30, from: Self.store(settings))
        #expect(reports(s.tick(wall: Self.wall + 29, asOf: midnight - 1)).isEmpty)
        let atMidnight = s.tick(wall: Self.wall + 30, asOf: midnight)
        #expect(reports(atMidnight).map(\.asOf) == [midnight])
        #expect(!atMidnight.contains(.refreshClockFigures(asOf: midnight)))
        // The new day's per-second ticks go back to the cheap refresh.
        #expect(reports(s.tick(wall: Self.wall + 31, asOf: midnight + 1)).isEmpty)
    }

    @Test func aBurstOfWritesIsCoalescedIntoOneReportPer50Milliseconds() {
        let settings = Self.settings()
        var s = Script(model: Self.starting(settings))
        s.load(wall: Self.wall, asOf: Self.asOf, from: Self.store(settings))
        let start = Self.wall + 10
        s.tick(wall: start, asOf: Self.asOf + 10)
        // The first write after a quiet spell is shown at once.
        let first = s.send(.refreshed(DataRefresh(changed: true)))
        #expect(reports(first).count == 1)
        // Nine more within 50 ms: no report, a wake at the end of the 50 ms.
        var burst: [Command] = []
        for k in 1...9 {
            burst += s.tick(wall: start + Double(k) * 0.004, asOf: Self.asOf + 10)
            burst += s.send(.refreshed(DataRefresh(changed: true)))
        }
        #expect(reports(burst).isEmpty)
        #expect(burst.last == .wakeAt(start + LoopState.coalesceSeconds))
        // At that wake, one report for the nine.
        let due = s.tick(wall: start + LoopState.coalesceSeconds, asOf: Self.asOf + 10)
        #expect(reports(due).count == 1)
        #expect(reports(s.tick(wall: start + 0.08, asOf: Self.asOf + 10)).isEmpty)
    }

    @Test func aSettingsChangeDuringALongLoadStartsTheLoadAgainUnderTheNewSettings() {
        var s = Script(model: Self.starting())
        s.startLoad(wall: Self.wall, asOf: Self.asOf)
        let slice = DataRefresh(changed: true, settingsChanged: true, pending: true, bytesConsumed: 8, bytesKnown: 80)
        // The rest of the slice waits for the settings.
        #expect(s.send(.refreshed(slice)) == [.readSettings])
        var spanish = s.model.settings
        spanish.general.locale = "es"
        #expect(s.send(.settingsRead(.success(spanish))) == [.reload(spanish), .wakeAt(Self.wall)])
        #expect(s.model.settings.general.locale == "es")
        #expect(s.model.loop.phase == .loading(startedWall: nil))
        // The load starts over; a report asked for before the reload is dropped.
        #expect(s.send(.reportComputed(Self.store(spanish).report(window: .today, asOf: Self.asOf))).isEmpty)
        #expect(s.model.report == nil)
        #expect(s.startLoad(wall: Self.wall + 2, asOf: Self.asOf + 2) == [.refresh(byteBudget: LoopState.sliceBytes)])
        s.send(.refreshed(DataRefresh(changed: true, pending: true, bytesConsumed: 8, bytesKnown: 80)))
        #expect(s.model.loading == LoadProgress(bytesRead: 8, bytesTotal: 80, rows: 0, seconds: 0))
    }

    @Test func aBrokenSettingsFileDuringALoadKeepsTheSettingsAndTheLoadGoesOn() {
        var s = Script(model: Self.starting())
        let before = s.model.settings
        s.startLoad(wall: Self.wall, asOf: Self.asOf)
        s.send(.refreshed(DataRefresh(changed: true, settingsChanged: true, pending: true)))
        #expect(s.send(.settingsRead(.failure(SettingsProblem("tablero.toml:3: bad value")))) == [.wakeAt(Self.wall)])
        #expect(s.model.settingsProblem == "tablero.toml:3: bad value")
        #expect(s.model.settings == before)
        #expect(s.model.loop.isLoading)
    }

    @Test func aSettingsChangeOnceLoadedReloadsAndSlidersOnTheOldBaselineFollowTheNewOne() {
        let settings = Self.settings()
        var s = Script(model: Self.starting(settings))
        s.model.scenario[.acquisitionMultiple] = 7 // moved by the user: kept
        s.model.savedScenario = s.model.scenario
        s.load(wall: Self.wall, asOf: Self.asOf, from: Self.store(settings))
        s.tick(wall: Self.wall + 5, asOf: Self.asOf + 5)
        #expect(s.send(.refreshed(DataRefresh(changed: true, settingsChanged: true))) == [.readSettings])
        var changed = settings
        changed.economics.attribution = 60
        changed.economics.acquisitionCostMultiple = 3
        #expect(s.send(.settingsRead(.success(changed))) == [.reload(changed), .wakeAt(Self.wall + 5)])
        #expect(s.model.scenario[.attribution] == 60)
        #expect(s.model.savedScenario?[.attribution] == 60)
        #expect(s.model.scenario[.acquisitionMultiple] == 7)
        #expect(!s.model.scenarioModified)
        #expect(s.model.report == nil)
        #expect(s.model.loop.isLoading)
    }

    @Test func anEditedPeriodFileReloads() {
        let settings = Self.settings()
        var s = Script(model: Self.starting(settings))
        s.load(wall: Self.wall, asOf: Self.asOf, from: Self.store(settings))
        s.tick(wall: Self.wall + 3, asOf: Self.asOf + 3)
        let commands = s.send(.refreshed(DataRefresh(changed: true, reloadAdvised: true)))
        #expect(commands == [.reload(settings), .wakeAt(Self.wall + 3)])
        #expect(s.model.loop.isLoading)
    }

    @Test func theAgentsSliderIsClampedOnceTheAgentsAreKnown() {
        // `--what-if agents=-30` was let through before the load.
        let settings = Self.settings()
        var m = Self.starting(settings)
        m.scenario[.agents] = -30
        var s = Script(model: m)
        s.tick(wall: Self.wall, asOf: Self.asOf)
        let done = s.send(.refreshed(DataRefresh(changed: true)))
        #expect(reports(done).map { $0.scenario[.agents] } == [-30])
        // Five agents: the last one cannot be taken away.
        let again = s.answerReports(done, from: Self.store(settings))
        #expect(s.model.agents == 5)
        #expect(s.model.scenario[.agents] == -4)
        #expect(reports(again).map { $0.scenario[.agents] } == [-4])
        // Checked once: later reports do not move the slider.
        #expect(s.answerReports(again, from: Self.store(settings)).isEmpty)
    }

    @Test func aScenarioFileRewrittenByAnotherSessionUpdatesTheSliders() {
        let settings = Self.settings()
        var m = Self.starting(settings)
        m.scenarioName = "plan-a"
        m.savedScenario = m.scenario
        var s = Script(model: m)
        s.load(wall: Self.wall, asOf: Self.asOf, from: Self.store(settings))
        #expect(s.commands.contains(.checkScenarioFile))
        #expect(s.send(.directoryChanged) == [.refresh(byteBudget: nil), .checkScenarioFile])
        let reread = s.send(.scenarioReread(name: "plan-a", values: [.personnel: 20, .agents: -2]))
        #expect(s.model.scenario[.personnel] == 20)
        #expect(s.model.scenario[.agents] == -2)
        #expect(s.model.scenarioStatus == .reread("plan-a"))
        #expect(reports(reread).map { $0.scenario } == [s.model.scenario])
    }

    @Test func aHeldLastLineIsReadAgainAtItsSettleTime() {
        let settings = Self.settings()
        var s = Script(model: Self.starting(settings, clockMoves: false))
        s.load(wall: Self.wall, asOf: Self.asOf, from: Self.store(settings))
        s.tick(wall: Self.wall + 1, asOf: Self.asOf)
        #expect(s.send(.refreshed(DataRefresh(settleAt: Self.wall + 3))) == [.wakeAt(Self.wall + 3)])
        #expect(s.tick(wall: Self.wall + 2, asOf: Self.asOf) == [.wakeAt(Self.wall + 3)])
        #expect(s.tick(wall: Self.wall + 3, asOf: Self.asOf) == [.refresh(byteBudget: nil)])
    }

    @Test func aFixedClockWithNothingHeldSleeps() {
        let settings = Self.settings()
        var s = Script(model: Self.starting(settings, clockMoves: false))
        s.load(wall: Self.wall, asOf: Self.asOf, from: Self.store(settings))
        #expect(s.tick(wall: Self.wall + 100, asOf: Self.asOf).isEmpty)
    }

    @Test func changesSeenDuringTheLoadAreReadOnceItEnds() {
        var s = Script(model: Self.starting())
        s.startLoad(wall: Self.wall, asOf: Self.asOf)
        #expect(s.send(.directoryChanged).isEmpty)
        let done = s.send(.refreshed(DataRefresh(changed: true)))
        #expect(done.contains(.refresh(byteBudget: nil)))
    }

    @Test func pollingLooksAtTheDirectoryOnItsTimer() {
        var m = Self.starting(clockMoves: false)
        m.loop = .firstLoad(clockMoves: false, pollInterval: 2)
        var s = Script(model: m)
        s.load(wall: Self.wall, asOf: Self.asOf, from: Self.store(Self.settings()))
        #expect(s.tick(wall: Self.wall + 0.5, asOf: Self.asOf) == [.poll, .wakeAt(Self.wall + 2.5)])
        #expect(s.tick(wall: Self.wall + 1, asOf: Self.asOf) == [.wakeAt(Self.wall + 2.5)])
        #expect(s.tick(wall: Self.wall + 2.5, asOf: Self.asOf) == [.poll, .wakeAt(Self.wall + 4.5)])
    }

    @Test func inotifyGivingWayToPollingStartsTheTimer() {
        let settings = Self.settings()
        var s = Script(model: Self.starting(settings, clockMoves: false))
        s.load(wall: Self.wall, asOf: Self.asOf, from: Self.store(settings))
        #expect(s.tick(wall: Self.wall + 1, asOf: Self.asOf).isEmpty)
        #expect(s.send(.watcherPolls(every: 2)).isEmpty)
        #expect(s.tick(wall: Self.wall + 1.5, asOf: Self.asOf) == [.poll, .wakeAt(Self.wall + 3.5)])
        // Back to inotify: no timer.
        s.send(.watcherPolls(every: nil))
        #expect(s.tick(wall: Self.wall + 4, asOf: Self.asOf).isEmpty)
    }

    /// The runner reads the clock, hands over the keys, then ticks: the
    /// clock reading alone starts no slice, so a `q` that came during one
    /// slice quits before the next.
    @Test func theClockReadAtATurnsStartDoesNoWorkSoAKeyIsHandledBeforeTheNextSlice() {
        var s = Script(model: Self.starting())
        #expect(s.startLoad(wall: Self.wall, asOf: Self.asOf) == [.refresh(byteBudget: LoopState.sliceBytes)])
        let half = DataRefresh(changed: true, pending: true, bytesConsumed: 8, bytesKnown: 20, rows: 3)
        #expect(s.send(.refreshed(half)) == [.wakeAt(Self.wall)])
        #expect(s.send(.clock(ClockReading(wall: Self.wall + 0.3, asOf: Self.asOf + 0.3))).isEmpty)
        #expect(s.model.loop.wall == Self.wall + 0.3)
        #expect(s.model.now == Self.asOf + 0.3)
        #expect(s.send(.key(.character("q"))) == [.quit])
        #expect(s.model.quitting)
    }

    /// `--as-of latest`: the dashboard's own load finds the newest row, and
    /// its end fixes the as-of there (before, a whole read ahead of the
    /// dashboard found it, and the first frame waited for two reads).
    /// The script's wall clock reads 1,000,000 s (its own scale, as in every
    /// script here) and the load's newest row is as-of − 30; the report is
    /// asked for at as-of − 30, after `fixAsOf` of that time, and with a
    /// fixed clock nothing wakes the loop each second.
    @Test func aReplayOfTheDataEndFixesItsAsOfWhenItsFirstLoadEnds() {
        var m = Self.starting(clockMoves: false)
        m.loop = .firstLoad(clockMoves: false, pollInterval: nil, asOfAtLoadEnd: true)
        var s = Script(model: m)
        // Until the load ends the clock reads the wall (it only bounds the future).
        s.startLoad(wall: Self.wall, asOf: Self.wall)
        s.send(.refreshed(DataRefresh(changed: true, pending: true, bytesConsumed: 8, bytesKnown: 20, rows: 3,
                                      newestRowTime: Self.asOf - 90)))
        #expect(s.model.loop.asOfAwaitsLoad)
        s.tick(wall: Self.wall + 0.1, asOf: Self.wall + 0.1)
        let newest = Self.asOf - 30
        let done = s.send(.refreshed(DataRefresh(changed: true, bytesConsumed: 20, bytesKnown: 20, rows: 7,
                                                 newestRowTime: newest)))
        #expect(done == [.fixAsOf(newest),
                         .computeReport(ReportRequest(window: .today, asOf: newest, scenario: s.model.scenario)),
                         .checkScenarioFile])
        #expect(s.model.now == newest)
        #expect(!s.model.loop.asOfAwaitsLoad)
        // The runner's clock reads the fixed time from here on; a reload
        // (a changed tablero.toml) keeps it and fixes nothing again.
        s.tick(wall: Self.wall + 5, asOf: newest)
        s.send(.refreshed(DataRefresh(reloadAdvised: true)))
        #expect(s.model.loop.isLoading)
        s.startLoad(wall: Self.wall + 6, asOf: newest)
        let again = s.send(.refreshed(DataRefresh(changed: true, newestRowTime: newest)))
        #expect(!again.contains(.fixAsOf(newest)))
        #expect(reports(again).map(\.asOf) == [newest])
    }

    /// tablero.toml changed during that load: the load starts over under
    /// the new settings, and its end, not the first one's, fixes the as-of.
    @Test func aReplayOfTheDataEndReloadedDuringItsLoadFixesItsAsOfOnce() {
        var m = Self.starting(clockMoves: false)
        m.loop = .firstLoad(clockMoves: false, pollInterval: nil, asOfAtLoadEnd: true)
        var s = Script(model: m)
        s.startLoad(wall: Self.wall, asOf: Self.wall)
        #expect(s.send(.refreshed(DataRefresh(changed: true, settingsChanged: true, pending: true,
                                              newestRowTime: Self.asOf - 90))) == [.readSettings])
        var spanish = s.model.settings
        spanish.general.locale = "es"
        #expect(s.send(.settingsRead(.success(spanish))) == [.reload(spanish), .wakeAt(Self.wall)])
        #expect(s.model.loop.asOfAwaitsLoad)
        s.startLoad(wall: Self.wall + 1, asOf: Self.wall + 1)
        let done = s.send(.refreshed(DataRefresh(changed: true, newestRowTime: Self.asOf - 30)))
        #expect(done.filter { if case .fixAsOf = $0 { true } else { false } } == [.fixAsOf(Self.asOf - 30)])
        #expect(reports(done).map(\.asOf) == [Self.asOf - 30])
        #expect(!s.model.loop.asOfAwaitsLoad)
    }

    /// The same replay of a directory with no dated row: the dashboard ends
    /// (the command then says why, as `report` does), with no report asked for.
    @Test func aReplayOfTheDataEndWithNoDatedRowQuits() {
        var m = Self.starting(clockMoves: false)
        m.loop = .firstLoad(clockMoves: false, pollInterval: nil, asOfAtLoadEnd: true)
        var s = Script(model: m)
        s.startLoad(wall: Self.wall, asOf: Self.wall)
        #expect(s.send(.refreshed(DataRefresh(changed: true))) == [.quit])
        #expect(s.model.quitting)
        #expect(s.model.noDatedRow)
    }

    @Test func aSignalQuits() {
        var s = Script(model: Self.starting())
        #expect(s.send(.signal(15)) == [.quit])
        #expect(s.model.quitting)
    }
}
