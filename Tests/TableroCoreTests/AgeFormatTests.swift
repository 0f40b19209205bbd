import Testing
import TableroCore

/// Issue 10: one unit scheme for every freshness: the header said "Stale:
/// no new data for 15898 min".
@Suite("Age format")
struct AgeFormatTests {
    @Test func units() {
        let en = NumberStyle(locale: "en", currency: "USD")
        #expect(en.age(12.9) == "12 s")               // whole seconds, not rounded up
        #expect(en.age(14 * 60 + 30) == "14 min")
        #expect(en.age(3 * 3600 + 5 * 60 + 59) == "3 h 05 min")
        // 15898 min = 11 d 0 h 58 min.
        #expect(en.age(15_898 * 60) == "11 d 0 h")
        #expect(en.age(-3) == "0 s")                  // a clock a little behind the data
        #expect(en.age(nil) == NumberStyle.unknown)
        #expect(NumberStyle(locale: "es", currency: "EUR").age(3 * 3600 + 5 * 60) == "3 h 05 min")
    }
}
