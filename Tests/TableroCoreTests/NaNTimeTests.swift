import Testing
@testable import TableroCore

/// No reader makes a NaN time, but the store's API takes any Double. A
/// contact's state keeps an event's time as its "taken" mark (NaN: not
/// taken), so the store refuses a row stamped NaN as a bad row, named,
/// and counts nothing of it.
@Suite("NaN times")
struct NaNTimeTests {
    /// C1 arrives at 09:00; an answer stamped NaN is refused, so C1 is
    /// still waiting and may still be answered: the answer at 09:00:30
    /// gives a wait of 30 s, the ASA (one answer) 30 s. A CSAT of 5
    /// stamped NaN is refused too: no answer counts, CSAT unknown.
    @Test("a row stamped NaN is a bad row and leaves the contact as it was")
    func nanTimeIsRefused() {
        var feed = Feed()
        feed.arrive("C1", at: mar2 + 9 * hour)
        feed.answer("C1", at: .nan)
        feed.survey(.csat, 5, at: .nan)
        #expect(feed.rejected == 2)
        #expect(feed.store.ledger.files[0].errors == ["events.csv:3: the time is not a number",
                                                     "events.csv:4: the time is not a number"])
        let waiting = feed.store.report(window: .today, asOf: mar2 + 9 * hour + 10)
        #expect(waiting.queue.waitingNow == 1 && waiting.queue.answered == 0)
        feed.answer("C1", at: mar2 + 9 * hour + 30)
        let r = feed.store.report(window: .today, asOf: mar2 + 10 * hour)
        #expect(r.queue.answered == 1 && r.queue.asaSeconds == 30)
        #expect(r.satisfaction.csatResponses == 0 && r.satisfaction.csatPercent == nil)
        #expect(feed.store.newestRowTime == mar2 + 9 * hour + 30)
    }
}
