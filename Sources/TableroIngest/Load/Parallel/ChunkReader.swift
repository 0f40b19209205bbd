import Foundation

/// Reads a file for a parallel load in chunks that end at a line end. Each
/// chunk is read by the worker that parses it (`ChunkJob`), once the chunk
/// before it has said where it ends: the reads follow each other in file
/// order, off the main thread, whose copying of every chunk measured at a
/// twelfth of its time (issue 11). The reads stop (without reaching the
/// end) at a line longer than half the record limit, which the one-pass
/// read handles, and at `end` (a dashboard's slice): the last chunk before
/// it is what is left, up to its last line end.
final class ChunkReader: @unchecked Sendable {
    private let fd: Int32
    private let chunkBytes: Int
    /// No chunk reaches past this offset; nil: the end of the file.
    private let end: Int?
    let buffers = ChunkBuffers()
    /// Why the file could not be opened, and whether it was gone by then.
    let openProblem: FileStatus.Problem?
    /// The file's size when it was opened (0 when it could not be).
    let size: Int

    init(path: String, chunkBytes: Int, end: Int? = nil) {
        fd = open(path, O_RDONLY | O_CLOEXEC)
        self.chunkBytes = chunkBytes
        self.end = end
        openProblem = fd < 0 ? FileStatus.Problem(looking: path, error: errno) : nil
        var info = stat()
        size = fd >= 0 && fstat(fd, &info) == 0 ? Int(info.st_size) : 0
    }

    deinit {
        if fd >= 0 { _ = close(fd) }
    }

    /// What one read gave: a chunk of whole lines (or the rest of the
    /// file) in a buffer of `buffers`, and where the next read starts.
    struct Read {
        var buffer: UnsafeMutableRawBufferPointer?
        var length = 0
        /// The chunk runs to the end of the file.
        var final = false
        var cut: Cut
    }

    /// Where a read left the file for the next one.
    struct Cut: Sendable {
        /// The offset the next chunk starts at.
        var offset: Int
        /// False: no more chunks (the end of the file, a failure, a line
        /// too long, the end of the slice); the reads after it read nothing.
        var more = true
        /// The end of the file was reached.
        var atEnd = false
        var failure: ReadFailure?
    }

    /// The chunk at `offset`: whole lines, or the rest of the file.
    func read(at offset: Int) -> Read {
        if let openProblem { return Read(cut: Cut(offset: offset, more: false, failure: .cannotOpen(openProblem.reason))) }
        if let end, offset >= end { return Read(cut: Cut(offset: offset, more: false)) }
        // The buffer may be larger (reused after a long line): only `size`
        // bytes are read, so no chunk goes past `end`. A slice's last chunk
        // is what is left before `end`: with whole chunks only, up to a
        // chunk's bytes were left to the one-pass read at every file's end
        // (issue 11: the dashboard's first frame on 60 daily files, median
        // of 8, 668 ms with whole chunks, 628 ms so).
        var size = min(chunkBytes, (end ?? .max) - offset)
        var buffer = buffers.take(size)
        var filled = 0
        while true {
            let want = size - filled
            let n: Int
            switch readFully(fd, into: UnsafeMutableRawBufferPointer(rebasing: buffer[filled..<size]), at: offset + filled) {
            case .success(let got): n = got
            case .failure(let error):
                buffers.give(buffer)
                return Read(cut: Cut(offset: offset, more: false, failure: .readFailed(error.reason)))
            }
            filled += n
            if n < want {
                // A slice's chunks lie within the size seen: a short read is
                // a file cut meanwhile, left to the one-pass read (which
                // holds an incomplete last line) and the next listing.
                guard end == nil, filled > 0 else {
                    buffers.give(buffer)
                    return Read(cut: Cut(offset: offset, more: false, atEnd: end == nil))
                }
                return Read(buffer: buffer, length: filled, final: true,
                            cut: Cut(offset: offset + filled, more: false, atEnd: true))
            }
            if let newline = UnsafeRawBufferPointer(rebasing: buffer[..<filled]).lastIndex(of: Byte.newline) {
                return Read(buffer: buffer, length: newline + 1, cut: Cut(offset: offset + newline + 1))
            }
            // No line end yet: a long line. Beyond half the record limit the
            // one-pass read takes over (it rejects what is over the limit).
            if filled >= maxRecordBytes / 2 || end.map({ offset + 2 * filled > $0 }) == true {
                buffers.give(buffer)
                return Read(cut: Cut(offset: offset, more: false))
            }
            size *= 2
            if buffer.count < size { buffer = buffers.grow(buffer, to: size, keeping: filled) }
        }
    }
}
