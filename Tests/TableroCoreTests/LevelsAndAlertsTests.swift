import Testing
@testable import TableroCore

@Suite("Levels and alerts")
struct LevelsAndAlertsTests {
    @Test func abandonRateBands() {
        let l = Levels(settings: Settings())  // 5 / 10 %
        #expect(l.abandonRate(percent: 4.99) == .good)
        #expect(l.abandonRate(percent: 5) == .warning)
        #expect(l.abandonRate(percent: 10) == .critical)
        #expect(l.abandonRate(percent: nil) == .unknown)
    }

    @Test func asyncWaitsAreJudgedByAsyncThresholds() {
        let l = Levels(settings: Settings())
        let async = l.thresholds(.async)
        // 2 h: critical for live (≥ 180 s), only a warning for async (≥ 3600, < 14,400).
        #expect(l.wait(seconds: 7200) == .critical)
        #expect(l.wait(seconds: 7200, async) == .warning)
        #expect(l.wait(seconds: 14_400, async) == .critical)
        // SL 75 %: below 80 → warning; 69.9 → critical (target − 10).
        #expect(l.serviceLevel(percent: 75, async) == .warning)
        #expect(l.serviceLevel(percent: 69.9, async) == .critical)
    }

    /// The mixed day of ChannelClassTests, with surveys: at 14:00
    ///   class:live  longest wait 12 s (good), ASA 22.5 s (good), SL 33.3 % (< 70: critical, threshold 70),
    ///               abandon 1 / 3 = 33.3 % (≥ 10: critical, threshold 10)
    ///   class:async longest 5 h = 18,000 s (≥ 14,400: critical), ASA (2 h + 5 h) / 2 = 12,600 s (≥ 3600: warning),
    ///               SL 50 % (critical, threshold 70), abandon 0 % (good)
    ///   channel:email the same as async: critical 18,000 / warning 12,600 / SL 50 critical
    ///   channel:phone longest 8 s good, ASA 22.5 good, SL 50 % critical, abandon 0 good
    ///   channel:Chat  SL 0 % critical, abandon 100 % critical
    ///   overall CSAT: 1 positive of 2 = 50 % (< 75: critical, threshold 75); NPS one 9 = 100 (good)
    @Test func alertsInTheContractsOrder() {
        var f = Feed()
        let d = mar2
        f.arrive("p1", at: d + 13 * hour, channel: "phone"); f.answer("p1", at: d + 13 * hour + 15)
        f.arrive("p2", at: d + 13 * hour + 60, channel: "phone"); f.answer("p2", at: d + 13 * hour + 90)
        f.arrive("p3", at: d + 13 * hour + 120, channel: "Chat"); f.abandon("p3", at: d + 13 * hour + 160)
        f.arrive("e1", at: d + 9 * hour, channel: "email"); f.answer("e1", at: d + 11 * hour)
        f.arrive("e2", at: d + 8 * hour, channel: "email"); f.answer("e2", at: d + 13 * hour)
        f.arrive("e3", at: d + 9 * hour, channel: "email")
        f.arrive("n1", at: d + 13 * hour + 59 * minute + 48)
        f.arrive("p4", at: d + 13 * hour + 59 * minute + 52, channel: "phone")
        f.survey(.csat, 5, at: d + 12 * hour)
        f.survey(.csat, 2, at: d + 12 * hour)
        f.survey(.nps, 9, at: d + 12 * hour)
        let alerts = f.report(asOf: d + 14 * hour).alerts
        let got = alerts.map { "\($0.scope) \($0.figure) \($0.level.name) \(Format.plain($0.value, digits: 2)) \(Format.plain($0.threshold))" }
        #expect(got == [
            "class:live service_level_percent critical 33.33 70",
            "class:live abandon_rate_percent critical 33.33 10",
            "class:async longest_wait_now_seconds critical 18000 14400",
            "class:async asa_seconds warning 12600 3600",
            "class:async service_level_percent critical 50 70",
            "channel:Chat service_level_percent critical 0 70",
            "channel:Chat abandon_rate_percent critical 100 10",
            "channel:email longest_wait_now_seconds critical 18000 14400",
            "channel:email asa_seconds warning 12600 3600",
            "channel:email service_level_percent critical 50 70",
            "channel:phone service_level_percent critical 50 70",
            "overall csat_percent critical 50 75",
        ])
    }

    @Test func roiAlertNeedsNoTargetToBeCriticalAndATargetToWarn() {
        var s = Settings()
        let l = Levels(settings: s)
        #expect(l.roi(percent: -1) == .critical)
        #expect(l.roi(percent: 10) == .good)
        s.economics.roiTarget = 50
        #expect(Levels(settings: s).roi(percent: 10) == .warning)
    }

    @Test func theClockMovesAlerts() throws {
        var f = Feed()
        let d = mar2
        f.arrive("p1", at: d + 13 * hour, channel: "phone")
        var r = f.report(asOf: d + 13 * hour + 30)
        #expect(r.alerts.isEmpty)
        // 200 s later the caller has waited 230 s ≥ 180: critical, on the tick alone.
        #expect(f.store.refreshNow(&r, asOf: d + 13 * hour + 230))
        let first = try #require(r.alerts.first)
        #expect(first.scope == "class:live" && first.figure == "longest_wait_now_seconds" && first.level == .critical)
        #expect(first.value == 230 && first.threshold == 180)
    }
}
