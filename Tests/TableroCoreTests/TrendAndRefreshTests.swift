import Testing
@testable import TableroCore

@Suite("Previous window, weekly trend, per-second refresh")
struct TrendAndRefreshTests {
    @Test func previousWindowSatisfactionIsTheEqualWindowBefore() {
        var feed = Feed()
        // Mar 2 (Mon) … Mar 8: 7d window ending Mar 8; previous is Feb 23 … Mar 1.
        feed.survey(.csat, 5, at: mar2 - 2 * day + hour)        // Feb 28: previous window
        feed.survey(.csat, 1, at: mar2 - 8 * day + hour)        // Feb 22: before both
        feed.survey(.csat, 5, at: mar2 + 3 * day)               // in the window
        feed.survey(.csat, 2, at: mar2 + 4 * day)               // in the window
        let report = feed.report(.lastDays(7), asOf: mar2 + 6 * day + 12 * hour)
        #expect(report.satisfaction.csatResponses == 2)
        #expect(near(report.satisfaction.csatPercent, 50))
        #expect(report.previousSatisfaction?.csatResponses == 1)
        #expect(near(report.previousSatisfaction?.csatPercent, 100))

        // Today against yesterday.
        let today = feed.report(.today, asOf: mar2 + 4 * day + 12 * hour)
        #expect(near(today.satisfaction.csatPercent, 0))
        #expect(near(today.previousSatisfaction?.csatPercent, 100))

        #expect(feed.report(.all, asOf: mar2 + 6 * day).previousSatisfaction == nil)
    }

    @Test func weekdaysFromMonday() {
        let monday = ZoneClock.utc.day(of: mar2)
        #expect(monday.weekdayFromMonday == 0)
        #expect(monday.advanced(by: 6).weekdayFromMonday == 6)
        #expect(monday.advanced(by: -1).weekdayFromMonday == 6)
        #expect(LocalDay(number: 0).weekdayFromMonday == 3) // 1970-01-01, a Thursday
    }

    @Test func longWindowsFoldIntoPooledWeeks() {
        var feed = Feed()
        let monday = ZoneClock.utc.day(of: mar2)
        // Week of Mar 2: one day with 1 positive of 1, another with 0 of 3:
        // pooled 25 %, where a mean of days would say 50 %.
        feed.survey(.csat, 5, at: mar2 + hour)
        for _ in 0..<3 { feed.survey(.csat, 1, at: mar2 + day + hour) }
        let asOf = mar2 + 80 * day
        let from = monday.advanced(by: -3) // a Friday: the first week is clipped to Fri–Sun
        let report = feed.report(.range(from, monday.advanced(by: 80)), asOf: asOf)
        #expect(report.trend.count == 84)
        #expect(report.trendWeeks.first?.date == from)
        #expect(report.trendWeeks.dropFirst().first?.date == monday)
        #expect(near(report.trendWeeks.dropFirst().first?.csatPercent, 25))
        #expect(report.trendWeeks.allSatisfy { $0.date == from || $0.date.weekdayFromMonday == 0 })
        // 3 days + 11 whole weeks + 4 days (Mon–Thu of the last week).
        #expect(report.trendWeeks.count == 13)
        #expect(feed.report(.lastDays(60), asOf: asOf).trendWeeks.isEmpty)
    }

    @Test func refreshNowMatchesAFullReport() {
        var feed = Feed()
        feed.arrive("a", at: mar2 + 9 * hour, channel: "phone", queue: "sales")
        feed.answer("a", at: mar2 + 9 * hour + 30, agent: "ana")
        feed.arrive("b", at: mar2 + 10 * hour, channel: "phone", queue: "sales")
        feed.arrive("c", at: mar2 + 10 * hour + 20, channel: "chat", queue: "support")
        var report = feed.report(.today, asOf: mar2 + 10 * hour + 30)
        #expect(report.queue.waitingNow == 2)

        // Only the clock moves.
        let later = mar2 + 10 * hour + 300
        #expect(feed.store.refreshNow(&report, asOf: later))
        let full = feed.report(.today, asOf: later)
        #expect(report.asOf == later)
        #expect(report.window == full.window)
        #expect(report.queue.waitingNow == full.queue.waitingNow)
        #expect(report.queue.longestWaitNowSeconds == 300)
        #expect(report.queue.agents == full.queue.agents)
        #expect(report.byQueue["support"]?.waitingNow == 1)
        #expect(report.byChannel["chat"]?.longestWaitNowSeconds == 280)
        #expect(report.byQueue == full.byQueue)
        #expect(report.byChannel == full.byChannel)

        // After c's answer nobody waits in support.
        feed.answer("c", at: mar2 + 11 * hour, agent: "ben")
        let afterAnswer = mar2 + 11 * hour + 60
        #expect(feed.store.refreshNow(&report, asOf: afterAnswer))
        #expect(report.queue.waitingNow == 1)
        #expect(report.byQueue["support"]?.waitingNow == 0)

        // A queue whose only row today is a resolve (answered yesterday)
        // stays listed, as the full report lists it.
        feed.arrive("e", at: mar2 - 2 * hour, channel: "email", queue: "mail")
        feed.answer("e", at: mar2 - hour, agent: "cy")
        feed.resolve("e", at: mar2 + 11 * hour)
        var withResolve = feed.report(.today, asOf: mar2 + 11 * hour + 120)
        #expect(withResolve.byQueue["mail"] != nil)
        #expect(feed.store.refreshNow(&withResolve, asOf: mar2 + 11 * hour + 180))
        #expect(withResolve.byQueue["mail"] != nil)

        // Midnight changes the window's days: the caller must recompute.
        let before = report
        #expect(!feed.store.refreshNow(&report, asOf: mar2 + day + 60))
        #expect(report.asOf == before.asOf)
    }
}
