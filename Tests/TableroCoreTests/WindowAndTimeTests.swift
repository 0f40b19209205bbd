import Foundation
import Testing
@testable import TableroCore

// Epoch seconds, by hand (days since 1970-01-01 × 86,400):
//   2026-03-02 = 20,514 (see CoreTestSupport); 03-04 = 20,516; 03-06 = 20,518;
//   03-08 = 20,520 → 1,772,928,000; 03-09 = 20,521 → 1,773,014,400;
//   03-10 = 20,522 → 1,773,100,800; 2026-01-15 = 20,454 + 14 = 20,468 → 1,768,435,200;
//   2026-11-01 = 20,454 + 304 (Jan…Oct) = 20,758 → 1,793,491,200.
// New York: EST = UTC−5 until 2026-03-08 02:00 local (07:00Z), EDT = UTC−4 until
// 2026-11-01 02:00 local EDT (06:00Z). (2026-03-01 and 2026-11-01 are Sundays,
// so the second Sunday of March is the 8th and the first of November the 1st.)
private let mar8: Double = 1_772_928_000
private let mar9: Double = 1_773_014_400
private let mar10: Double = 1_773_100_800
private let jan15: Double = 1_768_435_200
private let nov1: Double = 1_793_491_200

private func newYork() throws -> ZoneClock {
    try #require(ZoneClock(identifier: "America/New_York"))
}

private func day(_ y: Int, _ m: Int, _ d: Int) -> LocalDay { LocalDay(year: y, month: m, day: d) }

@Suite("Windows and time")
struct WindowAndTimeTests {
    @Test(arguments: [
        ("today", WindowSpec.today),
        ("TODAY", .today),
        ("7d", .lastDays(7)),
        ("30d", .lastDays(30)),
        ("all", .all),
        ("All", .all),
        ("2026-03-01..2026-03-07", .range(day(2026, 3, 1), day(2026, 3, 7))),
        ("2026-03-05..2026-03-05", .range(day(2026, 3, 5), day(2026, 3, 5))),
        ("2024-02-29..2024-03-01", .range(day(2024, 2, 29), day(2024, 3, 1))),
        ("1970-01-01..2099-12-31", .range(day(1970, 1, 1), day(2099, 12, 31))),
    ])
    func windowSpecParses(text: String, expected: WindowSpec) {
        #expect(WindowSpec(parsing: text) == expected)
    }

    @Test(arguments: [
        "", "yesterday", "7", "d", "0d", "-7d", "7days", "week", "2026-03-01",
        "2026-03-01..", "..2026-03-07", "2026-02-30..2026-03-01", "2025-02-29..2025-03-01",
        "2026-03-07..2026-03-01", "2026-3-1..2026-3-7", "2026-03-01...2026-03-07",
        "2026-03-01..2026-03-07..2026-03-09", "2026-13-01..2026-13-02",
        // Days a row cannot have (DATA.md: 1970 up to 2100).
        "0001-01-01..2026-11-22", "1969-12-31..1970-01-01", "2099-12-31..2100-01-01",
    ])
    func garbageIsNotAWindow(text: String) {
        #expect(WindowSpec(parsing: text) == nil)
    }

    @Test func localDayArithmetic() {
        #expect(day(1970, 1, 1).number == 0)
        #expect(day(2026, 3, 2).number == 20_514)
        #expect(day(2026, 11, 1).number == 20_758)
        #expect(day(2026, 3, 2).description == "2026-03-02")
        let civil = LocalDay(number: 20_514).civil
        #expect(civil.year == 2026 && civil.month == 3 && civil.day == 2)
        #expect(LocalDay(iso: "2024-02-29") == day(2024, 2, 29))
        #expect(LocalDay(iso: "2026-02-29") == nil)
        #expect(day(2026, 2, 26).distance(to: day(2026, 3, 4)) == 6)
    }

