import Foundation
import Testing
import TableroCore
@testable import TableroIngest
import TableroReport

/// Issue 11: the dashboard's first load reads a large events file in slices
/// (a byte budget each, keys read between them), and parses each slice's
/// whole chunks on several cores. A directory followed that way holds what
/// one followed in one pass holds, slice after slice, and carries on as
/// well afterwards: rows appended, a copytruncate rotation (whose copy is
/// recognised by the bytes read, so the parallel reads must have been
/// taken into the file's fingerprint, or the copy would count twice).
@Suite("Parallel slices of the dashboard's load equal one pass")
struct ParallelLiveSliceTests {
    typealias Random = ParallelIngestTests.Random

    struct Followed {
        let live: LiveDirectory
        var store = MetricsStore()

        init(root: String, workers: Int, chunkBytes: Int) {
            live = LiveDirectory(root: root)
            live.workers = workers
            live.chunkBytes = chunkBytes
        }

        /// Refreshes in slices until nothing is pending; the slices it took.
        mutating func refresh(budget: Int?) -> Int {
            var slices = 0
            // Far enough on that a held last line has settled.
            let now = Date().timeIntervalSince1970 + 3600
            while true {
                slices += 1
                let outcome = live.refresh(store: &store, byteBudget: budget, now: now)
                if !outcome.pending || slices > 10_000 { return slices }
            }
        }

        var json: String {
            ReportJSON.make(store.report(window: .all, asOf: ParallelIngestTests.t0 + 200_000), clock: store.clock)
                .serialized(pretty: false)
        }
    }

    /// `root` followed in one pass and in slices on 2–4 cores, which must
    /// agree: ledger and report JSON.
    static func followBoth(_ root: String, _ r: inout Random, chunk: Int, budget: Int,
                           context: String) -> (onePass: Followed, chunked: Followed) {
        var onePass = Followed(root: root, workers: 1, chunkBytes: chunk)
        var chunked = Followed(root: root, workers: 2 + r.below(3), chunkBytes: chunk)
        _ = onePass.refresh(budget: budget)
        let slices = chunked.refresh(budget: budget)
        #expect(slices > 2, "\(context)")
        #expect(chunked.store.ledger == onePass.store.ledger, "\(context)")
        #expect(ParallelIngestTests.firstDifference(chunked.json, onePass.json) == nil, "\(context)")
        return (onePass, chunked)
    }

