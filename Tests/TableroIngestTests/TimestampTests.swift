import Foundation
import Testing
@testable import TableroIngest
import TableroCore

/// The timestamp forms of DATA.md, in UTC and in zones with DST.
@Suite("Timestamps")
struct TimestampTests {
    static let newYork = ZoneClock(identifier: "America/New_York")!
    static let madrid = ZoneClock(identifier: "Europe/Madrid")!

    func parse(_ text: String, _ clock: ZoneClock = .utc) -> Double? {
        Timestamp.parse(text, clock: clock)
    }

    @Test func rfc3339WithZ() {
        #expect(parse("2026-11-22T09:15:03Z") == utc(2026, 11, 22, 9, 15, 3))
        #expect(parse("2026-11-22t09:15:03z") == utc(2026, 11, 22, 9, 15, 3))
        // Z means UTC whatever the configured zone.
        #expect(parse("2026-11-22T09:15:03Z", Self.newYork) == utc(2026, 11, 22, 9, 15, 3))
    }

    @Test func rfc3339WithOffsets() {
        #expect(parse("2026-11-22T10:15:03+01:00") == utc(2026, 11, 22, 9, 15, 3))
        #expect(parse("2026-11-22T04:15:03-05:00", Self.madrid) == utc(2026, 11, 22, 9, 15, 3))
        #expect(parse("2026-11-22T14:45:03+05:30") == utc(2026, 11, 22, 9, 15, 3))
        #expect(parse("2026-11-22T09:15:03+00:00") == utc(2026, 11, 22, 9, 15, 3))
    }

    @Test func fractions() {
        #expect(parse("2026-11-22T10:15:03.250+01:00") == utc(2026, 11, 22, 9, 15, 3.25))
        #expect(parse("2026-11-22T09:15:03.5Z") == utc(2026, 11, 22, 9, 15, 3.5))
        #expect(parse("2026-11-22 09:15:03.125") == utc(2026, 11, 22, 9, 15, 3.125))
        let micro = parse("2026-11-22T09:15:03.123456Z")!
        #expect(abs(micro - utc(2026, 11, 22, 9, 15, 3.123456)) < 1e-5)
    }

    @Test func localTimeWithSpaceOrT() {
        #expect(parse("2026-11-22 09:15:03") == utc(2026, 11, 22, 9, 15, 3))
        #expect(parse("2026-11-22 09:15:03", Self.newYork) == utc(2026, 11, 22, 14, 15, 3))
        #expect(parse("2026-11-22T09:15:03", Self.newYork) == utc(2026, 11, 22, 14, 15, 3))
        #expect(parse("2026-07-01 09:15:03", Self.newYork) == utc(2026, 7, 1, 13, 15, 3))
        #expect(parse("2026-11-22 09:15:03", Self.madrid) == utc(2026, 11, 22, 8, 15, 3))
        #expect(parse("2026-07-01T09:15:03", Self.madrid) == utc(2026, 7, 1, 7, 15, 3))
        // Surrounding spaces are trimmed.
        #expect(parse("  2026-11-22 09:15:03 ") == utc(2026, 11, 22, 9, 15, 3))
    }

    /// New York springs forward on 2026-03-08 at 02:00 EST (07:00Z): local
    /// 02:00-02:59 does not exist and takes the earlier offset (EST, -5).
    @Test func newYorkGap() {
        #expect(parse("2026-03-08 01:59:59", Self.newYork) == utc(2026, 3, 8, 6, 59, 59))
        #expect(parse("2026-03-08 02:30:00", Self.newYork) == utc(2026, 3, 8, 7, 30))
        #expect(parse("2026-03-08T02:00:00", Self.newYork) == utc(2026, 3, 8, 7, 0))
        #expect(parse("2026-03-08 03:00:00", Self.newYork) == utc(2026, 3, 8, 7, 0))
        #expect(parse("2026-03-08 03:30:00", Self.newYork) == utc(2026, 3, 8, 7, 30))
    }

    /// New York falls back on 2026-11-01 at 02:00 EDT (06:00Z): local
    /// 01:00-01:59 happens twice and takes the earlier offset (EDT, -4).
    @Test func newYorkFold() {
        #expect(parse("2026-11-01 00:59:59", Self.newYork) == utc(2026, 11, 1, 4, 59, 59))
        #expect(parse("2026-11-01 01:30:00", Self.newYork) == utc(2026, 11, 1, 5, 30))
        #expect(parse("2026-11-01T01:59:59", Self.newYork) == utc(2026, 11, 1, 5, 59, 59))
        #expect(parse("2026-11-01 02:00:00", Self.newYork) == utc(2026, 11, 1, 7, 0))
        // An explicit offset picks either occurrence.
        #expect(parse("2026-11-01T01:30:00-05:00", Self.newYork) == utc(2026, 11, 1, 6, 30))
    }

