import Foundation
import TableroCore

/// Issue 11: a large events or surveys CSV read on every core. The main
/// thread reads the file in chunks cut at line ends; workers parse chunks
/// side by side into batches (`EventBatch`, `SurveyBatch`); the main thread
/// gives the batches to the store in file order. The store sees the same
/// rows in the same order as in a one-pass read, so every figure, rejection
/// and line number is the same (`ParallelIngestTests`): what runs in
/// parallel is the byte work (scanning, timestamps, names, scores), not
/// the contact rules.
///
/// A cut inside a quoted field that holds a line break is found when its
/// chunk ends inside a record; from that record on the file is read in one
/// pass. A line longer than half the record limit is left to the one-pass
/// read too, which rejects records over the limit as it always has.
public enum ParallelRead {
    /// The kinds whose CSV files are read in parallel: the two that grow
    /// large (a row per event, a row per survey answer).
    static func reads(_ file: DataFile) -> Bool {
        (file.kind == .events || file.kind == .surveys) && file.format != .jsonl
    }

    /// The size of a chunk. Small enough that a few in flight stay a few
    /// MB, large enough that a chunk is thousands of rows per hand-off.
    public static let defaultChunkBytes = 1 << 20

    /// The threads from which a large events file's tallies are applied on
    /// a thread of their own (`MetricsStore.beginTallies`). On 1M contacts
    /// that cut the main thread, the load's bottleneck, from 435 to 305 ms,
    /// but the pipeline's thread takes 186 ms where the tallies took about
    /// 130 in line. On two cores, with the workers on the second, that
    /// made the load slower (0.45 against 0.40 s, issue 11), so it waits
    /// for a third core.
    static let talliesApartFrom = 3

    /// The smallest chunk a file is cut into.
    static let smallestChunkBytes = 64 << 10

    /// The chunks a file of `size` bytes is cut into: `atMost`, or for a
    /// file of fewer than 16 of those, a sixteenth of it (not under
    /// `smallestChunkBytes`). A file must span a few chunks to be read in
    /// parallel (`read`, `readSlice`); with 1 MiB chunks alone a directory
    /// of daily files of 3 MB each was read on one core: 1M contacts in 60
    /// such files took 0.81–0.82 s against 0.36–0.43 s in one file, and
    /// in sixteenths 0.48–0.56 s (issue 11). A file of 16 MiB or more is
    /// cut as before.
    static func chunkBytes(forFileOf size: Int, atMost: Int) -> Int {
        min(atMost, max(smallestChunkBytes, size / 16))
    }

    /// Whether a whole file of `size` bytes is worth cutting into chunks
    /// of `chunkBytes` (`read`): more than two of them. With the next
    /// file's first chunks read ahead (`ReadAhead`), a file of two or three
    /// chunks costs the main thread its 4 KiB start and the batches: 1,200
    /// files of 160 KB, read in one pass below four chunks, took 0.85–0.90
    /// s against 1.00–1.10 s.
    static func spansChunks(size: Int, chunkBytes: Int) -> Bool { size > 2 * chunkBytes }

    /// The first read of a file's start, before the chunks: 4 KiB, the
    /// least a read of the cursor takes (also when chunks are smaller, in
    /// tests), of which only the first line (its BOM and header) is parsed
    /// the one-pass way; the rows after it go to the chunks. The check for
    /// a binary file looks at 64 KiB however much this is (`FileCursor`). A
    /// whole 1 MiB chunk took the main thread about 7 ms on the 1M file,
    /// with the workers idle; 64 KiB of each of 1,200 files of 160 KB was
    /// 40 % of their bytes read on the main thread alone, and the 4 KiB of
    /// rows of each after it were 5 MB more, at about three times a chunk's
    /// cost a row. (`readHead` reads on to a chunk's size when the header
    /// is not complete in the first line: a blank line before it, a quoted
    /// line break in it, a header longer than 4 KiB.)
    static let headBytes = 4096

