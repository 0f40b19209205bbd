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

    static func span(_ text: String, keepingTallies: Bool = false) throws -> (start: Double, hold: Double?) {
        try span(Array(text.utf8), keepingTallies: keepingTallies)
    }

    static func span(_ bytes: [UInt8], keepingTallies: Bool = false, jsonl: Bool = false) throws -> (start: Double, hold: Double?) {
        try ParallelIngestTests.inScratchDirectory("tablero-starts") { root in
            let file = jsonl ? DataFile(path: "events.jsonl", kind: .events, format: .jsonl)
                : DataFile(path: "events.csv", kind: .events, format: .csv)
            try Data(bytes).write(to: URL(fileURLWithPath: root + "/" + file.path))
            return ContactFileStarts.span(file, root: root, settings: Settings(), clock: .utc, keepingTallies: keepingTallies)
        }
    }

    /// The scratch stores drop an events file's tallies: the contacts they
    /// hold, and so each span, are those of stores that keep them. Random
    /// files of `ParallelIngestTests.eventsFile` (orphans, duplicates,
    /// reused ids, bad rows, quoted line breaks, CRLF, a BOM, a last line
    /// without its line end), of 20 to 600 contacts (less and more than the
    /// 8 KiB read at each end); and every fourth file written newest first,
    /// its contacts 5 to 10 minutes apart, some answered and resolved, so
    /// that its ends lie hours apart.
    @Test("dropping the tallies changes no span")
    func droppedTalliesChangeNoSpan() throws {
        var r = ParallelIngestTests.Random(state: 20_261_206)
        var newestFirst = 0
        for round in 0..<40 {
            var bytes = ParallelIngestTests.eventsFile(&r, contacts: 20 + r.below(580), quotedBreaks: round % 3 == 0,
                                                       plain: round % 2 == 1)
            if round % 4 == 3 {
                var lines: [String] = []
                var t = Self.nov1
                for c in 0..<(300 + r.below(300)) {
                    t += 300 + r.below(300)
                    lines.append("\(t),c\(c),arrive,phone,sales,,")
                    if r.chance(70) { lines.append("\(t + 20),c\(c),answer,phone,sales,Ana,") }
                    if r.chance(50) { lines.append("\(t + 200),c\(c),resolve,phone,sales,Ana,true") }
                    if r.chance(3) { lines.append("\(t),,arrive,phone,sales,,") }  // a bad row
                }
                bytes = Array((Self.header + lines.reversed().joined(separator: "\n") + "\n").utf8)
            }
            let dropped = try Self.span(bytes)
            let kept = try Self.span(bytes, keepingTallies: true)
            #expect(dropped.start == kept.start && dropped.hold == kept.hold, "round \(round)")
            #expect(dropped.start.isFinite, "round \(round): no contact found")
            if kept.hold != nil { newestFirst += 1 }
        }
        #expect(newestFirst >= 5)
    }

    /// The same for an events JSONL file written newest first (answers with
    /// agents, abandons), and for a CSV file whose first 8 KiB are bad rows,
    /// so its start is read on to 64 KiB: 4,000 rows there, answers and
    /// abandons in turn, fill the 4,096 tallies a dropped block holds.
    @Test("dropping the tallies changes no span: JSONL, and a start read on to 64 KiB")
    func droppedTalliesChangeNoSpanOfJSONLOrALongStart() throws {
        var lines: [String] = []
        for c in 0..<400 {
            let t = Self.nov1 + c * 300
            lines.append("{\"ts\": \(t), \"contact_id\": \"j\(c)\", \"event\": \"arrive\", \"queue\": \"sales\"}")
            lines.append(c % 3 == 0 ? "{\"ts\": \(t + 30), \"contact_id\": \"j\(c)\", \"event\": \"abandon\"}"
                         : "{\"ts\": \(t + 20), \"contact_id\": \"j\(c)\", \"event\": \"answer\", \"agent\": \"ana\"}")
        }
        let jsonl = Array((lines.reversed().joined(separator: "\n") + "\n").utf8)
        let kept = try Self.span(jsonl, keepingTallies: true, jsonl: true)
        let dropped = try Self.span(jsonl, jsonl: true)
        #expect(kept.hold == Double(Self.nov1) && kept.start == Double(Self.nov1))
        #expect(dropped.start == kept.start && dropped.hold == kept.hold)

        let bad = String(repeating: "x,,arrive,,,,\n", count: 700)  // 9,800 bytes, no good row
        let rows = (0..<4000).map { c in c % 2 == 0 ? "\(1000 + c),a\(c),answer,,,A,\n" : "\(1000 + c),b\(c),abandon,,,,\n" }
        let long = Self.header + bad + rows.joined()
        let keptLong = try Self.span(long, keepingTallies: true)
        let droppedLong = try Self.span(long)
        #expect(keptLong.start == 1000)
        #expect(droppedLong.start == keptLong.start && droppedLong.hold == keptLong.hold)
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