    @Test("random files, hostile rows included: sliced and chunked, then appended to and rotated")
    func slicedEqualsOnePass() throws {
        var r = Random(state: 20_261_206)
        for round in 0..<10 {
            let root = NSTemporaryDirectory() + "tablero-slices-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: root) }
            let events = root + "/events.csv"
            let first = ParallelIngestTests.eventsFile(&r, contacts: 800 + r.below(1200), quotedBreaks: round % 3 == 0)
            try Data(first).write(to: URL(fileURLWithPath: events))
            try Data(ParallelIngestTests.surveysFile(&r, answers: 400 + r.below(800), quotes: round % 2 == 0))
                .write(to: URL(fileURLWithPath: root + "/surveys.csv"))
            let chunk = 512 + r.below(3000)
            let budget = chunk * (4 + r.below(12))
            let context = "round \(round), chunks of \(chunk) bytes, slices of \(budget)"
            var (onePass, chunked) = Self.followBoth(root, &r, chunk: chunk, budget: budget, context: context)

            // Rows appended (a large append is chunked too), then logrotate's
            // copytruncate: the copy holds every byte read, the original
            // starts again with new rows.
            let appended = Array(ParallelIngestTests.eventsFile(&r, contacts: 600, quotedBreaks: false).drop { $0 != 0x0A }.dropFirst())
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: events))
            try handle.seekToEnd()
            try handle.write(contentsOf: [0x0A] + appended + [0x0A])
            try handle.close()
            _ = onePass.refresh(budget: nil)
            _ = chunked.refresh(budget: nil)
            #expect(chunked.store.ledger == onePass.store.ledger, "\(context), appended")
            try FileManager.default.copyItem(atPath: events, toPath: root + "/events-1.csv")
            try Data("ts,contact_id,event,channel,queue,agent,first_contact\n\(Int(ParallelIngestTests.t0)),z1,arrive,phone,sales,,\n".utf8)
                .write(to: URL(fileURLWithPath: events))
            _ = onePass.refresh(budget: nil)
            _ = chunked.refresh(budget: nil)
            #expect(chunked.store.ledger == onePass.store.ledger, "\(context), rotated")
            #expect(ParallelIngestTests.firstDifference(chunked.json, onePass.json) == nil, "\(context), rotated")
            if chunked.store.ledger != onePass.store.ledger { return }
        }
    }

    /// Chunks of 128 KiB, larger than the file's 4 KiB one-pass start
    /// (`ParallelRead.headBytes`), as in the dashboard (1 MiB chunks).
    /// Found by a review: a slice whose chunks ended before its budget did
    /// (they end at a line end) left the rest of the budget to the next
    /// files, so on two workers a later file was begun before the rest of
    /// the one before (one worker spent the budget exactly); on files made
    /// for it, 100 orphans where one pass had none. Three events files of
    /// about 640 KB, slices of 150,000 to 420,000 bytes, 64 KiB chunks:
    /// after every slice, a file has rows only once every file before it
    /// has all of its own.
    @Test("slices read the files in order: none is begun before the one before it is done")
    func slicesKeepFileOrder() throws {
        var r = Random(state: 20_261_209)
        try ParallelIngestTests.inScratchDirectory("tablero-slices") { root in
            let names = ["events-1.csv", "events-2.csv", "events-3.csv"]
            for name in names {
                let bytes = ParallelIngestTests.eventsFile(&r, contacts: 6000, quotedBreaks: false, plain: true)
                try Data(bytes).write(to: URL(fileURLWithPath: root + "/" + name))
            }
            var onePass = Followed(root: root, workers: 1, chunkBytes: 64 << 10)
            _ = onePass.refresh(budget: nil)
            func rows(_ store: MetricsStore) -> [Int] {
                names.map { name in store.ledger.files.first { $0.path == name }?.rows ?? 0 }
            }
            let all = rows(onePass.store)
            #expect(all.allSatisfy { $0 > 15_000 })
            let now = Date().timeIntervalSince1970 + 3600
            for budget in [150_000, 300_001, 420_000] {
                var sliced = Followed(root: root, workers: 2, chunkBytes: 64 << 10)
                var slices = 0
                while slices < 1000 {
                    slices += 1
                    let outcome = sliced.live.refresh(store: &sliced.store, byteBudget: budget, now: now)
                    let counts = rows(sliced.store)
                    for i in 1..<counts.count where counts[i] > 0 {
                        #expect(counts[i - 1] == all[i - 1], "budget \(budget), slice \(slices): \(counts) of \(all)")
                    }
                    if !outcome.pending { break }
                }
                #expect(slices > 4)
                #expect(sliced.store.ledger == onePass.store.ledger, "budget \(budget)")
                #expect(ParallelIngestTests.firstDifference(sliced.json, onePass.json) == nil, "budget \(budget)")
            }
        }
    }

    /// Twelve files of two to five 64 KiB chunks, hostile rows in some, in
    /// one slice and in several, then rows appended to the last and the
    /// second: the same as one pass. (Reading the next file's chunks ahead
    /// within a slice, as `report` does, was tried and measured no faster
    /// here; this checked it, and checks the slices without it.)
    @Test("many files of a few chunks, in one slice or several, equal one pass, and after appends")
    func readAheadWithinASlice() throws {
        var r = Random(state: 20_261_210)
        try ParallelIngestTests.inScratchDirectory("tablero-slices") { root in
            for n in 0..<12 {
                let bytes = ParallelIngestTests.eventsFile(&r, contacts: 1200 + r.below(2000), quotedBreaks: n % 4 == 3,
                                                           plain: n % 2 == 0)
                try Data(bytes).write(to: URL(fileURLWithPath: root + "/events-\(String(format: "%02d", n)).csv"))
            }
            for budget in [32 << 20, 700_000] {
                var onePass = Followed(root: root, workers: 1, chunkBytes: 64 << 10)
                var chunked = Followed(root: root, workers: 2, chunkBytes: 64 << 10)
                _ = onePass.refresh(budget: budget)
                let slices = chunked.refresh(budget: budget)
                // About 2.5 MB: one slice of 32 MiB, or several of 700,000 bytes.
                #expect(budget > 1 << 20 ? slices == 1 : slices > 2, "budget \(budget): \(slices) slices")
                #expect(onePass.store.ledger.files.reduce(0) { $0 + $1.rows } > 40_000)
                #expect(chunked.store.ledger == onePass.store.ledger, "budget \(budget)")
                #expect(ParallelIngestTests.firstDifference(chunked.json, onePass.json) == nil, "budget \(budget)")
            }
            var onePass = Followed(root: root, workers: 1, chunkBytes: 64 << 10)
            var chunked = Followed(root: root, workers: 2, chunkBytes: 64 << 10)
            _ = onePass.refresh(budget: 32 << 20)
            _ = chunked.refresh(budget: 32 << 20)
            let more = ParallelIngestTests.eventsFile(&r, contacts: 300, quotedBreaks: false, plain: true)
            for name in ["events-11.csv", "events-01.csv"] {
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: root + "/" + name))
                handle.seekToEndOfFile()
                handle.write(Data(more[(more.firstIndex(of: 0x0A)! + 1)...]))
                try handle.close()
            }
            _ = onePass.refresh(budget: nil)
            _ = chunked.refresh(budget: nil)
            #expect(chunked.store.ledger == onePass.store.ledger)
            #expect(ParallelIngestTests.firstDifference(chunked.json, onePass.json) == nil)
        }
    }

    /// A slice's budget counts the bytes its files' starts parsed, not
    /// the 4 KiB they read: a header-only start leaves the rest to the
    /// chunks. Two files of plain rows (each over two chunks of 64 KiB)
    /// and a budget 100 bytes over their total: one slice, as one pass
    /// takes (a review found the two cut over two slices, the budget short
    /// by the start's unparsed 4 KiB).
    @Test("a budget just over two files: one slice, the start's unparsed bytes not counted against it")
    func budgetCountsParsedBytes() throws {
        var r = Random(state: 20_261_211)
        try ParallelIngestTests.inScratchDirectory("tablero-slices") { root in
            var total = 0
            for n in 0..<2 {
                let bytes = ParallelIngestTests.eventsFile(&r, contacts: 4000, quotedBreaks: false, plain: true) + Array("\n".utf8)
                #expect(ParallelRead.spansChunks(size: bytes.count, chunkBytes: 64 << 10))
                total += bytes.count
                try Data(bytes).write(to: URL(fileURLWithPath: root + "/events-\(n).csv"))
            }
            var onePass = Followed(root: root, workers: 1, chunkBytes: 64 << 10)
            var chunked = Followed(root: root, workers: 2, chunkBytes: 64 << 10)
            #expect(onePass.refresh(budget: total + 100) == 1)
            #expect(chunked.refresh(budget: total + 100) == 1)
            #expect(chunked.store.ledger == onePass.store.ledger)
        }
    }

    @Test("chunks larger than the file's one-pass start, sliced, equal one pass")
    func largeChunksSlicedEqualOnePass() throws {
        var r = Random(state: 20_261_208)
        for round in 0..<2 {
            let events = ParallelIngestTests.eventsFile(&r, contacts: 16_000, quotedBreaks: round == 1, plain: round == 0)
            #expect(events.count > 12 * (128 << 10))
            try ParallelIngestTests.inScratchDirectory("tablero-slices") { root in
                try Data(events).write(to: URL(fileURLWithPath: root + "/events.csv"))
                _ = Self.followBoth(root, &r, chunk: 128 << 10, budget: 6 * (128 << 10), context: "round \(round)")
            }
        }
    }

    /// A surveys file alone, so that its slices are parsed on several
    /// cores (after a large events file, the leftover budget of a slice
    /// mostly reads it the one-pass way).
    @Test("a surveys file read in slices on several cores equals one pass")
    func slicedSurveysEqualOnePass() throws {
        var r = Random(state: 20_261_207)
        for round in 0..<8 {
            let root = NSTemporaryDirectory() + "tablero-slices-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: root) }
            try Data(ParallelIngestTests.surveysFile(&r, answers: 1500 + r.below(1500), quotes: round % 2 == 0))
                .write(to: URL(fileURLWithPath: root + "/surveys.csv"))
            let chunk = 512 + r.below(2000)
            let budget = chunk * (5 + r.below(8))
            let context = "round \(round), chunks of \(chunk) bytes, slices of \(budget)"
            _ = Self.followBoth(root, &r, chunk: chunk, budget: budget, context: context)
        }
    }

    /// A row with an unclosed quote can never end inside a chunk: the
    /// slice reads past it the one-pass way instead of stopping there on
    /// every slice (the rest of the file was never read).
    @Test("an unclosed quote mid-file does not stall the sliced load")
    func unclosedQuoteDoesNotStall() throws {
        let root = NSTemporaryDirectory() + "tablero-slices-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        var text = "ts,contact_id,event,channel,queue,agent,first_contact\n"
        for c in 0..<3000 { text += "\(Int(ParallelIngestTests.t0) + c),c\(c),arrive,phone,sales,,\n" }
        text += "\(Int(ParallelIngestTests.t0)),bad,arrive,\"phone,sales,,\n"
        for c in 0..<3000 { text += "\(Int(ParallelIngestTests.t0) + c),d\(c),arrive,phone,sales,,\n" }
        try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/events.csv"))
        var onePass = Followed(root: root, workers: 1, chunkBytes: 1024)
        var chunked = Followed(root: root, workers: 2, chunkBytes: 1024)
        _ = onePass.refresh(budget: 8 * 1024)
        let slices = chunked.refresh(budget: 8 * 1024)
        #expect(slices < 1000)
        #expect(chunked.store.ledger == onePass.store.ledger)
        #expect(ParallelIngestTests.firstDifference(chunked.json, onePass.json) == nil)
    }
}
