import Testing
@testable import TableroCore

/// The sweep forgets a contact by its latest event (METRICS.md: closed
/// contacts are remembered 48 hours to catch duplicates, contacts in
/// service a week). Issue 11 works the latest event out from the contact's
/// four event times instead of keeping it; each of them must count.
@Suite struct SweepTests {
    /// Swept at mar2 + 8 days: closed contacts are kept if their latest
    /// event is after mar2 + 6 days (48 hours before), contacts in service
    /// if it is after mar2 + 1 day (a week before).
    @Test func theSweepForgetsByTheLatestEvent() {
        var f = Feed()
        // In service, latest event its answer at +2 days: after +1 day, kept.
        f.arrive("a", at: mar2)
        f.answer("a", at: mar2 + 2 * day)
        // An orphan answer at mar2, in service: before +1 day, forgotten.
        f.answer("o", at: mar2)
        // Closed by its abandon at +7 days: after +6 days, kept.
        f.arrive("b", at: mar2)
        f.abandon("b", at: mar2 + 7 * day)
        // Closed by its resolve at +7 days: kept.
        f.arrive("r", at: mar2)
        f.answer("r", at: mar2 + hour)
        f.resolve("r", at: mar2 + 7 * day)
        // Closed by its resolve at +5 days: before +6 days, forgotten.
        f.arrive("s", at: mar2)
        f.resolve("s", at: mar2 + 5 * day)
        f.store.sweep(now: mar2 + 8 * day)
        #expect(f.store.hasContact("a"))
        #expect(!f.store.hasContact("o"))
        #expect(f.store.hasContact("b"))
        #expect(f.store.hasContact("r"))
        #expect(!f.store.hasContact("s"))
    }
}
