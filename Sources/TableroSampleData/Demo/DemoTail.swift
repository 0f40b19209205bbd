import Foundation
import TableroCore
import TableroIngest

/// Reads the start and the end of a file without loading it: the demo needs
/// the header (column order), the newest rows (where its clock starts) and
/// the contacts still open at the end of the sample, never the whole history.
enum DemoTail {
    /// Up to `count` bytes from `offset`; empty when the file cannot be read.
    static func read(path: String, offset: Int, count: Int) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return [] }
        defer { close(fd) }
        return (try? readUpTo(fd, limit: count, at: offset).get()) ?? []
    }

    /// Size in bytes, nil when there is no such regular file.
    static func size(path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// The header's column names, trimmed and lowercased (DATA.md matches
    /// them that way); nil for a missing or empty file.
    static func header(path: String) -> [String]? {
        var head = read(path: path, offset: 0, count: 64 << 10)
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { head.removeFirst(3) }
        guard let end = head.firstIndex(of: 0x0A) ?? (head.isEmpty ? nil : head.count) else { return nil }
        let records = CSVRecords.parse(Array(head[..<end]))
        guard let names = records.first, !names.allSatisfy(\.isEmpty) else { return nil }
        return names.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    }

    /// The CSV records of the last `maxBytes` of a file, header excluded.
    /// A tail that starts mid-file drops its first, partial line.
    static func records(path: String, maxBytes: Int) -> [[String]] {
        guard let size = size(path: path), size > 0 else { return [] }
        let from = max(0, size - maxBytes)
        var bytes = read(path: path, offset: from, count: size - from)
        // Whole lines only: mid-file, skip to the first line start; at the
        // start, skip the header line.
        guard let firstNewline = bytes.firstIndex(of: 0x0A) else { return [] }
        bytes.removeSubrange(...firstNewline)
        return CSVRecords.parse(bytes)
    }

    /// Newest time in the `ts` column of the tail of a CSV file.
    static func newestTime(csv path: String, clock: ZoneClock, tailBytes: Int = 64 << 10) -> Double? {
        guard let names = header(path: path), let ts = names.firstIndex(of: "ts") else { return nil }
        var newest: Double?
        for row in records(path: path, maxBytes: tailBytes) where ts < row.count {
            if let t = Timestamp.parse(row[ts], clock: clock) { newest = max(newest ?? t, t) }
        }
        return newest
    }

    /// Newest epoch of the last lines of an Asterisk queue_log.
    static func newestQueueLogTime(path: String, tailBytes: Int = 16 << 10) -> Double? {
        guard let size = size(path: path), size > 0 else { return nil }
        let from = max(0, size - tailBytes)
        let text = String(decoding: read(path: path, offset: from, count: size - from), as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        if from > 0, !lines.isEmpty { lines.removeFirst() }
        return lines.compactMap { line in line.split(separator: "|", maxSplits: 1).first.flatMap { Double($0) } }.max()
    }
}