    /// A file's header the one-pass way (of a first read of `headBytes`),
    /// and on up to a chunk's size when that was not enough for the chunks
    /// to follow (a header not in the first line, a header longer than
    /// 64 KiB, or a long line being skipped), as a whole chunk was read before.
    private static func readHead(_ cursor: inout FileCursor, store: inout MetricsStore, buffer: ReadBuffer,
                                 chunkBytes: Int) -> CursorRead {
        let head = headBytes
        // Its header only: its rows go to the chunks, parsed on every core
        // (a header and a 4 KiB tail of rows on this thread, for each of
        // 1,200 files of 160 KB, was 5 MB read the one-pass way).
        let first = cursor.readAvailable(store: &store, buffer: buffer, atEnd: false, limit: head,
                                         firstLineOnly: cursor.offset == 0)
        guard first.failure == nil, chunkableParser(cursor) == nil, head < chunkBytes else { return first }
        let more = cursor.readAvailable(store: &store, buffer: buffer, atEnd: false, limit: chunkBytes - first.bytes)
        return CursorRead(bytes: first.bytes + more.bytes, failure: more.failure)
    }

    /// Reads all of the cursor's file (as `readAvailable(atEnd: true)`),
    /// with `workers` parsing at once. Falls back to the one-pass read for a
    /// file that is not an events or surveys CSV or is smaller than a few chunks.
    static func read(_ cursor: inout FileCursor, store: inout MetricsStore, buffer: ReadBuffer, workers: Int,
                     chunkBytes: Int = defaultChunkBytes, ahead: ReadAhead? = nil) -> CursorRead {
        let size = fileSize(cursor.fullPath)
        let startOffset = cursor.offset
        let chunkBytes = Self.chunkBytes(forFileOf: size, atMost: chunkBytes)
        guard workers > 1, spansChunks(size: size, chunkBytes: chunkBytes), reads(cursor.file) else {
            return cursor.readAvailable(store: &store, buffer: buffer, atEnd: true)
        }
        // The start (a BOM, the header, the first rows, a binary file) the one-pass way.
        let first = readHead(&cursor, store: &store, buffer: buffer, chunkBytes: chunkBytes)
        guard first.failure == nil, var parser = chunkableParser(cursor) else {
            return finishOnePass(&cursor, store: &store, buffer: buffer, from: startOffset, failure: first.failure)
        }
        let failure = readChunks(&cursor, parser: &parser, store: &store, workers: workers, chunkBytes: chunkBytes, end: nil,
                                 ahead: ahead)
        guard failure == nil else { return CursorRead(bytes: cursor.offset - startOffset, failure: failure) }
        return finishOnePass(&cursor, store: &store, buffer: buffer, from: startOffset, failure: nil)
    }

