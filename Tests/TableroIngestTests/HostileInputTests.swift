import Foundation
import Testing
@testable import TableroIngest
import TableroCore

/// Files that try to break the reader: garbage, huge lines, escapes,
/// directories, unreadable files, invalid UTF-8.
@Suite("hostile input")
struct HostileInputTests {
    static let goodEvents = "ts,contact_id,event\n2026-11-22T09:00:00Z,ok1,arrive\n2026-11-22T09:00:10Z,ok1,answer\n"

    @Test func binaryGarbageIsUnreadableAndOtherFilesAreRead() throws {
        var random = SeededBytes(seed: 42)
        var garbage = random.bytes(200_000)
        garbage[1000] = 0 // make sure there is a NUL early on
        let dir = try TempDataDir(["events.csv": Self.goodEvents])
        try dir.write("events-bin.csv", bytes: garbage)
        try dir.write("queue_log.2", bytes: garbage)
        try dir.write("surveys.jsonl", bytes: [0x7B, 0x00] + garbage)
        let loaded = try dir.load()
        let bin = loaded.quality("events-bin.csv")
        #expect(bin.unreadable)
        #expect(bin.errors == ["events-bin.csv: binary data (NUL bytes), not events data"])
        #expect(bin.rows == 0)
        #expect(loaded.quality("queue_log.2").unreadable)
        #expect(loaded.quality("queue_log.2").errors.count == 1)
        #expect(loaded.quality("surveys.jsonl").unreadable)
        #expect(loaded.quality("events.csv").rows == 2)
        #expect(loaded.report().queue.answered == 1)
    }

    @Test func garbageWithoutNULsIsReadAsBadRowsWithoutCrashing() throws {
        var random = SeededBytes(seed: 7)
        let garbage = random.bytes(300_000).map { $0 == 0 ? 1 : $0 }
        let dir = try TempDataDir()
        for name in ["events-g.csv", "contacts-g.jsonl", "queue_log.9", "surveys-g.csv"] {
            try dir.write(name, bytes: garbage)
        }
        let loaded = try dir.load()
        #expect(loaded.store.ledger.files.count == 4)
        for q in loaded.store.ledger.files {
            #expect(q.errors.count <= FileQuality.errorsKept)
            for e in q.errors { #expect(!e.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }) }
        }
    }

    @Test func aOneMegabyteQuotedCommentIsReadCorrectly() throws {
        let comment = String(repeating: "lorem, \"ipsum\"\n dolor ", count: 45_455) // ≈1,000,000 characters
        #expect(comment.count >= 1_000_000)
        let quoted = "\"" + comment.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        var text = "ts,type,score,comment\n"
        // Enough rows before it that the comment straddles the 1 MiB read chunk.
        for _ in 0..<2000 { text += "2026-11-22T09:00:00Z,csat,5,fine\n" }
        text += "2026-11-22T09:00:00Z,nps,9,\(quoted)\n"
        text += "2026-11-22T09:00:00Z,ces,3,after\n"
        text += "2026-11-22T09:00:00Z,ces,9,after\n"
        let loaded = try loadOne("surveys.csv", text)
        let q = loaded.quality("surveys.csv")
        let commentLines = comment.filter { $0 == "\n" }.count
        #expect(q.errors == ["surveys.csv:\(2003 + commentLines + 1): ces score 9 outside 1..7"])
        #expect(q.rows == 2003)
        let s = loaded.report().satisfaction
        #expect(s.csatResponses == 2000)
        #expect(s.npsResponses == 1)
        #expect(s.promoters == 1)
        #expect(s.cesResponses == 1)
    }

    @Test func aOneMegabyteJSONLLineIsRead() throws {
        let comment = String(repeating: "x\\\"y ", count: 220_000)
        let text = "{\"ts\": \"2026-11-22T09:00:00Z\", \"type\": \"csat\", \"score\": 4, \"comment\": \"\(comment)\"}\n"
            + "{\"ts\": \"2026-11-22T09:00:00Z\", \"type\": \"csat\", \"score\": 5}\n"
        #expect(text.utf8.count > 1 << 20)
        let loaded = try loadOne("surveys.jsonl", text)
        #expect(!loaded.store.ledger.hasProblems)
        #expect(loaded.report().satisfaction.csatResponses == 2)
    }

    @Test func terminalEscapesAreShownEscaped() throws {
        let esc = "\u{1b}[31marrive\u{1b}[0m"
        let text = "ts,contact_id,event,agent\n"
            + "2026-11-22T09:00:00Z,c1,\(esc),x\n"
            + "2026-11-22T09:00:00Z,\u{1b}]0;pwned\u{07},bogus\u{9b}2J,x\n"
            + "\u{1b}[2J,c3,arrive,x\n"
            + "2026-11-22T09:00:00Z,c4,arrive,\u{1b}[31mred agent\n"
        let loaded = try loadOne("events.csv", text)
        let q = loaded.quality("events.csv")
        #expect(q.errors == [
            "events.csv:2: unknown event '\\u{1b}[31marrive\\u{1b}[0m'",
            // The BEL (0x07) ending the OSC is a control byte: the row is bad before its event is read.
            "events.csv:3: control byte 0x07 in the row",
            "events.csv:4: bad timestamp in ts: '\\u{1b}[2J'",
        ])
        for e in q.errors {
            #expect(!e.utf8.contains(0x1B))
            #expect(!e.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        }
        #expect(loaded.report().queue.offered == 1)
    }

