import Foundation
import Testing
@testable import TableroIngest
import TableroCore

/// Issue 13: one NUL byte in row 2 of a 3,001-line events.csv rejected the
/// whole file as binary (offered 0); the same NUL after 64 KiB made a queue
/// named `sa\0les`. A control byte makes its row bad; a file is binary only
/// when mostly not text.
@Suite("Control bytes in rows")
struct ControlByteTests {
    /// Header + 3,000 rows, each an arrive of its own contact, queue "sales".
    static func events(nulAtRow: Int) -> [UInt8] {
        var text = "ts,contact_id,event,channel,queue\n"
        for i in 1...3000 {
            let queue = i == nulAtRow ? "sa\u{0}les" : "sales"
            text += "2026-11-22T09:00:00Z,c\(i),arrive,phone,\(queue)\n"
        }
        return Array(text.utf8)
    }

    @Test func aNULInRowTwoRejectsThatRowOnly() throws {
        let dir = try TempDataDir()
        try dir.write("events.csv", bytes: Self.events(nulAtRow: 1))
        let loaded = try dir.load()
        let q = loaded.quality("events.csv")
        // 3,000 rows read, the one with the NUL (line 2) rejected: offered 2,999.
        #expect(!q.unreadable)
        #expect(q.rows == 3000)
        #expect(q.rejected == 1)
        #expect(q.errors == ["events.csv:2: control byte 0x00 in the row"])
        #expect(loaded.report().queue.offered == 2999)
    }

    @Test func aNULAfter64KiBMakesNoQueueOfItsOwn() throws {
        let dir = try TempDataDir()
        // Row 2,500 starts well after 64 KiB (about 50 bytes a row).
        try dir.write("events.csv", bytes: Self.events(nulAtRow: 2500))
        let loaded = try dir.load()
        #expect(loaded.quality("events.csv").errors == ["events.csv:2501: control byte 0x00 in the row"])
        let r = loaded.report()
        #expect(r.byQueue.keys.sorted() == ["sales"])
        #expect(r.queue.offered == 2999)
    }

    @Test func queueLogAndJSONLRowsWithControlBytesAreBad() throws {
        let dir = try TempDataDir([
            "queue_log": "1795338000|q1|sup\u{1}port|NONE|ENTERQUEUE||555\n1795338000|q2|support|NONE|ENTERQUEUE||555\n",
            "events.jsonl": "{\"ts\":\"2026-11-22T09:00:00Z\",\"contact_id\":\"j\u{0}1\",\"event\":\"arrive\"}\n"
                + "{\"ts\":\"2026-11-22T09:00:00Z\",\"contact_id\":\"j2\",\"event\":\"arrive\"}\n",
        ])
        let loaded = try dir.load()
        #expect(loaded.quality("queue_log").errors == ["queue_log:1: control byte 0x01 in the row"])
        #expect(loaded.quality("events.jsonl").errors == ["events.jsonl:1: control byte 0x00 in the row"])
        #expect(loaded.report().queue.offered == 2)
    }

    @Test func escapeSequencesInFreeTextAreData() {
        let text = Array("name \u{1B}[31mred\u{1B}[0m\ttab".utf8)
        text.withUnsafeBufferPointer { #expect(ControlBytes.first(in: $0) == nil) }
    }

    @Test func binaryMeansMostlyNotText() {
        var random = SeededBytes(seed: 3)
        #expect(ControlBytes.looksBinary(ArraySlice(random.bytes(65_536))))
        #expect(!ControlBytes.looksBinary(ArraySlice(Self.events(nulAtRow: 2))))
        // UTF-16 text: every other byte a NUL.
        #expect(ControlBytes.looksBinary(ArraySlice(Array("events".utf16).flatMap { [UInt8($0), 0] })))
        // 10 % is binary, 9 % is not: 100 bytes with 10 or 9 NULs.
        let tenth = [UInt8](repeating: 0x61, count: 90) + [UInt8](repeating: 0, count: 10)
        #expect(ControlBytes.looksBinary(ArraySlice(tenth)))
        #expect(ControlBytes.looksBinary(tenth.dropFirst()))  // 10 of 99: over 10 %
        #expect(!ControlBytes.looksBinary(ArraySlice([UInt8](repeating: 0x61, count: 91) + [UInt8](repeating: 0, count: 9))))
        // Text's own control bytes (tab, CR, form feed, ESC) count for
        // nothing, however many: a sample of them alone is text.
        #expect(!ControlBytes.looksBinary(ArraySlice(Array(repeating: [UInt8]([0x09, 0x0D, 0x0C, 0x1B, 0x0A]), count: 8000).joined())))
        // A slice within a larger buffer is judged on its own bytes.
        let buffer = [UInt8](repeating: 0, count: 1000) + [UInt8](repeating: 0x61, count: 1000)
        #expect(!ControlBytes.looksBinary(buffer[1000...]) && ControlBytes.looksBinary(buffer[..<1000]))
    }

    @Test func loneCarriageReturnsInASample() {
        #expect(ControlBytes.carriageReturnsOnly(ArraySlice(Array("ts,c\r1,a\r".utf8))))
        #expect(!ControlBytes.carriageReturnsOnly(ArraySlice(Array("ts,c\r\n1,a\r\n".utf8))))
        #expect(!ControlBytes.carriageReturnsOnly(ArraySlice(Array("ts,c\n1,a\n".utf8))))
        #expect(!ControlBytes.carriageReturnsOnly([]))
        // Within a larger buffer: only the slice's bytes count.
        let buffer = Array("a\nb\rc\r".utf8)
        #expect(ControlBytes.carriageReturnsOnly(buffer[2...]) && !ControlBytes.carriageReturnsOnly(buffer[...]))
    }

    /// Issue 13: CR-only line endings gave 0 rows and no finding.
    @Test func carriageReturnOnlyLineEndsAreNamed() throws {
        let dir = try TempDataDir([
            "events.csv": "ts,contact_id,event\r2026-11-22T09:00:00Z,c1,arrive\r",
            "surveys.csv": "ts,type,score\r\n2026-11-22T09:00:00Z,csat,5\r\n",
        ])
        let loaded = try dir.load()
        let q = loaded.quality("events.csv")
        #expect(q.unreadable)
        #expect(q.errors == ["events.csv: lines end in CR only (classic Mac OS); save it with LF or CRLF line ends"])
        // CRLF is fine.
        #expect(loaded.quality("surveys.csv").errors.isEmpty)
        #expect(loaded.report().satisfaction.csatResponses == 1)
    }
}