    /// The dashboard's read (`LiveDirectory`): at most about `limit` bytes
    /// of a file seen at `size` bytes, as `readAvailable(atEnd: false)`
    /// reads them; an incomplete last line waits. When the budget spans
    /// five chunks or more, the file's start (its header) is read the
    /// one-pass way, then its chunks up to the slice's end are parsed on
    /// every core (the last one what is left, up to its last line end) and
    /// the slice ends there (the next one goes on from it); only a last
    /// line without its line end is left to the one-pass way. A one-pass
    /// tail on every slice measured a tenth of a 1M-contact first load.
    ///
    /// With `ahead` (a first load), a new file the slice reads whole is cut
    /// as `read` cuts it (more than two chunks), its first chunks perhaps
    /// read ahead while the file before it ended, and the next file's are
    /// started as its own ends. 1,200 files of 160 KB were read one pass
    /// each on the main thread: first frame 0.99-1.05 s (6 runs); cut into
    /// chunks but not read ahead, each file waited on its first chunk:
    /// 1.00-1.29 s; read ahead, 0.79-0.92 s.
    static func readSlice(_ cursor: inout FileCursor, store: inout MetricsStore, buffer: ReadBuffer, workers: Int,
                          size: Int, limit: Int, chunkBytes: Int = defaultChunkBytes, ahead: ReadAhead? = nil) -> CursorRead {
        let startOffset = cursor.offset
        let chunkBytes = Self.chunkBytes(forFileOf: size, atMost: chunkBytes)
        let whole = ahead != nil && cursor.offset == 0 && size <= limit
        let enough = whole ? spansChunks(size: size, chunkBytes: chunkBytes) : min(limit, size - cursor.parsedOffset) >= 5 * chunkBytes
        guard workers > 1, reads(cursor.file), !cursor.heldLineCounted, enough else {
            return cursor.readAvailable(store: &store, buffer: buffer, atEnd: false, limit: limit)
        }
        // A file's start (a BOM, the header, a binary file) the one-pass way.
        if chunkableParser(cursor) == nil {
            let first = readHead(&cursor, store: &store, buffer: buffer, chunkBytes: chunkBytes)
            if first.failure != nil { return CursorRead(bytes: cursor.offset - startOffset, failure: first.failure) }
        }
        // The bytes parsed count, not those read: a header-only start keeps
        // the rest of its 4 KiB for the chunks, which read them again (a
        // review: a file within 4 KiB of the budget was cut in two slices).
        let budget = limit - max(0, cursor.parsedOffset - startOffset)
        let end = cursor.parsedOffset + min(budget, size - cursor.parsedOffset)
        guard end - cursor.parsedOffset >= (whole ? 1 : 4 * chunkBytes), var parser = chunkableParser(cursor) else {
            let rest = cursor.readAvailable(store: &store, buffer: buffer, atEnd: false, limit: budget)
            return CursorRead(bytes: cursor.offset - startOffset, failure: rest.failure)
        }
        let parsedBefore = cursor.parsedOffset
        if let failure = readChunks(&cursor, parser: &parser, store: &store, workers: workers, chunkBytes: chunkBytes, end: end,
                                    ahead: whole && end == size ? ahead : nil) {
            return CursorRead(bytes: cursor.offset - startOffset, failure: failure)
        }
        let used = cursor.offset - startOffset
        // No chunk taken (a record no chunk can hold: an unclosed quote, a
        // very long line): the one-pass read gets past it, or the next
        // slice would stop at the same place for ever.
        let stuck = cursor.parsedOffset <= parsedBefore
        guard stuck || (used < limit && end == size) else { return CursorRead(bytes: used) }
        let rest = cursor.readAvailable(store: &store, buffer: buffer, atEnd: false, limit: max(limit - used, chunkBytes))
        return CursorRead(bytes: cursor.offset - startOffset, failure: rest.failure)
    }

    /// The cursor's parser when the chunks after it can be parsed apart: an
    /// events or surveys CSV past its header, not in the middle of skipping a line.
    private static func chunkableParser(_ cursor: FileCursor) -> CSVFileParser? {
        guard !cursor.finished, let parser = cursor.parser as? CSVFileParser,
              parser.decoder is EventsDecoder || parser.decoder is SurveysDecoder,
              parser.columnMap != nil, !parser.records.scanner.skippingRestOfLine else { return nil }
        return parser
    }

    /// `readChunks` with the file's kind of batch (`chunkableParser` let
    /// through only these two).
    private static func readChunks(_ cursor: inout FileCursor, parser: inout CSVFileParser, store: inout MetricsStore,
                                   workers: Int, chunkBytes: Int, end: Int?, ahead: ReadAhead? = nil) -> ReadFailure? {
        switch parser.decoder {
        case is EventsDecoder:
            readChunks(EventBatch.self, &cursor, parser: &parser, store: &store, workers: workers, chunkBytes: chunkBytes,
                       end: end, ahead: ahead)
        case is SurveysDecoder:
            readChunks(SurveyBatch.self, &cursor, parser: &parser, store: &store, workers: workers, chunkBytes: chunkBytes,
                       end: end, ahead: ahead)
        default:
            nil
        }
    }