    @Test func longValuesAreCutInMessages() throws {
        let long = String(repeating: "w", count: 500)
        let q = try loadOne("events.csv", "ts,contact_id,event\n2026-11-22T09:00:00Z,c1,\(long)\n").quality("events.csv")
        #expect(q.errors == ["events.csv:2: unknown event '\(String(repeating: "w", count: 60))…'"])
    }

    @Test func aDirectoryNamedLikeADataFileIsReported() throws {
        let dir = try TempDataDir(["events.csv": Self.goodEvents])
        try dir.mkdir("events-x.csv")
        try dir.mkdir("archive/queue_log.old")
        let loaded = try dir.load()
        let q = loaded.quality("events-x.csv")
        #expect(q.unreadable)
        #expect(q.errors == ["events-x.csv: is a directory, not a file"])
        #expect(loaded.quality("archive/queue_log.old").errors == ["archive/queue_log.old: is a directory, not a file"])
        #expect(loaded.quality("events.csv").rows == 2)
        #expect(loaded.report().queue.offered == 1)
    }

    /// Tests run as root here, and root reads a chmod 000 file anyway; then
    /// the file is read normally and the directory case above stands in for
    /// "cannot be read". As any other user the file is reported.
    @Test func anUnreadableFileIsReported() throws {
        let locked = Self.goodEvents.replacingOccurrences(of: "ok1", with: "locked1")
        let dir = try TempDataDir(["events.csv": Self.goodEvents, "events-locked.csv": locked])
        chmod(dir.path("events-locked.csv"), 0)
        let loaded = try dir.load()
        let q = loaded.quality("events-locked.csv")
        if getuid() == 0 {
            #expect(!q.unreadable)
            #expect(q.rows == 2)
            #expect(q.rejected == 0)
        } else {
            #expect(q.unreadable)
            #expect(q.errors == ["events-locked.csv: cannot be read: Permission denied"])
        }
        #expect(loaded.quality("events.csv").rows == 2)
    }

    @Test func aFileRemovedBeforeReadingIsReported() throws {
        // A dangling symlink is listed but cannot be opened, like a file
        // removed between listing and reading.
        let dir = try TempDataDir(["events.csv": Self.goodEvents])
        try FileManager.default.createSymbolicLink(atPath: dir.path("events-gone.csv"), withDestinationPath: dir.path("nowhere.csv"))
        let loaded = try dir.load()
        let q = loaded.quality("events-gone.csv")
        #expect(q.unreadable)
        #expect(q.errors == ["events-gone.csv: cannot be read: No such file or directory"])
        #expect(loaded.report().queue.offered == 1)
    }

    @Test func aFIFONamedLikeADataFileIsReportedNotWaitedOn() throws {
        // Opening a FIFO for reading used to block until a writer came,
        // which stopped the whole load.
        let dir = try TempDataDir(["events.csv": Self.goodEvents])
        #expect(mkfifo(dir.path("events-pipe.csv"), 0o644) == 0)
        let loaded = try dir.load()
        let q = loaded.quality("events-pipe.csv")
        #expect(q.unreadable)
        #expect(q.errors == ["events-pipe.csv: is not a regular file"])
        #expect(loaded.quality("events.csv").rows == 2)
    }

    /// A line over the reader's limit (8 MiB; the read buffer grows by
    /// doubling, so it is certain past 16 MiB) is one rejected row: the rest
    /// of that line is dropped, not read as a row of its own, and later
    /// lines keep their numbers. (JSONL and queue_log share `LineSplitter`,
    /// tested with a small limit in CSVScannerTests; one big file here, as
    /// each takes seconds in a debug build.)
    @Test func aLineLongerThanTheLimitIsOneRejectedRow() throws {
        let big = String(repeating: "y", count: 17 << 20)
        let text = "ts,type,score,comment\n"
            + "2026-11-22T09:00:00Z,csat,4,\(big)\n"
            + "2026-11-22T09:00:00Z,csat,5,x\n"
            + "2026-11-22T09:00:00Z,csat,9,x\n"
        let loaded = try loadOne("surveys.csv", text)
        let csv = loaded.quality("surveys.csv")
        #expect(csv.rows == 3)
        #expect(csv.errors == ["surveys.csv:2: record longer than 8 MiB", "surveys.csv:4: csat score 9 outside 1..5"])
        #expect(loaded.report().satisfaction.csatResponses == 1)
    }

