import Foundation
import TableroCore

/// One chunk of a parallel load on its way: read, then parsed, off the
/// main thread. Reads run one after another on a serial queue, each from
/// where the chunk before ended (`cut`); parsing runs side by side. The
/// main thread waits on `done` before it touches the job; the workers
/// touch nothing else.
final class ChunkJob<Batch: ChunkBatch>: @unchecked Sendable {
    private let reader: ChunkReader
    /// The job before (nil for the first, which starts at `firstOffset`):
    /// its read ran before this one's on the serial queue.
    private var previous: ChunkJob?
    private let firstOffset: Int
    /// Where its first byte is in the file.
    private(set) var offset = 0
    /// Its size in bytes; 0 when no chunk was read (`cut.more` was false).
    private(set) var length = 0
    /// It runs to the end of the file (a last line without its newline counts).
    private(set) var final = false
    /// Where the next chunk starts, once this one is read.
    private(set) var cut = ChunkReader.Cut(offset: 0)
    private(set) var batch = Batch()
    /// A copy of the bytes as read, for a followed file's fingerprint, when
    /// parsing rewrote them (it takes the quotes out of quoted fields).
    private var copyAsRead: [UInt8]?
    /// The chunk's bytes, from the reader's buffers: given back once parsed,
    /// or, for a followed file's fingerprint, once the job is let go.
    private var buffer: UnsafeMutableRawBufferPointer?
    private let done = DispatchSemaphore(value: 0)

    init(reader: ChunkReader, after previous: ChunkJob?, firstOffset: Int) {
        self.reader = reader
        self.previous = previous
        self.firstOffset = firstOffset
    }

    deinit {
        if let buffer { reader.buffers.give(buffer) }
    }

    /// Reads the chunk on `reads` (a serial queue: in the order the jobs
    /// were started), then parses it on `queue`, at most `limit.count` at
    /// once; `keepBytes` keeps the bytes as read (`withBytesAsRead`);
    /// `placement` places each helper before it works (`HelperPlacement`).
    /// Nothing waits for another job: a worker blocked on one measured a
    /// slower load, the queue not giving the waiting job's core to another.
    func start(reads: DispatchQueue, on queue: DispatchQueue, limit: DispatchSemaphore, columnMap: [Int], clock: ZoneClock,
               keepBytes: Bool, placement: HelperPlacement) {
        reads.async {
            placement.enter()
            self.readChunk()
            guard self.buffer != nil else {
                self.done.signal()
                return
            }
            queue.async {
                placement.enter()
                limit.wait()
                defer { limit.signal() }
                self.parse(columnMap: columnMap, clock: clock, keepBytes: keepBytes)
                self.done.signal()
            }
        }
    }

    private func parse(columnMap: [Int], clock: ZoneClock, keepBytes: Bool) {
        guard let buffer else { return }
        let bytes = UnsafeMutableBufferPointer(start: buffer.baseAddress!.assumingMemoryBound(to: UInt8.self), count: length)
        let quoteFree = CSVScanner.quoteFree(UnsafeBufferPointer(bytes))
        // Only a chunk with quotes is rewritten by parsing: the others stay
        // as read, so no megabyte is copied per chunk for the fingerprint.
        if keepBytes && !quoteFree { copyAsRead = Array(bytes) }
        batch = Batch.parse(bytes, columnMap: columnMap, clock: clock, final: final, quoteFree: quoteFree)
        guard !keepBytes || !quoteFree else { return }
        reader.buffers.give(buffer)  // the batch holds what the rows said
        self.buffer = nil
    }

    /// The chunk's bytes as read (none unless started with `keepBytes`).
    func withBytesAsRead<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
        if let copyAsRead { return copyAsRead.withUnsafeBytes(body) }
        return body(buffer.map { UnsafeRawBufferPointer(rebasing: $0[..<length]) } ?? UnsafeRawBufferPointer(start: nil, count: 0))
    }

    /// This job's read, from where the job before ended.
    private func readChunk() {
        let start = previous?.cut ?? ChunkReader.Cut(offset: firstOffset)
        previous = nil  // no chain of every job of a long file
        offset = start.offset
        let read = start.more ? reader.read(at: start.offset) : ChunkReader.Read(cut: start)
        buffer = read.buffer
        length = read.length
        final = read.final
        cut = read.cut
    }

    /// The batch, once the worker is done with the job.
    func waitForBatch() -> Batch {
        done.wait()
        return batch
    }
}