    /// Chunks from the cursor's parsed offset on, up to `end` (the last one
    /// what is left before it) or the end of the file (nil), read and parsed by `workers` at
    /// once and applied in file order. The cursor is left where they
    /// stopped: the end, or a record a chunk could not be cut around.
    /// With `ahead` (a whole file), its first chunks may have been started
    /// already, and the next file's are started once the chunks in flight
    /// reach this one's end.
    private static func readChunks<Batch: ChunkBatch>(_: Batch.Type, _ cursor: inout FileCursor, parser: inout CSVFileParser,
                                                      store: inout MetricsStore, workers: Int, chunkBytes: Int,
                                                      end: Int?, ahead: ReadAhead?) -> ReadFailure? {
        guard let columnMap = parser.columnMap else { return nil }
        // The contact rules on this thread, their tallies on another
        // (`TallyPipeline`), when there are cores for both besides the
        // workers (`talliesApartFrom`).
        if Batch.talliesApart && workers >= talliesApartFrom { store.beginTallies() }
        defer { store.endTallies() }
        // A whole file's read only: `report`'s, to the file's end and with no
        // fingerprint, or a dashboard slice's, to the size listed and
        // keeping the bytes for the fingerprint (`readSlice`).
        let ahead = ahead.flatMap { $0.forSlices == (cursor.fingerprint != nil) ? $0 : nil }
        let started = ahead?.take(Batch.self, path: cursor.fullPath, firstOffset: cursor.parsedOffset, columnMap: columnMap,
                                  chunkBytes: chunkBytes, end: end)
        let reader = started?.reader ?? ChunkReader(path: cursor.fullPath, chunkBytes: chunkBytes, end: end)
        let queue = ahead?.queue ?? DispatchQueue.global(qos: .userInitiated)
        let reads = ahead?.reads ?? DispatchQueue(label: "tablero.chunk-reads", qos: .userInitiated)
        let limit = ahead?.limit ?? DispatchSemaphore(value: workers)
        // The helpers off this thread's CPU, when it is the bottleneck, until they are done (below).
        let placement = HelperPlacement(keepingOffThisCPU: Batch.mainThreadBound)
        var inFlight: [ChunkJob<Batch>] = started?.jobs ?? []
        var last: ChunkJob<Batch>? = inFlight.last
        var line = parser.records.scanner.line
        var resumeAt: Int?
        var stop: ChunkReader.Cut?
        while resumeAt == nil {
            // Keep the workers fed: two chunks each ahead of the one applied.
            while inFlight.count < 2 * workers {
                let job = ChunkJob(reader: reader, after: last, firstOffset: cursor.parsedOffset)
                job.start(reads: reads, on: queue, limit: limit, columnMap: columnMap, clock: store.clock,
                          keepBytes: cursor.fingerprint != nil, placement: placement)
                inFlight.append(job)
                last = job
            }
            let job = inFlight.removeFirst()
            let batch = job.waitForBatch()
            guard job.length > 0 else {
                // Nothing left, a failure, or a line too long to cut around.
                stop = job.cut
                if !job.cut.atEnd { resumeAt = job.cut.offset }
                break
            }
            batch.apply(to: &store, fileID: cursor.fileID, firstLine: line)
            line += batch.lines
            // The chunks in flight reach the end: the next file's first
            // chunks keep the workers busy while these are applied.
            if let ahead, job.cut.offset + inFlight.count * chunkBytes >= reader.size {
                ahead.startFollowing(settings: store.settings, clock: store.clock)
            }
            if batch.unconsumed > 0 && !job.final {
                resumeAt = job.offset + job.length - batch.unconsumed
            }
            job.withBytesAsRead { cursor.absorb($0, at: job.offset, count: job.length - batch.unconsumed) }
            if job.final {
                stop = job.cut
                break
            }
        }
        // Chunks read past a fallback point are dropped, once their workers are done.
        for job in inFlight { _ = job.waitForBatch() }
        placement.release()
        parser.records.scanner.line = line
        cursor.parser = parser
        let resumeOffset = resumeAt ?? stop?.offset ?? cursor.parsedOffset
        if let failure = stop?.failure {
            cursor.resume(at: resumeOffset)
            // Removed meanwhile (a rotation): the next listing says so.
            if case .cannotOpen = failure, reader.openProblem?.vanished == true { return nil }
            store.ledger.fileError(cursor.fileID, failure.note)
            return failure
        }
        cursor.resume(at: resumeOffset)
        return nil
    }

    /// The rest of the file the one-pass way (nothing, when all was read).
    private static func finishOnePass(_ cursor: inout FileCursor, store: inout MetricsStore, buffer: ReadBuffer,
                                      from startOffset: Int, failure: ReadFailure?) -> CursorRead {
        guard failure == nil else { return CursorRead(bytes: cursor.offset - startOffset, failure: failure) }
        let rest = cursor.readAvailable(store: &store, buffer: buffer, atEnd: true)
        return CursorRead(bytes: cursor.offset - startOffset, failure: rest.failure)
    }

    private static func fileSize(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }
}
