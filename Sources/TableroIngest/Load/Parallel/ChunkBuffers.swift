import Foundation

/// The memory of a parallel load's chunks, handed back once a worker has
/// parsed one and used again for the next. A fresh megabyte per chunk is
/// pages the kernel must zero and map while `pread` fills them: measured
/// at a tenth of the main thread's time on a 1M-contact load (issue 11).
final class ChunkBuffers: @unchecked Sendable {
    private var free: [UnsafeMutableRawBufferPointer] = []
    private let lock = NSLock()

    /// A buffer of at least `bytes`, perhaps larger (its contents are whatever it held).
    func take(_ bytes: Int) -> UnsafeMutableRawBufferPointer {
        lock.lock()
        defer { lock.unlock() }
        if let index = free.lastIndex(where: { $0.count >= bytes }) { return free.remove(at: index) }
        return .allocate(byteCount: bytes, alignment: 16)
    }

    /// Gives a buffer back for the next chunk.
    func give(_ buffer: UnsafeMutableRawBufferPointer) {
        lock.lock()
        defer { lock.unlock() }
        free.append(buffer)
    }

    /// A buffer of at least `size` bytes, holding the first `count` bytes of
    /// `buffer`, which is given back.
    func grow(_ buffer: UnsafeMutableRawBufferPointer, to size: Int, keeping count: Int) -> UnsafeMutableRawBufferPointer {
        let bigger = take(size)
        bigger.baseAddress!.copyMemory(from: buffer.baseAddress!, byteCount: count)
        give(buffer)
        return bigger
    }

    deinit {
        // Every job has handed its buffer back: the load waits for them all.
        for buffer in free { buffer.deallocate() }
    }
}
