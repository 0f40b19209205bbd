import Foundation
import TableroCore

/// A whole load's parallel reads, file after file (`DirectoryLoader`): the
/// first chunks of the next file are read and parsed while the main thread
/// gives the store the last chunks of the file before. Without it, at
/// every file's end the workers stood idle while the main thread applied
/// the chunks still in flight, and at the next file's start the main
/// thread waited for its first chunk (issue 11: a directory of daily files).
///
/// Where the next file's chunks start and its header's columns are guessed
/// from its first bytes, as its one-pass start will read them. Its read
/// takes the chunks only when that start ended at the same offset with the
/// same columns (`take`), and drops them otherwise: a wrong guess costs
/// time, never a figure; nor are they taken when the file is no longer the
/// one they were read from.
///
/// The dashboard's first load looks ahead too (`forSlices`), within a
/// slice: there the next file is read ahead only up to its size when it
/// was guessed at, its last incomplete line left to its one-pass read,
/// and the chunks keep their bytes for the file's fingerprint. Without
/// it, a directory of 1,200 files of 160 KB was read on one core by the
/// dashboard, or each file's chunks waited on a worker's first one.
final class ReadAhead {
    /// The pool every file's chunks are parsed on, and the serial queue
    /// their reads follow each other on; at most `workers` parse at once,
    /// whichever file they are of.
    let queue = DispatchQueue.global(qos: .userInitiated)
    let reads = DispatchQueue(label: "tablero.chunk-reads", qos: .userInitiated)
    let limit: DispatchSemaphore
    let workers: Int
    /// The load's chunk size (a smaller file's chunks are smaller).
    let chunkBytes: Int
    /// The dashboard's slices: chunks up to the size guessed at, keeping their bytes.
    let forSlices: Bool
    /// The file read after the one being read (its full path), set by the
    /// loader before each file's read.
    var following: (file: DataFile, path: String)? {
        didSet { triedFollowing = false }
    }
    private var triedFollowing = false
    private var pending: (any PendingChunks)?

    init(workers: Int, chunkBytes: Int, forSlices: Bool = false) {
        self.workers = workers
        self.chunkBytes = chunkBytes
        self.forSlices = forSlices
        limit = DispatchSemaphore(value: workers)
    }

    deinit { drain() }

    /// Starts reading and parsing the first chunks of `following`, once,
    /// unless it is not read in chunks (`ParallelRead.read` would not cut it).
    func startFollowing(settings: Settings, clock: ZoneClock) {
        guard !triedFollowing else { return }
        triedFollowing = true
        guard pending == nil, let (file, path) = following, ParallelRead.reads(file),
              let guess = Guess(file, path: path, settings: settings, clock: clock, chunkBytes: chunkBytes) else { return }
        pending = switch guess.decoder {
        case is EventsDecoder: ChunksAhead<EventBatch>(path: path, guess: guess, ahead: self, clock: clock)
        case is SurveysDecoder: ChunksAhead<SurveyBatch>(path: path, guess: guess, ahead: self, clock: clock)
        default: nil
        }
    }

    /// The chunks started ahead for the file at `path`, when its one-pass
    /// start ended where they start (`firstOffset`), with `columnMap`, its
    /// chunks are `chunkBytes` up to `end` (nil: the end of the file; a
    /// slice's end is the size guessed at), and it is still the file they
    /// were read from; nil otherwise, and chunks started for anything else
    /// are dropped.
    func take<Batch: ChunkBatch>(_: Batch.Type, path: String, firstOffset: Int, columnMap: [Int],
                                 chunkBytes: Int, end: Int?) -> (reader: ChunkReader, jobs: [ChunkJob<Batch>])? {
        defer { drain() }
        guard let chunks = pending as? ChunksAhead<Batch>, chunks.path == path,
              chunks.guess.firstOffset == firstOffset, chunks.guess.columnMap == columnMap,
              chunks.guess.chunkBytes == chunkBytes, end == chunks.end, chunks.guess.unchanged(at: path) else { return nil }
        pending = nil
        return (chunks.reader, chunks.jobs)
    }

    /// Waits for chunks started and not taken, and drops them.
    func drain() {
        pending?.drain()
        pending = nil
    }

