import Foundation

/// Reads a file for a parallel load in chunks that end at a line end, from
/// `offset` on. It stops (without reaching the end) at a line longer than
/// half the record limit, which the one-pass read handles, and before a
/// chunk that would go past `end` (a dashboard's slice).
struct ChunkReader {
    private let fd: Int32
    /// The file offset the next chunk starts at.
    private(set) var offset: Int
    private let chunkBytes: Int
    /// No more chunks: the end of the file, a failure, or a line too long.
    private(set) var done = false
    /// The end of the file was reached.
    private(set) var atEnd = false
    private(set) var failure: ReadFailure?
    /// No chunk reaches past this offset; nil: the end of the file.
    private let end: Int?
    private let buffers = ChunkBuffers()

    init(path: String, offset: Int, chunkBytes: Int, end: Int? = nil) {
        fd = open(path, O_RDONLY | O_CLOEXEC)
        self.offset = offset
        self.chunkBytes = chunkBytes
        self.end = end
        if fd < 0 {
            failure = .cannotOpen(String(cString: strerror(errno)))
            done = true
        }
    }

    func close() {
        if fd >= 0 { _ = Foundation.close(fd) }
    }

    /// The next chunk: whole lines, or the rest of the file.
    mutating func next() -> ChunkJob? {
        guard !done else { return nil }
        if let end, offset + chunkBytes > end {
            done = true
            return nil
        }
        var buffer = buffers.take(chunkBytes)
        var filled = 0
        while true {
            let want = buffer.count - filled
            let start = offset + filled
            let n: Int
            switch readFully(fd, into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]), at: start) {
            case .success(let got): n = got
            case .failure(let error):
                buffers.give(buffer)
                failure = .readFailed(error.reason)
                done = true
                return nil
            }
            filled += n
            if n < want {
                done = true
                // A slice's chunks lie within the size seen: a short read is
                // a file cut meanwhile, left to the one-pass read (which
                // holds an incomplete last line) and the next listing.
                if end != nil {
                    buffers.give(buffer)
                    return nil
                }
                atEnd = true
                guard filled > 0 else {
                    buffers.give(buffer)
                    return nil
                }
                return take(buffer, length: filled, final: true)
            }
            if let newline = UnsafeRawBufferPointer(rebasing: buffer[..<filled]).lastIndex(of: Byte.newline) {
                return take(buffer, length: newline + 1, final: false)
            }
            // No line end yet: a long line. Beyond half the record limit the
            // one-pass read takes over (it rejects what is over the limit).
            if filled >= maxRecordBytes / 2 || end.map({ offset + 2 * filled > $0 }) == true {
                buffers.give(buffer)
                done = true
                return nil
            }
            buffer = buffers.grow(buffer, keeping: filled)
        }
    }

    private mutating func take(_ buffer: UnsafeMutableRawBufferPointer, length: Int, final: Bool) -> ChunkJob {
        let job = ChunkJob(offset: offset, buffer: buffer, length: length, buffers: buffers, final: final)
        offset += length
        return job
    }
}
