import Foundation
import TableroIngest

/// Appends whole lines to one file of the data directory. Each batch goes
/// out in one `write` on an `O_APPEND` descriptor, so the dashboard tailing
/// the file sees whole rows (a single write of a regular file is not split
/// by another reader's read in practice, and never interleaved with another
/// appender). The descriptor is opened per batch: a file removed, emptied or
/// rotated meanwhile starts again with its header.
struct DemoAppender: Sendable {
    let path: String
    /// The header line written when the file has to be created.
    let header: String
    /// The file existed without a final newline: the first batch starts
    /// with one, so its first row is not glued to the last partial line.
    private var needsNewline: Bool

    init(path: String, header: String) {
        self.path = path
        self.header = header
        if let size = DemoTail.size(path: path), size > 0 {
            needsNewline = DemoTail.read(path: path, offset: size - 1, count: 1) != [0x0A]
        } else {
            needsNewline = false
        }
    }

    mutating func append(_ lines: [UInt8]) throws {
        guard !lines.isEmpty else { return }
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw DemoError.io(path: path, errno: errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw DemoError.io(path: path, errno: errno) }
        var batch: [UInt8] = []
        if info.st_size == 0 && !header.isEmpty {
            // Created just now, or emptied: rows need their header above them
            // (queue_log has none).
            batch = Array((header + "\n").utf8)
        } else if needsNewline {
            batch = [0x0A]
        }
        needsNewline = false
        batch.append(contentsOf: lines)
        if let failed = writeFully(fd, batch) { throw DemoError.io(path: path, errno: failed) }
    }
}
