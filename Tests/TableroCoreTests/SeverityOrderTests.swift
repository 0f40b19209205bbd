import Testing
@testable import TableroCore

/// Issue 9: queue and channel tables go worst level first, then longest wait.
@Suite("Severity order")
struct SeverityOrderTests {
    func figures(waiting: Int = 0, longest: Double? = nil, sl: Double? = 90, abandon: Double? = 1) -> QueueFigures {
        var f = QueueFigures()
        f.waitingNow = waiting
        f.longestWaitNowSeconds = longest
        f.serviceLevelPercent = sl
        f.abandonRatePercent = abandon
        return f
    }

    @Test func worstFigureDecidesTheRow() {
        let l = Levels(settings: Settings())  // live: wait 60 / 180 s, SL 80, abandon 5 / 10 %
        let t = l.thresholds(.live)
        #expect(l.worst(figures(), t) == .good)
        #expect(l.worst(figures(abandon: 6), t) == .warning)
        #expect(l.worst(figures(sl: 50, abandon: 6), t) == .critical)
        #expect(l.worst(figures(sl: nil, abandon: nil), t) == .unknown)
    }

    @Test func worstFirstThenLongestWaitThenName() {
        let l = Levels(settings: Settings())
        let rows: [String: QueueFigures] = [
            "alpha": figures(),                                   // good, nobody waiting
            "bravo": figures(waiting: 1, longest: 30),            // good, 30 s
            "charlie": figures(waiting: 2, longest: 100),         // warning by its wait
            "delta": figures(abandon: 12),                        // critical, nobody waiting
            "echo": figures(waiting: 1, longest: 200),            // critical, 200 s
            "foxtrot": figures(sl: nil, abandon: nil),            // unknown: last
            "golf": figures(),                                    // good, ties alpha: by name
        ]
        let order = l.severityOrder(rows) { _ in l.thresholds(.live) }
        #expect(order == ["echo", "delta", "charlie", "bravo", "alpha", "golf", "foxtrot"])
    }

    @Test func eachRowByItsOwnThresholds() {
        let l = Levels(settings: Settings())
        // Two hours: critical for a live channel, only a warning for email (async).
        let rows = ["email": figures(waiting: 1, longest: 7200), "phone": figures(waiting: 1, longest: 190)]
        let order = l.severityOrder(rows) { $0 == "email" ? l.thresholds(.async) : l.thresholds(.live) }
        #expect(order == ["phone", "email"])
    }
}