    @Test func absurdTimesAreBadRowsNotACrash() throws {
        let huge = "1" + String(repeating: "0", count: 30)
        let dir = try TempDataDir([
            "events.csv": "ts,contact_id,event\n\(huge),c1,arrive\n-\(huge),c2,arrive\n2026-11-22T09:00:00Z,c3,arrive\n",
            "queue_log": "\(huge)|q1|support|NONE|ENTERQUEUE||555\n1795338000|q2|support|NONE|ENTERQUEUE||555\n",
        ])
        let loaded = try dir.load()
        #expect(loaded.quality("events.csv").errors == [
            "events.csv:2: bad timestamp in ts: '\(huge)'",
            "events.csv:3: bad timestamp in ts: '-\(huge)'",
        ])
        #expect(loaded.quality("queue_log").errors == ["queue_log:1: queue_log epoch '\(huge)' is before 1970 or from 2100 on"])
        #expect(loaded.report().queue.offered == 2)
    }

    @Test func invalidUTF8InFreeTextDoesNotCrash() throws {
        let bad: [UInt8] = [0xFF, 0xFE, 0xC3, 0x28, 0xED, 0xA0, 0x80, 0xF4, 0x90, 0x80, 0x80]
        var bytes = Array("ts,contact_id,event,queue,agent\n2026-11-22T09:00:00Z,c1,arrive,".utf8)
        bytes += bad + Array(",".utf8) + bad + Array("\n2026-11-22T09:00:05Z,c1,answer,,".utf8) + bad
        bytes += Array("\n2026-11-22T09:00:05Z,c2,".utf8) + bad + Array("\n".utf8)
        var survey = Array("ts,type,score,comment\n2026-11-22T09:00:00Z,csat,5,\"".utf8) + bad + Array("\"\n".utf8)
        survey += Array("2026-11-22T09:00:00Z,csat,4,".utf8) + bad + Array("\n".utf8)
        var queueLog = Array("1795338000|q".utf8) + bad + Array("|support|NONE|ENTERQUEUE||".utf8) + bad + Array("\n".utf8)
        queueLog += Array("1795338003|q".utf8) + bad + Array("|support|".utf8) + bad + Array("|CONNECT|3\n".utf8)
        let dir = try TempDataDir()
        try dir.write("events.csv", bytes: bytes)
        try dir.write("surveys.csv", bytes: survey)
        try dir.write("queue_log", bytes: queueLog)
        try dir.write("events.jsonl", bytes: Array("{\"ts\": \"2026-11-22T09:00:00Z\", \"contact_id\": \"j".utf8) + bad + Array("\", \"event\": \"arrive\"}\n".utf8))
        let loaded = try dir.load()
        let events = loaded.quality("events.csv")
        #expect(events.rows == 3)
        #expect(events.rejected == 1)
        #expect(events.errors.count == 1)
        #expect(events.errors.first?.hasPrefix("events.csv:4: unknown event '") == true)
        #expect(loaded.quality("surveys.csv").rejected == 0)
        #expect(loaded.quality("queue_log").rejected == 0)
        let r = loaded.report()
        #expect(r.satisfaction.csatResponses == 2)
        #expect(r.queue.answered == 2)
        #expect(r.queue.asaSeconds == 4)
        // The invalid JSONL line is either read (bytes repaired) or rejected, never a crash.
        #expect(loaded.quality("events.jsonl").rows == 1)
    }
}

@Suite struct SmallBinaryFileTests {
    /// A binary file smaller than one read is still recognised as binary,
    /// not parsed as a CSV with a garbage header.
    @Test func aSmallBinaryFileIsReportedAsBinary() throws {
        // Mostly not text: one byte in five is a NUL (ControlBytes: 10 % or more).
        var bytes = [UInt8](repeating: 0x41, count: 300)
        for i in stride(from: 7, to: 300, by: 5) { bytes[i] = 0 }
        let dir = NSTemporaryDirectory() + "tablero-smallbin-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        FileManager.default.createFile(atPath: dir + "/events-bin.csv", contents: Data(bytes))
        let loaded = try DirectoryLoader.load(root: dir, settings: Settings(), cutoff: nil)
        let file = try #require(loaded.store.ledger.files.first)
        #expect(file.unreadable)
        #expect(file.errors == ["events-bin.csv: binary data (NUL bytes), not events data"])
    }
}
