import Foundation
import Testing
@testable import TableroIngest
import TableroCore

/// Where a file of contact events starts, and whether it is written newest
/// first, from its first and last 8 KiB (`ContactFileStarts.span`).
@Suite struct ContactFileStartsTests {
    static let header = "ts,contact_id,event,channel,queue,agent,first_contact\n"
    /// 2026-11-01T00:00:00Z: 20,758 days × 86,400 s.
    static let nov1 = 1_793_491_200

    /// Rows of 400 contacts an arrive each, one every 5 minutes from `from` (33 h: a start and an end of 8 KiB, some 180 rows each, lie hours apart).
    static func rows(from: Int, count: Int = 400, step: Int = 300) -> [String] {
        (0..<count).map { "\(from + $0 * step),c\($0 + from),arrive,phone,sales,,\n" }
    }

    static func span(_ text: String) throws -> (start: Double, hold: Double?) {
        try ParallelIngestTests.inScratchDirectory("tablero-starts") { root in
            try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/events.csv"))
            return ContactFileStarts.span(DataFile(path: "events.csv", kind: .events, format: .csv), root: root,
                                          settings: Settings(), clock: .utc)
        }
    }

    @Test("in time order: starts at its first row, holds nothing")
    func inTimeOrder() throws {
        // 400 rows × ~45 bytes: more than the 8 KiB read at each end.
        let s = try Self.span(Self.header + Self.rows(from: Self.nov1).joined())
        #expect(s.start == Double(Self.nov1) && s.hold == nil)
    }

    @Test("newest first: starts at its last row, and holds the clock there while read")
    func newestFirst() throws {
        let s = try Self.span(Self.header + Self.rows(from: Self.nov1).reversed().joined())
        #expect(s.start == Double(Self.nov1) && s.hold == Double(Self.nov1))
    }

    @Test("in time order with one stray old row at the end: starts there, holds nothing")
    func strayOldRowAtTheEnd() throws {
        let stray = "\(Self.nov1 - 86_400),stray,arrive,phone,sales,,\n"
        let s = try Self.span(Self.header + Self.rows(from: Self.nov1).joined() + stray)
        #expect(s.start == Double(Self.nov1 - 86_400) && s.hold == nil)
    }

    @Test("a last line still being written is not read (its cut time reads as 1970)")
    func lineBeingWritten() throws {
        let s = try Self.span(Self.header + Self.rows(from: Self.nov1).joined() + "17934")
        #expect(s.start == Double(Self.nov1) && s.hold == nil)
    }
}