    /// What the next file's one-pass start is expected to leave: the
    /// offset its chunks start at (past its header, its first line), its
    /// header's column map, and the size of its chunks.
    struct Guess {
        var firstOffset: Int
        var columnMap: [Int]
        var chunkBytes: Int
        var decoder: any RowDecoder
        /// The file guessed at (and read ahead: its chunks' reader opens it
        /// right after): its identity, size and modification time.
        var status: FileStatus

        /// Whether `path` is still the file guessed at, as it was: not
        /// renamed over, rewritten or grown since (a review: a version
        /// renamed over it before its read joined its start to the old
        /// version's chunks).
        func unchanged(at path: String) -> Bool {
            guard case .success(let now) = FileStatus.of(path) else { return false }
            return now.identity == status.identity && now.size == status.size && now.modified == status.modified
        }

        /// Nil when the file is not cut into chunks, cannot be read, or its
        /// first line is not a header with the required columns.
        init?(_ file: DataFile, path: String, settings: Settings, clock: ZoneClock, chunkBytes atMost: Int) {
            let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
            guard fd >= 0 else { return nil }
            defer { close(fd) }
            var info = stat()
            guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
            status = FileStatus(info)
            let size = Int(info.st_size)
            chunkBytes = ParallelRead.chunkBytes(forFileOf: size, atMost: atMost)
            guard ParallelRead.spansChunks(size: size, chunkBytes: chunkBytes) else { return nil }
            let head = ParallelRead.headBytes
            guard case .success(let bytes) = readUpTo(fd, limit: head, at: 0), bytes.count == head,
                  let headerEnd = bytes.firstIndex(of: Byte.newline) else { return nil }
            // A parser and store of its own (a header without the required
            // columns is noted in the scratch store's ledger, and dropped).
            var scratch = MetricsStore(settings: settings, clock: clock)
            let fileID = scratch.ledger.fileID(path: file.path, kind: file.kind)
            guard var parser = FileCursor.makeParser(file, fileID: fileID) as? CSVFileParser else { return nil }
            var header = Array(bytes[...headerEnd])
            _ = header.withUnsafeMutableBufferPointer { parser.feed($0, final: false, store: &scratch) }
            guard let columnMap = parser.columnMap else { return nil }
            self.columnMap = columnMap
            // Where the file's own start ends: its header (`ParallelRead.readHead`).
            firstOffset = headerEnd + 1
            decoder = parser.decoder
        }
    }
}

/// Chunks started ahead, of some kind of batch.
protocol PendingChunks: AnyObject {
    /// Waits until no worker touches them.
    func drain()
}

/// The first chunks of a file, started before its read (`ReadAhead`): one
/// per worker, chained from the guessed offset. Its read keeps twice as
/// many in flight, but that many ahead held some 5 MB more for no time
/// gained (1M contacts dealt out over three files: 150–153 MiB at the peak,
/// 146–148 with one per worker, 142 without reading ahead).
final class ChunksAhead<Batch: ChunkBatch>: PendingChunks {
    let path: String
    let guess: ReadAhead.Guess
    /// Where the chunks stop: nil, the end of the file; in slices, its size guessed at.
    let end: Int?
    let reader: ChunkReader
    let jobs: [ChunkJob<Batch>]

    init(path: String, guess: ReadAhead.Guess, ahead: ReadAhead, clock: ZoneClock) {
        self.path = path
        self.guess = guess
        end = ahead.forSlices ? guess.status.size : nil
        reader = ChunkReader(path: path, chunkBytes: guess.chunkBytes, end: end)
        // The threads keep the placement they have: this file's read places
        // its own helpers once it begins.
        let placement = HelperPlacement(keepingOffThisCPU: false)
        var jobs: [ChunkJob<Batch>] = []
        for _ in 0..<ahead.workers {
            let job = ChunkJob<Batch>(reader: reader, after: jobs.last, firstOffset: guess.firstOffset)
            job.start(reads: ahead.reads, on: ahead.queue, limit: ahead.limit, columnMap: guess.columnMap, clock: clock,
                      keepBytes: ahead.forSlices, placement: placement)
            jobs.append(job)
        }
        self.jobs = jobs
    }

    func drain() {
        for job in jobs { _ = job.waitForBatch() }
    }
}
