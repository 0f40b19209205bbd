import Foundation
import Testing
import TableroCore
@testable import TableroIngest
import TableroReport

/// Issue 11: a large events or surveys file read in chunks on several threads gives
/// exactly what a one-pass read gives: the same report (every figure, as
/// JSON), the same data-quality ledger (rows, rejections with their lines,
/// orphans, unclosed) and the same freshness. Random directories, seeded so
/// a failure replays, with hostile rows among the good ones: bad times,
/// control bytes, unknown events, blank and CRLF lines, rows in the future,
/// duplicates, out-of-order events, and quoted fields holding line breaks
/// (a chunk cut inside one falls back to the one-pass read from there).
@Suite("Parallel ingest equals one pass")
struct ParallelIngestTests {
    /// 2026-11-22T09:00:00Z.
    static let t0 = 1_795_338_000.0

    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
        mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    }

    /// An events file of `contacts` contacts, with hostile rows mixed in.
    /// `plain`: no quotes at all, and times mostly in the `…Z` form, so that
    /// most rows take the plain-row shortcut (`PlainEventRow`), which only
    /// reads chunks without quotes.
    static func eventsFile(_ r: inout Random, contacts: Int, quotedBreaks: Bool, plain: Bool = false) -> [UInt8] {
        var lines: [String] = []
        let channels = plain ? ["phone", "email", "chat", ""] : ["phone", "email", "chat", "\"Phone, VIP\"", ""]
        let queues = ["sales", "support", "billing", ""]
        let agents = plain ? ["", "Ana", "Ruiz B", "Lee"] : ["", "Ana", "\"Ruiz, B\"", "Lee"]
        // Ids of 2 to 7 bytes, and padded to 14-21 bytes: either side of
        // the 15 a contact key holds (`ContactKey`).
        let pads = ["", "", "", "xxxxxxxxxxx", "xxxxxxxxxxxx", "xxxxxxxxxxxxxxxxxx"]
        for c in 0..<contacts {
            let n = r.chance(2) ? r.below(c + 1) : c  // now and then an id seen before
            let id = pads[n % pads.count] + "c\(n)"
            var t = t0 + Double(c * 7 + r.below(40))
            let channel = channels[r.below(channels.count)]
            let queue = queues[r.below(queues.count)]
            func row(_ event: String, agent: String = "", fc: String = "") -> String {
                let ts = r.chance(10) ? "2026-11-22 \(String(format: "%02d:%02d:%02d", Int(t / 3600) % 24, Int(t / 60) % 60, Int(t) % 60))"
                    : plain && !r.chance(10) ? Date(timeIntervalSince1970: t).ISO8601Format() : String(format: "%.0f", t)
                return "\(ts),\(id),\(event),\(channel),\(queue),\(agent),\(fc)"
            }
            var contact = [row("arrive")]
            t += Double(r.below(300))
            if r.chance(75) {
                contact.append(row(r.chance(5) ? "ANSWER" : "answer", agent: agents[r.below(agents.count)]))
                t += Double(r.below(900))
                if r.chance(85) { contact.append(row("resolve", fc: ["", "true", "false", "yes"][r.below(4)])) }
            } else if r.chance(80) {
                contact.append(row("abandon"))
            }
            if r.chance(8), contact.count > 1 { contact.swapAt(0, 1) }  // read order never matters
            // None of the bad rows below, nor duplicates, in the first 100
            // contacts, which the one-pass read of a file's start mostly
            // takes: the ten errors a ledger keeps come from chunks.
            if c >= 100, r.chance(3) { contact.append(contact[r.below(contact.count)]) }  // a duplicate event
            lines += contact
            // Hostile rows.
            switch c < 100 ? -1 : r.below(60) {
            case 0: lines.append("2026-13-01T00:00:00Z,x\(c),arrive,phone,sales,,")
            case 1: lines.append("\(Int(t0)),x\(c),arrive,ph\u{01}one,sales,,")
            case 2: lines.append("\(Int(t0)),x\(c),transfer,phone,sales,,")
            case 3: lines.append("")
            case 4: lines.append("\(Int(t0)),,arrive,phone,sales,,")
            case 5: lines.append("\(Int(t0) + 400_000),f\(c),arrive,phone,sales,,")  // in the future
            case 6: lines.append("\(Int(t)),crlf\(c),arrive,chat,support,,\r")
            case 7: lines.append("\(Int(t)),q\(c),arrive,chat,support,,maybe")
            case 8 where quotedBreaks: lines.append("\(Int(t)),n\(c),arrive,\"two\nlines\",support,,")
            default: break
            }
        }
        var text = "ts,contact_id,event,channel,queue,agent,first_contact\n" + lines.joined(separator: "\n")
        if r.chance(50) { text += "\n" }  // a last line with or without its newline
        var bytes = Array(text.utf8)
        if r.chance(20) { bytes = [0xEF, 0xBB, 0xBF] + bytes }
        return bytes
    }

    /// A surveys file of `answers` answers, with bad rows mixed in: an
    /// unknown type, a missing score, a reply before the answer, a control
    /// byte, blank lines, a score off the scale and a row in the future
    /// (both rejected by the store), and with `quotes`, quoted comments,
    /// one holding a line break.
    static func surveysFile(_ r: inout Random, answers: Int, quotes: Bool) -> [UInt8] {
        var lines = ["ts,type,score,contact_id,channel,queue,agent,comment,responded_at"]
        for a in 0..<answers {
            let t = t0 + Double(a * 20 + r.below(20))
            let type = ["csat", "nps", "ces", "CSAT"][r.below(4)]
            let score = type == "nps" ? r.below(11) : 1 + r.below(5)
            var comment = ""
            if r.chance(30) { comment = quotes && r.chance(30) ? "\"slow, then \"\"fine\"\"\"" : "fine" }
            let responded = comment.isEmpty || r.chance(20) ? "" : String(format: "%.0f", t + Double(r.below(3600)))
            let ts = r.chance(50) ? Date(timeIntervalSince1970: t).ISO8601Format() : String(format: "%.0f", t)
            lines.append("\(ts),\(type),\(score),c\(a),phone,sales,Ana,\(comment),\(responded)")
            // None in the first 100 answers, which the one-pass read of a
            // file's start takes: the ten errors a ledger keeps come from chunks.
            switch a < 100 ? -1 : r.below(64) {
            case 0: lines.append("\(Int(t)),csat,9,c\(a),phone,sales,,,")
            case 1: lines.append("\(Int(t)),stars,3,c\(a),,,,,")
            case 2: lines.append("\(Int(t)),nps,,c\(a),,,,,")
            case 3: lines.append("\(Int(t)),csat,4,c\(a),,,,late,\(Int(t) - 60)")
            case 4: lines.append("\(Int(t)),cs\u{01}at,4,c\(a),,,,,")
            case 5: lines.append("")
            case 6: lines.append("\(Int(t0) + 400_000),csat,4,c\(a),,,,,")
            case 7 where quotes: lines.append("\(Int(t)),csat,5,c\(a),,,,\"two\nlines\",\(Int(t) + 5)")
            default: break
            }
        }
        return Array((lines.joined(separator: "\n") + (r.chance(50) ? "\n" : "")).utf8)
    }

    struct Loaded: Equatable {
        var json: String
        var ledger: DataQualityLedger
        var newest: Double?
        var skipped: Int
    }

    static func load(_ root: String, settings: Settings, threads: Int, chunkBytes: Int, futureLimit: Double?) throws -> Loaded {
        let loaded = try DirectoryLoader.load(root: root, settings: settings, cutoff: nil, futureLimit: futureLimit,
                                              threads: threads, chunkBytes: chunkBytes)
        let store = loaded.store
        let report = store.report(window: .all, asOf: t0 + 200_000)
        return Loaded(json: ReportJSON.make(report, clock: store.clock).serialized(pretty: false), ledger: store.ledger,
                      newest: store.newestRowTime, skipped: store.skippedAfterCutoff)
    }

    /// Where two JSON texts part, with a little of each: short enough to read.
    static func firstDifference(_ a: String, _ b: String) -> String? {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard let at = x.indices.first(where: { $0 < y.count && x[$0] != y[$0] }) ?? (x.count == y.count ? nil : min(x.count, y.count)) else { return nil }
        let from = max(0, at - 80)
        return "at byte \(at): …\(String(decoding: x[from..<min(x.count, at + 80)], as: UTF8.self)) vs …\(String(decoding: y[from..<min(y.count, at + 80)], as: UTF8.self))"
    }

    @Test("random directories, hostile rows included, several chunk sizes and thread counts")
    func chunkedEqualsOnePass() throws {
        var r = Random(state: 20_261_205)
        for round in 0..<24 {
            let root = NSTemporaryDirectory() + "tablero-parallel-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: root) }
            let quoted = round % 3 == 0
            try Data(Self.eventsFile(&r, contacts: 400 + r.below(1200), quotedBreaks: quoted, plain: !quoted && round % 2 == 1))
                .write(to: URL(fileURLWithPath: root + "/events.csv"))
            // A second events file: contacts continue across files.
            try Data(Self.eventsFile(&r, contacts: 300, quotedBreaks: false, plain: round % 2 == 0))
                .write(to: URL(fileURLWithPath: root + "/events-2.csv"))
            // Surveys are read in parallel too (`SurveyBatch`).
            try Data(Self.surveysFile(&r, answers: 400 + r.below(800), quotes: round % 3 == 1))
                .write(to: URL(fileURLWithPath: root + "/surveys.csv"))
            var settings = Settings()
            if round % 2 == 1 { settings.general.timezone = "America/New_York" }
            let future: Double? = round % 4 == 0 ? nil : Self.t0 + 100_000
            let onePass = try Self.load(root, settings: settings, threads: 1, chunkBytes: 1 << 20, futureLimit: future)
            #expect(onePass.ledger.files.reduce(0) { $0 + $1.rows } > 1000)
            for (threads, chunk) in [(2, 512), (2, 4096), (3, 1000 + r.below(3000)), (4, 777)] {
                let chunked = try Self.load(root, settings: settings, threads: threads, chunkBytes: chunk, futureLimit: future)
                let context = "round \(round), \(threads) threads, chunks of \(chunk) bytes"
                #expect(chunked.ledger == onePass.ledger, "\(context)")
                #expect(chunked.newest == onePass.newest && chunked.skipped == onePass.skipped, "\(context)")
                #expect(Self.firstDifference(chunked.json, onePass.json) == nil, "\(context)")
                if chunked != onePass { return }
            }
        }
    }

    /// Runs `body` with a directory of its own, removed afterwards.
    static func inScratchDirectory<R>(_ prefix: String, _ body: (String) throws -> R) throws -> R {
        let root = NSTemporaryDirectory() + "\(prefix)-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        return try body(root)
    }

    /// `files` (name and bytes) in a directory of their own, loaded in one
    /// pass and with 2 threads in chunks of `chunkBytes`, which must agree;
    /// the one-pass load.
    @discardableResult
    static func expectChunkedEqualsOnePass(_ files: [(String, [UInt8])], chunkBytes: Int, context: String) throws -> Loaded {
        try inScratchDirectory("tablero-parallel") { root in
            for (name, bytes) in files { try Data(bytes).write(to: URL(fileURLWithPath: root + "/" + name)) }
            let onePass = try load(root, settings: Settings(), threads: 1, chunkBytes: chunkBytes, futureLimit: nil)
            let chunked = try load(root, settings: Settings(), threads: 2, chunkBytes: chunkBytes, futureLimit: nil)
            #expect(chunked.ledger == onePass.ledger, "\(context)")
            #expect(firstDifference(chunked.json, onePass.json) == nil, "\(context)")
            return onePass
        }
    }

    @Test("a file of a few MB is cut into sixteenths, not read on one core; a large one into 1 MiB chunks")
    func smallerFilesSmallerChunks() {
        let mib = 1 << 20
        // A daily file of 3 MiB: sixteen chunks of 3,145,728 / 16 = 196,608
        // bytes, more than two: read on every core (in 1 MiB chunks it was
        // read in one pass, as a file had to span four).
        #expect(ParallelRead.chunkBytes(forFileOf: 3 * mib, atMost: mib) == 196_608)
        #expect(ParallelRead.spansChunks(size: 3 * mib, chunkBytes: 196_608))
        // 190 MB: a sixteenth is over 1 MiB, so 1 MiB chunks as before.
        #expect(ParallelRead.chunkBytes(forFileOf: 190_000_000, atMost: mib) == mib)
        // 160 KB: a sixteenth is under 64 KiB, the smallest chunk, of which
        // it spans more than two: cut (its next file's read ahead takes them
        // all). 120 KB spans less than two: one pass.
        #expect(ParallelRead.chunkBytes(forFileOf: 160_000, atMost: mib) == 65_536)
        #expect(ParallelRead.spansChunks(size: 160_000, chunkBytes: 65_536))
        #expect(!ParallelRead.spansChunks(size: 120_000, chunkBytes: 65_536))
        // The one-pass start is 4 KiB, whatever the chunks.
        #expect(ParallelRead.headBytes == 4096)
        // A test's small chunks stay as it asks.
        #expect(ParallelRead.chunkBytes(forFileOf: 3 * mib, atMost: 4096) == 4096)
    }

    /// The parallel start parses a file's first line only, its header; the
    /// chunks take every row after it. When the first line is not the
    /// whole header (a blank line before it, a quoted line break in a
    /// column's name, which then lacks its required column), the start
    /// reads on the one-pass way, and the figures stay one pass's.
    @Test("a header not in the first line alone: the parallel start reads on, and gives what one pass gives")
    func headerNotInTheFirstLine() throws {
        var r = Random(state: 20_261_209)
        let rows = Array(Self.eventsFile(&r, contacts: 6000, quotedBreaks: false, plain: true))
        let lineEnd = try #require(rows.firstIndex(of: 0x0A))
        let body = Array(rows[(lineEnd + 1)...])
        let header = Array("ts,contact_id,event,channel,queue,agent,first_contact\n".utf8)
        let files: [(String, [UInt8])] = [
            ("events-blank.csv", Array("\n".utf8) + header + body),
            ("events-commas.csv", Array(",,,,,,\n".utf8) + header + body),  // a blank record, not just a line end
            ("events-crlf.csv", [0xEF, 0xBB, 0xBF] + Array("ts,contact_id,event,channel,queue,agent,first_contact\r\n".utf8) + body),
            ("events-quoted.csv", Array("ts,\"contact\n_id\",event,channel,queue,agent,first_contact\n".utf8) + body),
        ]
        #expect(files.allSatisfy { ParallelRead.spansChunks(size: $0.1.count, chunkBytes: 65_536) })
        let onePass = try Self.expectChunkedEqualsOnePass(files, chunkBytes: 65_536, context: "headers")
        // The same rows under either header (blank lines are no rows).
        let counts = onePass.ledger.files.map(\.rows)
        #expect(counts[0] == counts[1] && counts[0] > 15_000)
        #expect(counts[2] == counts[0])
        #expect(onePass.ledger.files[3].errors.first?.contains("missing required column") == true)
    }

    @Test("a file text for its first 4 KiB (the parallel start) and binary after: binary to every read, as to one pass")
    func binaryAfterTheStart() throws {
        // 5,000 rows of text (about 230 KB), then 60,000 NULs from byte
        // 4,096 to 64,096: 60,000 of the first 65,536 bytes are NULs, over
        // the 10 % that make a file binary. The parallel start reads 4 KiB
        // only, and must judge the file by the same 64 KiB.
        var text = Array(("ts,contact_id,event,channel,queue,agent,first_contact\n"
            + (0..<5000).map { "\(Int(Self.t0) + $0),c\($0),arrive,phone,sales,,\n" }.joined()).utf8)
        text.replaceSubrange(4096..<64_096, with: [UInt8](repeating: 0, count: 60_000))
        for file in ["events.csv", "surveys.csv"] {
            let onePass = try Self.expectChunkedEqualsOnePass([(file, text)], chunkBytes: ParallelRead.defaultChunkBytes,
                                                              context: file)
            #expect(onePass.ledger.files.first?.errors.first?.contains("binary data") == true, "\(file)")
            #expect(onePass.ledger.files.first?.rows == 0, "\(file)")
        }
    }

    @Test("daily files of about 1.4 MB, cut into sixteenths by the default chunk size: the same as one pass")
    func dailyFilesAtTheDefaultChunkSize() throws {
        var r = Random(state: 20_261_208)
        // 14,000 contacts make about 1.4 MB: chunks of about 90 KB, sixteen a file.
        let days = (0..<3).map { day in
            ("events-2026-11-2\(day).csv", Self.eventsFile(&r, contacts: 14_000, quotedBreaks: day == 2, plain: day == 0))
        }
        for (_, bytes) in days {
            #expect(ParallelRead.spansChunks(size: bytes.count,
                                             chunkBytes: ParallelRead.chunkBytes(forFileOf: bytes.count, atMost: ParallelRead.defaultChunkBytes)))
        }
        let onePass = try Self.expectChunkedEqualsOnePass(days, chunkBytes: ParallelRead.defaultChunkBytes, context: "daily files")
        #expect(onePass.ledger.files.reduce(0) { $0 + $1.rows } > 90_000)
    }

    @Test("chunks larger than the file's one-pass start (4 KiB of a 128 KiB chunk) give what one pass gives")
    func headSmallerThanAChunk() throws {
        #expect(ParallelRead.headBytes == 4096)
        var r = Random(state: 20_261_206)
        for round in 0..<2 {
            // About 1 MB: more than four 128 KiB chunks after the 4 KiB start.
            let events = Self.eventsFile(&r, contacts: 9000, quotedBreaks: false, plain: round == 0)
            #expect(events.count > 5 * (128 << 10))
            let surveys = Self.surveysFile(&r, answers: 9000, quotes: round == 1)
            try Self.expectChunkedEqualsOnePass([("events.csv", events), ("surveys.csv", surveys)], chunkBytes: 128 << 10,
                                                context: "round \(round)")
        }
    }

    @Test("a header longer than the 4 KiB start, and than 64 KiB (an extra column of 70,000 bytes): the same as one pass")
    func headerLongerThanTheStart() throws {
        var r = Random(state: 20_261_207)
        var events = Self.eventsFile(&r, contacts: 9000, quotedBreaks: false, plain: true)
        let headerEnd = try #require(events.firstIndex(of: 0x0A))
        let longHeader = "ts,contact_id,event,channel,queue,agent,first_contact," + String(repeating: "n", count: 70_000)
        events.replaceSubrange((events.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0)..<headerEnd, with: Array(longHeader.utf8))
        #expect(events.count > 5 * (128 << 10))
        let onePass = try Self.expectChunkedEqualsOnePass([("events.csv", events)], chunkBytes: 128 << 10, context: "long header")
        #expect(onePass.ledger.files.reduce(0) { $0 + $1.rows } > 15_000)
    }

    @Test("a line longer than half the record limit: read the one-pass way from there, rows before it kept")
    func longLineFallsBack() throws {
        let root = NSTemporaryDirectory() + "tablero-parallel-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        var text = "ts,contact_id,event,channel,queue,agent,first_contact\n"
        for c in 0..<2000 { text += "\(Int(Self.t0) + c),c\(c),arrive,phone,sales,,\n" }
        // 4.5 MB of one field: over half the 8 MiB limit, under the limit.
        text += "\(Int(Self.t0)),long,arrive,phone,\(String(repeating: "q", count: 4_500_000)),,\n"
        for c in 0..<2000 { text += "\(Int(Self.t0) + c),d\(c),arrive,phone,sales,,\n" }
        try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/events.csv"))
        let onePass = try Self.load(root, settings: Settings(), threads: 1, chunkBytes: 1 << 20, futureLimit: nil)
        let chunked = try Self.load(root, settings: Settings(), threads: 2, chunkBytes: 4096, futureLimit: nil)
        #expect(chunked.ledger == onePass.ledger)
        #expect(Self.firstDifference(chunked.json, onePass.json) == nil)
        #expect(onePass.ledger.files.first?.rows == 4001)
    }
}