    @Test func resolvedWindowsInUTC() {
        // As-of 2026-03-10 15:00Z.
        let asOf = mar10 + 15 * hour
        let utc = ZoneClock.utc
        let today = ResolvedWindow(spec: .today, asOf: asOf, clock: utc, firstDataDay: nil)
        #expect(today.days == day(2026, 3, 10)...day(2026, 3, 10))
        #expect(today.from == mar10 && today.to == asOf)
        // 7d = today and the 6 days before: 03-04 … 03-10, from 03-04 00:00Z (1,772,582,400).
        let week = ResolvedWindow(spec: .lastDays(7), asOf: asOf, clock: utc, firstDataDay: nil)
        #expect(week.days == day(2026, 3, 4)...day(2026, 3, 10))
        #expect(week.days.count == 7)
        #expect(week.from == 1_772_582_400)
        // 30d: 2026-02-09 … 03-10 (29 days before the 10th: 9 back to 03-01, then
        // 20 more through February's 28 days → 02-09).
        let month = ResolvedWindow(spec: .lastDays(30), asOf: asOf, clock: utc, firstDataDay: nil)
        #expect(month.days == day(2026, 2, 9)...day(2026, 3, 10))
        // FROM..TO past as-of stops at today; TO before today ends at TO's midnight
        // (03-06 00:00Z = 20,518 × 86,400 = 1,772,755,200).
        let open = ResolvedWindow(spec: .range(day(2026, 3, 1), day(2026, 3, 31)), asOf: asOf, clock: utc, firstDataDay: nil)
        #expect(open.days == day(2026, 3, 1)...day(2026, 3, 10))
        #expect(open.to == asOf)
        let closed = ResolvedWindow(spec: .range(day(2026, 3, 1), day(2026, 3, 5)), asOf: asOf, clock: utc, firstDataDay: nil)
        #expect(closed.days == day(2026, 3, 1)...day(2026, 3, 5))
        #expect(closed.to == 1_772_755_200)
        // all: from the first day with data, no start instant.
        let all = ResolvedWindow(spec: .all, asOf: asOf, clock: utc, firstDataDay: day(2026, 2, 20))
        #expect(all.days == day(2026, 2, 20)...day(2026, 3, 10))
        #expect(all.from == nil)
    }

    @Test func newYorkPutsA0330ZEventIntoThePreviousLocalDay() throws {
        let ny = try newYork()
        // 2026-03-10T03:30Z − 4 h (EDT) = 2026-03-09 23:30 local.
        #expect(ny.day(of: mar10 + 3.5 * hour) == day(2026, 3, 9))
        // 2026-01-15T03:30Z − 5 h (EST) = 2026-01-14 22:30 local.
        #expect(ny.day(of: jan15 + 3.5 * hour) == day(2026, 1, 14))
        // 04:30Z on 03-10 is 00:30 local on the 10th.
        #expect(ny.day(of: mar10 + 4.5 * hour) == day(2026, 3, 10))
        #expect(ZoneClock.utc.day(of: mar10 + 3.5 * hour) == day(2026, 3, 10))

        var f = Feed(clock: ny)
        f.arrive("late", at: mar10 + 3.5 * hour)
        f.answer("late", at: mar10 + 3.5 * hour + 15)
        let asOf = mar10 + 16 * hour
        let ninth = f.report(.range(day(2026, 3, 9), day(2026, 3, 9)), asOf: asOf)
        #expect(ninth.queue.offered == 1 && ninth.queue.answered == 1)
        let today = f.report(.today, asOf: asOf)
        #expect(today.window.days == day(2026, 3, 10)...day(2026, 3, 10))
        #expect(today.queue.offered == 0)
        // "today" in New York starts at local midnight: 2026-03-10 04:00Z.
        #expect(today.window.from == mar10 + 4 * hour)
    }

    @Test func localTimeInTheSpringGapTakesTheEarlierOffset() throws {
        let ny = try newYork()
        // 2026-03-08 02:30 local does not exist (02:00 EST jumps to 03:00 EDT).
        // Naive local seconds: 1,772,928,000 + 2.5 h = 1,772,937,000. With the offset
        // in force before the change (EST, −5 h): 1,772,937,000 + 18,000 =
        // 1,772,955,000 = 2026-03-08T07:30Z (shown as 03:30 EDT).
        #expect(ny.instant(ofLocal: mar8 + 2.5 * hour) == 1_772_955_000)
        // Around the gap the offsets are unambiguous:
        // 01:59 EST → 06:59Z; 03:30 EDT → 07:30Z; 12:00 EDT → 16:00Z.
        #expect(ny.instant(ofLocal: mar8 + 1 * hour + 59 * minute) == mar8 + 6 * hour + 59 * minute)
        #expect(ny.instant(ofLocal: mar8 + 3.5 * hour) == mar8 + 7.5 * hour)
        #expect(ny.instant(ofLocal: mar8 + 12 * hour) == mar8 + 16 * hour)
        #expect(ny.rfc3339(1_772_955_000) == "2026-03-08T03:30:00-04:00")
    }

