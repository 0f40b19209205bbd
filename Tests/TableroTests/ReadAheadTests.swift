import Foundation
import Testing
@testable import TableroIngest
import TableroCore
import TableroReport

/// The next file's chunks are started before its read, from a guess of
/// where its one-pass start will end (`ReadAhead.Guess`). A right guess is
/// what makes the read ahead worth it; a wrong one must be dropped, which
/// `ParallelIngestTests` check by the figures. Here: the guess against
/// what the file's own one-pass start leaves.
@Suite struct ReadAheadTests {
    static let header = "ts,contact_id,event,channel,queue,agent,first_contact"

    /// 8,000 rows of about 45 bytes: about 360 KB, over four chunks of 64 KiB.
    static func rows(_ lineEnd: String = "\n") -> String {
        (0..<8000).map { "\(1_795_338_000 + $0),c\($0),arrive,phone,sales,,\(lineEnd)" }.joined()
    }

    /// The guess for `text` as `name`, and where a cursor's start ends (its
    /// header, of a first read of `ParallelRead.headBytes`, as
    /// `ParallelRead.readHead` reads it), with its column map.
    static func guessAndStart(_ text: String, name: String = "events.csv", kind: DataKind = .events) throws
        -> (guess: ReadAhead.Guess?, parsedOffset: Int, columnMap: [Int]?) {
        try ParallelIngestTests.inScratchDirectory("tablero-ahead") { root in
            try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + name))
            let file = DataFile(path: name, kind: kind, format: .csv)
            let guess = ReadAhead.Guess(file, path: root + "/" + name, settings: Settings(), clock: .utc,
                                        chunkBytes: ParallelRead.defaultChunkBytes)
            var store = MetricsStore()
            var cursor = FileCursor(file: file, root: root, store: &store)
            cursor.readAvailable(store: &store, atEnd: false, limit: ParallelRead.headBytes, firstLineOnly: true)
            return (guess, cursor.parsedOffset, (cursor.parser as? CSVFileParser)?.columnMap)
        }
    }

    @Test("a plain file: the guess is where its start (its header) ends, with its columns")
    func plainFile() throws {
        let r = try Self.guessAndStart(Self.header + "\n" + Self.rows())
        let guess = try #require(r.guess)
        #expect(guess.chunkBytes == 64 << 10)  // a sixteenth of 360 KB is under the smallest chunk
        #expect(guess.firstOffset == r.parsedOffset && guess.columnMap == r.columnMap)
        // The header and its line end: the rows are all left to the chunks.
        #expect(r.parsedOffset == Self.header.utf8.count + 1)
        #expect(guess.decoder is EventsDecoder)
    }

    @Test("a BOM, CRLF line ends and columns in another order: still where the start ends")
    func bomAndCRLF() throws {
        let header = "\u{FEFF}contact_id,ts,event,channel,queue,agent,first_contact\r\n"
        let rows = (0..<8000).map { "c\($0),\(1_795_338_000 + $0),arrive,phone,sales,,\r\n" }.joined()
        let r = try Self.guessAndStart(header + rows)
        let guess = try #require(r.guess)
        #expect(guess.firstOffset == r.parsedOffset && guess.columnMap == r.columnMap)
        #expect(guess.columnMap.prefix(2) == [1, 0])
    }

    @Test("a quoted line break in the first 4 KiB: the start ends at the header all the same, and the guess with it")
    func quotedBreakAcrossTheStart() throws {
        let r = try Self.guessAndStart(Self.straddling())
        let guess = try #require(r.guess)
        // When the start read 4 KiB of rows one pass, it stopped before the
        // row at 4,040 and the guess (the last line end) was past the line
        // break inside it, at 4,078: wrong. Both are the header's end now.
        #expect(r.parsedOffset == Self.header.utf8.count + 1 && guess.firstOffset == r.parsedOffset)
        #expect(guess.columnMap == r.columnMap)
    }

    /// An events file whose row at byte 4,040 has a quoted agent field
    /// holding a line break (at 4,040 + 37, within the first 4 KiB, the
    /// one-pass start) and ending after it; then 8,000 plain rows.
    static func straddling() -> String {
        var text = header + "\n"
        while text.utf8.count < 4040 - 90 { text += "1795338000,c\(text.utf8.count),arrive,phone,sales,,\n" }
        // A row padded to end at 4,040 exactly (its queue name takes the rest).
        let filler = "1795338000,f,arrive,phone,,,\n"
        text += filler.replacingOccurrences(of: ",,,", with: "," + String(repeating: "s", count: 4040 - text.utf8.count - filler.utf8.count) + ",,")
        text += "1795338001,q1,answer,phone,sales,\"Ana\n" + String(repeating: "R", count: 40) + "\",\n" + rows()
        return text
    }

    @Test("not looked ahead: a file of one chunk's worth, a surveys file's wrong header")
    func noGuess() throws {
        // 120 KB: under two chunks of 64 KiB, read in one pass.
        let small = Self.header + "\n" + String(Self.rows().prefix(120_000))
        #expect(try Self.guessAndStart(small).guess == nil)
        // The header lacks the required columns: the read stops there.
        #expect(try Self.guessAndStart("when,who\n" + Self.rows()).guess == nil)
        // A surveys file: its decoder.
        let surveys = "ts,type,score,contact_id,channel,queue,agent,comment,responded_at\n"
            + (0..<8000).map { "\(1_795_338_000 + $0),csat,5,c\($0),phone,sales,Ana,,\n" }.joined()
        let r = try Self.guessAndStart(surveys, name: "surveys.csv", kind: .surveys)
        #expect(try #require(r.guess).decoder is SurveysDecoder)
        #expect(r.guess?.firstOffset == r.parsedOffset)
    }

    /// The dashboard's slices look ahead too (`forSlices`): the chunks stop
    /// at the size the file had when guessed at (its last incomplete line
    /// is left to the one-pass read), keep their bytes for the file's
    /// fingerprint, and are taken only by a read that ends there. A
    /// `report` read (to the end of the file) takes only its own kind.
    @Test("for slices: chunks ahead end at the size guessed at, keep their bytes, and are taken only by a read to that size")
    func aheadForSlices() throws {
        try ParallelIngestTests.inScratchDirectory("tablero-ahead") { root in
            // 360 KB of rows, then a last line without its line end.
            let bytes = Array((Self.header + "\n" + Self.rows() + "1795346000,late,arrive,phone").utf8)
            let path = root + "/events.csv"
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            let file = DataFile(path: "events.csv", kind: .events, format: .csv)
            let store = MetricsStore()
            func started(forSlices: Bool) -> ReadAhead {
                let ahead = ReadAhead(workers: 2, chunkBytes: ParallelRead.defaultChunkBytes, forSlices: forSlices)
                ahead.following = (file, path)
                ahead.startFollowing(settings: store.settings, clock: store.clock)
                return ahead
            }
            let guess = try #require(ReadAhead.Guess(file, path: path, settings: store.settings, clock: store.clock,
                                                     chunkBytes: ParallelRead.defaultChunkBytes))
            func ahead(_ ahead: ReadAhead, from firstOffset: Int, end: Int?) -> [ChunkJob<EventBatch>]? {
                ahead.take(EventBatch.self, path: path, firstOffset: firstOffset, columnMap: guess.columnMap,
                           chunkBytes: guess.chunkBytes, end: end)?.jobs
            }
            func take(_ started: ReadAhead, end: Int?) -> [ChunkJob<EventBatch>]? {
                ahead(started, from: guess.firstOffset, end: end)
            }
            // Another start (a read whose header was not its first line
            // alone), another end, or a read to the end of the file: not taken.
            #expect(ahead(started(forSlices: true), from: guess.firstOffset + 1, end: bytes.count) == nil)
            #expect(take(started(forSlices: true), end: bytes.count - 1) == nil)
            #expect(take(started(forSlices: true), end: nil) == nil)
            #expect(take(started(forSlices: false), end: bytes.count) == nil)
            #expect(take(started(forSlices: false), end: nil) != nil)
            // Taken by a read to the size: one chunk per worker, from the
            // guessed start, each holding the file's own bytes.
            let jobs = try #require(take(started(forSlices: true), end: bytes.count))
            #expect(jobs.count == 2)
            for job in jobs { _ = job.waitForBatch() }  // a job knows its offset once it has read
            #expect(jobs.first?.offset == guess.firstOffset)
            for job in jobs {
                #expect(job.length > 0)
                let held = job.withBytesAsRead { Array($0.prefix(job.length)) }
                #expect(held == Array(bytes[job.offset..<(job.offset + job.length)]))
            }
        }
    }

    /// Found by a review: a new version renamed over the next file after
    /// its chunks were started ahead, with the same first 8 KiB (so the
    /// same start and columns), joined its start to the old version's
    /// chunks: rows neither version holds in that mix.
    @Test("the next file renamed over after its chunks were started: they are dropped, the figures are the new file's")
    func replacedAfterTheGuess() throws {
        try ParallelIngestTests.inScratchDirectory("tablero-ahead") { root in
            let old = Array((Self.header + "\n" + Self.rows()).utf8)
            // The same first 8 KiB, then every row in another queue.
            var new = old
            let queue = Array("sales".utf8), other = Array("SWAPD".utf8)
            var i = 8192
            while i + 5 <= new.count {
                if Array(new[i..<(i + 5)]) == queue { new.replaceSubrange(i..<(i + 5), with: other) }
                i += 1
            }
            #expect(new.count == old.count && new[..<8192] == old[..<8192] && new != old)
            let path = root + "/events-b.csv"
            try Data(old).write(to: URL(fileURLWithPath: path))
            let file = DataFile(path: "events-b.csv", kind: .events, format: .csv)
            let ahead = ReadAhead(workers: 2, chunkBytes: ParallelRead.defaultChunkBytes)
            ahead.following = (file, path)
            var store = MetricsStore()
            ahead.startFollowing(settings: store.settings, clock: store.clock)
            // The writer renames the new version over it; its time moves on too.
            try Data(new).write(to: URL(fileURLWithPath: root + "/tmp.csv"))
            #expect(rename(root + "/tmp.csv", path) == 0)
            var cursor = FileCursor(file: file, root: root, store: &store)
            _ = ParallelRead.read(&cursor, store: &store, buffer: ReadBuffer(), workers: 2, ahead: ahead)
            ahead.drain()
            var onePass = MetricsStore()
            var oneCursor = FileCursor(file: file, root: root, store: &onePass)
            _ = oneCursor.readAvailable(store: &onePass, atEnd: true)
            func json(_ s: MetricsStore) -> String {
                ReportJSON.make(s.report(window: .all, asOf: ParallelIngestTests.t0 + 200_000), clock: s.clock).serialized(pretty: false)
            }
            #expect(ParallelIngestTests.firstDifference(json(store), json(onePass)) == nil)
            #expect(json(store).contains("SWAPD"))
        }
    }

    @Test("a quoted line break in the next file's first rows, and a header without its columns after it: the figures are one pass's")
    func wrongGuessDropped() throws {
        var first = Self.header + "\n"
        first += (0..<9000).map { "\(1_795_330_000 + $0),a\($0),arrive,phone,sales,,\n" }.joined()
        let second = Self.straddling()
        let onePass = try ParallelIngestTests.expectChunkedEqualsOnePass(
            [("events-1.csv", Array(first.utf8)), ("events-2.csv", Array(second.utf8)),
             ("events-3.csv", Array(("when,who\n" + Self.rows()).utf8))],
            chunkBytes: ParallelRead.defaultChunkBytes, context: "a wrong guess")
        // Every line a row but the header, and the quoted break's two lines one.
        let secondRows = second.utf8.filter { $0 == 0x0A }.count - 2
        #expect(onePass.ledger.files.map(\.rows) == [9000, secondRows, 0])
        #expect(onePass.ledger.files[2].errors.first?.contains("missing required column") == true)
    }
}
