import Foundation
import TableroCore

/// One chunk of a parallel load on its way: its bytes, read by the main
/// thread, and its batch, parsed by a worker. The main thread waits on
/// `done` before it touches the batch; the worker touches nothing else.
final class ChunkJob: @unchecked Sendable {
    /// Where its first byte is in the file.
    let offset: Int
    /// Its bytes: the first `length` of a buffer of `buffers`, handed back once parsed.
    private let buffer: UnsafeMutableRawBufferPointer
    private let buffers: ChunkBuffers
    /// Its size in bytes.
    let length: Int
    /// It runs to the end of the file (a last line without its newline counts).
    let final: Bool
    private(set) var batch = EventBatch()
    /// The bytes as read, for a followed file's fingerprint
    /// (`FileCursor.absorb`): parsing rewrites the chunk in place.
    private(set) var asRead: [UInt8] = []
    private let done = DispatchSemaphore(value: 0)

    init(offset: Int, buffer: UnsafeMutableRawBufferPointer, length: Int, buffers: ChunkBuffers, final: Bool) {
        self.offset = offset
        self.buffer = buffer
        self.length = length
        self.buffers = buffers
        self.final = final
    }

    /// Parses the chunk on `queue`, at most `limit.count` at once;
    /// `keepBytes` keeps a copy of them as read (`asRead`).
    func start(on queue: DispatchQueue, limit: DispatchSemaphore, columnMap: [Int], clock: ZoneClock, keepBytes: Bool) {
        queue.async {
            limit.wait()
            defer { limit.signal() }
            let bytes = UnsafeMutableBufferPointer(start: self.buffer.baseAddress!.assumingMemoryBound(to: UInt8.self),
                                                   count: self.length)
            if keepBytes { self.asRead = Array(bytes) }
            self.batch = EventChunkParser.parse(bytes, columnMap: columnMap, clock: clock, final: self.final)
            self.buffers.give(self.buffer)  // the batch holds what the rows said
            self.done.signal()
        }
    }

    /// The batch, once the worker is done with it.
    func waitForBatch() -> EventBatch {
        done.wait()
        return batch
    }
}
