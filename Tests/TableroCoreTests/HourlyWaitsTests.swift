import Testing
@testable import TableroCore

/// Issue 11: a live wait goes to its clock hour through the hour's
/// remembered place in the dictionary. Waits that go back to an earlier
/// hour, and a new hour added between, must still land in their own hour,
/// and async waits in none (the sparkline is the live class's).
@Suite struct HourlyWaitsTests {
    @Test func waitsLandInTheirOwnHour() {
        var feed = Feed()
        // 10:00 hour: a waits 20 s, b waits 40 s (phone: live).
        feed.arrive("a", at: mar2 + 10 * hour, channel: "phone")
        feed.answer("a", at: mar2 + 10 * hour + 20, channel: "phone")
        feed.arrive("b", at: mar2 + 10 * hour + 10 * minute, channel: "phone")
        feed.answer("b", at: mar2 + 10 * hour + 10 * minute + 40, channel: "phone")
        // 11:00 hour, a new one: c waits 10 s.
        feed.arrive("c", at: mar2 + 11 * hour, channel: "phone")
        feed.answer("c", at: mar2 + 11 * hour + 10, channel: "phone")
        // Back to 10:00 (read late): d waits 60 s.
        feed.arrive("d", at: mar2 + 10 * hour + 20 * minute, channel: "phone")
        feed.answer("d", at: mar2 + 10 * hour + 21 * minute, channel: "phone")
        // An email answered in 10:00 after 5 min: async, not in the sparkline.
        feed.arrive("e", at: mar2 + 10 * hour + 30 * minute, channel: "email")
        feed.answer("e", at: mar2 + 10 * hour + 35 * minute, channel: "email")
        // And 11:00 again: f waits 30 s.
        feed.arrive("f", at: mar2 + 11 * hour + 5 * minute, channel: "phone")
        feed.answer("f", at: mar2 + 11 * hour + 5 * minute + 30, channel: "phone")

        let points = feed.store.recentHours(mar2 + 11 * hour + 30 * minute)
        #expect(points.count == Report.recentHourCount)
        // 10:00: (20 + 40 + 60) / 3 = 40 s; 11:00: (10 + 30) / 2 = 20 s; 09:00: none.
        #expect(points[points.count - 2] == Report.HourPoint(start: mar2 + 10 * hour, asaSeconds: 40))
        #expect(points[points.count - 1] == Report.HourPoint(start: mar2 + 11 * hour, asaSeconds: 20))
        #expect(points[points.count - 3].asaSeconds == nil)
    }
}