    /// Madrid: 2026-03-29 02:00 CET → 03:00 CEST; 2026-10-25 03:00 CEST → 02:00 CET.
    @Test func madridGapAndFold() {
        #expect(parse("2026-03-29 01:59:59", Self.madrid) == utc(2026, 3, 29, 0, 59, 59))
        #expect(parse("2026-03-29 02:30:00", Self.madrid) == utc(2026, 3, 29, 1, 30))
        #expect(parse("2026-03-29 03:00:00", Self.madrid) == utc(2026, 3, 29, 1, 0))
        #expect(parse("2026-10-25 01:59:59", Self.madrid) == utc(2026, 10, 24, 23, 59, 59))
        #expect(parse("2026-10-25 02:30:00", Self.madrid) == utc(2026, 10, 25, 0, 30))
        #expect(parse("2026-10-25 03:00:00", Self.madrid) == utc(2026, 10, 25, 2, 0))
    }

    @Test func epochSeconds() {
        #expect(parse("1795338000") == utc(2026, 11, 22, 9))
        #expect(parse("1795338000.25") == utc(2026, 11, 22, 9, 0, 0.25))
        #expect(parse(" 1795338000 ", Self.newYork) == utc(2026, 11, 22, 9))
        #expect(parse("0") == 0)
        // DATA.md: before 1970 or from 2100 on is no time at all.
        #expect(parse("4102444799") == utc(2099, 12, 31, 23, 59, 59))
        #expect(parse("4102444800") == nil)
        #expect(parse("-1") == nil)
        #expect(parse("253402300799") == nil)
        #expect(parse("9999-12-31T23:59:59Z") == nil)
        #expect(parse("1969-12-31T23:59:59Z") == nil)
    }

    @Test(arguments: [
        "", "   ", "yesterday", "2026-11-22", "2026-11-22 09:15", "2026-13-01 00:00:00", "2026-02-29 00:00:00",
        "2026-11-31T00:00:00Z", "2026-11-22T24:00:00Z", "2026-11-22T09:60:00Z", "2026/11/22 09:15:03",
        "2026-11-22T09:15:03+1", "2026-11-22T09:15:03+25:00", "2026-11-22T09:15:03 UTC", "2026-11-22T09:15:03.Z",
        "1.5e9", "0x10", "NaN", "inf", "1,795,338,000", "1795338000s", "--1", "22/11/2026 09:15:03",
        "1000000000000000000000000000000", "253402300800", "-62167219201", "99999999999999999999.5",
    ])
    func garbageIsNotATimestamp(_ text: String) {
        #expect(parse(text) == nil)
    }

    @Test func leapDayIsADay() {
        #expect(parse("2028-02-29 12:00:00") == utc(2028, 2, 29, 12))
    }

    @Test func badTimestampRejectsTheRowWithItsText() throws {
        let text = "ts,contact_id,event\n"
            + "yesterday,c1,arrive\n"
            + "2026-11-22 25:00:00,c2,arrive\n"
            + "2026-11-22 09:00:00,c3,arrive\n"
        let loaded = try loadOne("events.csv", text)
        #expect(loaded.quality("events.csv").errors == [
            "events.csv:2: bad timestamp in ts: 'yesterday'",
            "events.csv:3: bad timestamp in ts: '2026-11-22 25:00:00'",
        ])
        #expect(loaded.report().queue.offered == 1)
    }

    @Test func localTimesInFilesUseTheConfiguredZone() throws {
        let text = "ts,contact_id,event\n"
            + "2026-03-08 01:59:00,a,arrive\n"
            + "2026-03-08 03:01:00,a,answer\n" // 2 minutes later across the gap
            + "2026-11-01 01:50:00,b,arrive\n"
            + "2026-11-01T01:55:00-05:00,b,answer\n" // second 01:55, 65 minutes later
        let loaded = try loadOne("events.csv", text, settings: settings(timezone: "America/New_York"))
        #expect(!loaded.store.ledger.hasProblems)
        let asa = loaded.report().queue.asaSeconds
        #expect(asa == 2010)
        #expect(loaded.store.newestRowTime == utc(2026, 11, 1, 6, 55))
        // Days are local days: 01:50 EDT on 2026-11-01 is on that local day.
        #expect(loaded.store.days.keys.sorted().map(\.description) == ["2026-03-08", "2026-11-01"])
    }

    /// Issue 11: a reader remembers the last date it parsed. A sequence read
    /// with one memo gives what each read alone gives: valid dates after
    /// invalid ones and back, the same date with another time, separator or
    /// zone, a bad time after a remembered date, epoch seconds between.
    @Test func aRememberedDateReadsAsAFreshOne() {
        let texts = ["2026-02-28T10:00:00Z", "2026-02-28T23:59:59+01:00", "2026-02-28 10:00:00", "2026-02-28X10:00:00",
                     "2026-02-29T10:00:00Z", "2026-02-28T24:00:00Z", "2026-02-28T10:00:00", "1795338000", "2024-02-29T00:00:00Z",
                     "2024-02-29T00:00:00.250Z", "2026-13-01T00:00:00Z", "2026-02-28t10:00:00z", "2026-02-28T10:61:00Z",
                     "2026-03-08T02:30:00", "2026-03-08T07:30:00Z", "2026-02-28T10:00:00Z"]
        for clock in [ZoneClock.utc, Self.newYork] {
            var memo = DateMemo()
            for text in texts + texts.reversed() {
                var bytes = Array(text.utf8)
                let remembered = bytes.withUnsafeMutableBufferPointer {
                    ValueParser.timestamp(FieldBytes($0), clock: clock, dates: &memo)
                }
                #expect(remembered == parse(text, clock), "\(text)")
            }
        }
    }
}
