import Testing
import TableroCore
@testable import TableroUI

/// Issue 9, `[alerts] bell`: one bell per crossing into critical, re-armed
/// only after the figure was good again, at most one per 10 s, none for what
/// was already critical at the start, and none with the bell off.
@Suite struct BellTests {
    static func alert(_ figure: String, _ level: Level, scope: String = "class:live") -> Alert {
        Alert(scope: scope, figure: figure, level: level, value: 1, threshold: 1)
    }

    @Test func oncePerCrossingReArmedWhenGood() {
        var bell = BellAlarm()
        func ring(_ a: [Alert], _ t: Double, _ on: Bool = true) -> Bool { bell.shouldRing(a, now: t, enabled: on) }
        let wait = Self.alert("longest_wait_now_seconds", .critical)
        let waitWarning = Self.alert("longest_wait_now_seconds", .warning)
        #expect(!ring([], 0))            // the first report seeds
        #expect(ring([wait], 100))       // turned critical: ring
        #expect(!ring([wait], 101))      // still critical: no
        #expect(!ring([waitWarning], 200))
        #expect(!ring([wait], 300))      // warning is not good: not re-armed
        #expect(!ring([], 400))          // good again: re-armed
        #expect(ring([wait], 500))
    }

    @Test func atMostOncePerTenSecondsAcrossFigures() {
        var bell = BellAlarm()
        func ring(_ a: [Alert], _ t: Double, _ on: Bool = true) -> Bool { bell.shouldRing(a, now: t, enabled: on) }
        _ = ring([], 0)
        #expect(ring([Self.alert("asa_seconds", .critical)], 100))
        let both = [Self.alert("asa_seconds", .critical), Self.alert("abandon_rate_percent", .critical)]
        #expect(!ring(both, 105))  // a second figure within 10 s: no second bell
        #expect(ring(both + [Self.alert("nps", .critical, scope: "overall")], 110))
    }

    @Test func criticalAtTheStartAndABellThatIsOffNeverRing() {
        var bell = BellAlarm()
        func ring(_ a: [Alert], _ t: Double, _ on: Bool = true) -> Bool { bell.shouldRing(a, now: t, enabled: on) }
        let wait = Self.alert("longest_wait_now_seconds", .critical)
        #expect(!ring([wait], 0))
        #expect(!ring([wait], 60))
        var off = BellAlarm()
        func ringOff(_ a: [Alert], _ t: Double) -> Bool { off.shouldRing(a, now: t, enabled: false) }
        _ = ringOff([], 0)
        #expect(!ringOff([wait], 60))
    }

    /// Through `update`: a call waiting 30 s, then 200 s (≥ 180: critical)
    /// with `bell = true` gives exactly one `.bell`; with it off, none.
    @Test(arguments: [true, false])
    func updateRingsOnceWhenAWaitTurnsCritical(enabled: Bool) {
        var settings = LoopScriptTests.settings()
        settings.alerts.bell = enabled
        let store = LoopScriptTests.store(settings)
        var model = LoopScriptTests.starting(settings)
        model.loop.phase = .running  // the first load is over
        let asOf = LoopScriptTests.asOf
        var bells = 0
        for (i, t) in [asOf, asOf + 60, asOf + 170, asOf + 200, asOf + 260].enumerated() {
            model.loop.wall = LoopScriptTests.wall + Double(i) * 20
            let report = store.report(window: .today, asOf: t)
            bells += update(&model, .reportComputed(report)).filter { $0 == .bell }.count
        }
        #expect(bells == (enabled ? 1 : 0))
    }
}