    @Test func localTimeInTheAutumnFoldTakesTheEarlierOffset() throws {
        let ny = try newYork()
        // 2026-11-01 01:30 local happens twice (01:30 EDT = 05:30Z, 01:30 EST = 06:30Z).
        // Naive 1,793,491,200 + 5,400 = 1,793,496,600; the earlier offset (EDT, −4 h):
        // 1,793,496,600 + 14,400 = 1,793,511,000 = 05:30Z, the first 01:30.
        #expect(ny.instant(ofLocal: nov1 + 1.5 * hour) == 1_793_511_000)
        #expect(ny.rfc3339(1_793_511_000) == "2026-11-01T01:30:00-04:00")
        // After the fold, 02:30 is EST only: 07:30Z. Before it, 00:30 EDT = 04:30Z.
        #expect(ny.instant(ofLocal: nov1 + 2.5 * hour) == nov1 + 7.5 * hour)
        #expect(ny.instant(ofLocal: nov1 + 0.5 * hour) == nov1 + 4.5 * hour)
    }

    @Test func localMidnightsAroundTheSpringChange() throws {
        let ny = try newYork()
        // 2026-03-08 00:00 EST = 05:00Z; 2026-03-09 00:00 EDT = 04:00Z: a 23-hour day.
        #expect(ny.start(of: day(2026, 3, 8)) == mar8 + 5 * hour)
        #expect(ny.start(of: day(2026, 3, 9)) == mar9 + 4 * hour)
        #expect(ny.start(of: day(2026, 3, 9)) - ny.start(of: day(2026, 3, 8)) == 23 * hour)
    }

    @Test func trendHasOneEntryPerDayEmptyDaysIncluded() throws {
        // 7d at 2026-03-08 12:00Z (UTC) = 03-02 … 03-08. Contacts on 03-02 (2, waits 10
        // and 30 → ASA 20) and 03-05 (1 abandon after 60 s); the other five days empty.
        var f = Feed()
        f.arrive("a", at: mar2 + 9 * hour)
        f.answer("a", at: mar2 + 9 * hour + 10)
        f.arrive("b", at: mar2 + 10 * hour)
        f.answer("b", at: mar2 + 10 * hour + 30)
        f.arrive("c", at: mar2 + 3 * day + 9 * hour)
        f.abandon("c", at: mar2 + 3 * day + 9 * hour + 60)
        f.survey(.csat, 5, at: mar2 + 3 * day + 10 * hour)
        let r = f.report(.lastDays(7), asOf: mar8 + 12 * hour)
        #expect(r.trend.count == 7)
        #expect(r.trend.map(\.date) == Array(day(2026, 3, 2)...day(2026, 3, 8)))
        #expect(r.trend.map(\.offered) == [2, 0, 0, 1, 0, 0, 0])
        #expect(r.trend.map(\.answered) == [2, 0, 0, 0, 0, 0, 0])
        #expect(r.trend.map(\.abandoned) == [0, 0, 0, 1, 0, 0, 0])
        #expect(near(r.trend[0].asaSeconds, 20))
        #expect(r.trend[0].serviceLevelPercent == 50)   // 1 of 2 within 20 s
        #expect(r.trend[3].abandonRatePercent == 100)
        #expect(r.trend[3].csatPercent == 100)
        for i in [1, 2, 4, 5, 6] {
            #expect(r.trend[i].asaSeconds == nil && r.trend[i].serviceLevelPercent == nil)
            #expect(r.trend[i].abandonRatePercent == nil && r.trend[i].csatPercent == nil)
        }
    }

    @Test func trendInNewYorkAcrossTheSpringChange() throws {
        // 7d at 2026-03-10 16:00Z in New York: local days 03-04 … 03-10, including
        // the 23-hour 03-08; an arrival at 2026-03-09T03:30Z is 03-08 23:30 EDT (−4 h).
        var f = Feed(clock: try newYork())
        f.arrive("x", at: mar9 + 3.5 * hour)
        let r = f.report(.lastDays(7), asOf: mar10 + 16 * hour)
        #expect(r.trend.count == 7)
        #expect(r.trend.first?.date == day(2026, 3, 4) && r.trend.last?.date == day(2026, 3, 10))
        #expect(r.trend.map(\.offered) == [0, 0, 0, 0, 1, 0, 0])
    }

    @Test func rowsAfterTheCutoffDoNotCount() {
        // The store of a replay stops at as-of 10:00: an arrival at 10:00:01 is skipped.
        var f = Feed()
        f.store.cutoff = mar2 + 10 * hour
        f.arrive("in", at: mar2 + 10 * hour)
        f.arrive("out", at: mar2 + 10 * hour + 1)
        #expect(f.store.skippedAfterCutoff == 1)
        let r = f.report(asOf: mar2 + 10 * hour)
        #expect(r.queue.offered == 1)
        #expect(r.queue.waitingNow == 1 && r.queue.longestWaitNowSeconds == 0)
    }
}
