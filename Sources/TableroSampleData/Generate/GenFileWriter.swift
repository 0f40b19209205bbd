import Foundation
import TableroCore

/// A file written through a large byte buffer, under a hidden temporary
/// name that is renamed into place on `close()`: the dashboard watches the
/// directory and ignores hidden files, so it never reads a half-written file.
final class GenFileWriter {
    let relativePath: String
    private let finalURL: URL
    private let partialURL: URL
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private let flushAt = 1 << 20
    private var flushedBytes = 0
    /// Bytes written so far, buffered ones included.
    var bytesWritten: Int { flushedBytes + buffer.count }
    /// Data rows written (callers bump it; the header is not a row).
    var rows = 0
    // The date part of the last timestamp, reused while rows stay on one day.
    private var cachedDay = Int.min
    private var cachedDate: [UInt8] = []

    init(directory: URL, relativePath: String) throws {
        self.relativePath = relativePath
        finalURL = directory.appendingPathComponent(relativePath)
        let folder = finalURL.deletingLastPathComponent()
        partialURL = folder.appendingPathComponent("." + finalURL.lastPathComponent + ".partial")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: partialURL.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: partialURL.path])
        }
        handle = try FileHandle(forWritingTo: partialURL)
        buffer.reserveCapacity(flushAt + 4096)
    }

    /// Flushes, closes and renames into place; returns the file's size.
    @discardableResult
    func close() throws -> Int {
        try flush()
        try handle.close()
        if FileManager.default.fileExists(atPath: finalURL.path) {
            try FileManager.default.removeItem(at: finalURL)
        }
        try FileManager.default.moveItem(at: partialURL, to: finalURL)
        return bytesWritten
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: Data(buffer))
        flushedBytes += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    /// Called at the end of each row: keeps the buffer, not the file, growing.
    @inline(__always)
    func endRow() throws {
        buffer.append(0x0A)
        rows += 1
        if buffer.count >= flushAt { try flush() }
    }

    /// A header or any other line that is not a data row.
    func line(_ content: String) throws {
        text(content)
        buffer.append(0x0A)
        if buffer.count >= flushAt { try flush() }
    }

    // MARK: pieces of a row

    @inline(__always)
    func byte(_ b: UInt8) {
        buffer.append(b)
    }

    @inline(__always)
    func bytes(_ b: [UInt8]) {
        buffer.append(contentsOf: b)
    }

    func text(_ s: String) {
        buffer.append(contentsOf: s.utf8)
    }

    func int(_ value: Int) {
        if value < 0 {
            byte(UInt8(ascii: "-"))
            int(-value)
            return
        }
        // Digits go in backwards, then the run is reversed in place: no String per number.
        let first = buffer.count
        var v = value
        repeat {
            buffer.append(0x30 + UInt8(v % 10))
            v /= 10
        } while v > 0
        buffer[first...].reverse()
    }

    /// Zero-padded to at least `width` digits (non-negative values).
    func padded(_ value: Int, width: Int) {
        var width = width - 1
        var limit = 10
        while width > 0 {
            if value < limit { byte(0x30) }
            limit = limit > Int.max / 10 ? Int.max : limit * 10
            width -= 1
        }
        int(value)
    }

    @inline(__always)
    private func two(_ v: Int) {
        buffer.append(0x30 + UInt8(v / 10))
        buffer.append(0x30 + UInt8(v % 10))
    }

    /// `YYYY-MM-DD` + separator + `HH:MM:SS` of epoch seconds shifted by `offset`;
    /// the date part is cached because consecutive rows share a day.
    private func stamp(_ t: Int, offset: Int, separator: UInt8) {
        let local = t + offset
        let day = GenCivil.floorDiv(local, 86_400)
        if day != cachedDay {
            let (y, m, d) = Civil.civilFromDays(day)
            cachedDate = Array("\(y)-\(GenFormat.two(m))-\(GenFormat.two(d))".utf8)
            cachedDay = day
        }
        bytes(cachedDate)
        byte(separator)
        let secs = local - day * 86_400
        two(secs / 3600)
        byte(UInt8(ascii: ":"))
        two(secs / 60 % 60)
        byte(UInt8(ascii: ":"))
        two(secs % 60)
    }

    /// RFC 3339 UTC: `2026-11-22T14:15:03Z`.
    func utcStamp(_ t: Int) {
        stamp(t, offset: 0, separator: UInt8(ascii: "T"))
        byte(UInt8(ascii: "Z"))
    }

    /// Local wall time without offset: `2026-11-22 09:15:03`.
    func localStamp(_ t: Int, zone: GenZone) {
        stamp(zone.wallClock(at: t), offset: 0, separator: UInt8(ascii: " "))
    }
}

/// Small formatting helpers shared by the writers.
enum GenFormat {
    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// RFC 4180: quote a field that holds a comma, a quote or a line break, doubling its quotes.
    static func csvBytes(_ s: String) -> [UInt8] {
        let raw = Array(s.utf8)
        guard raw.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return raw }
        var out: [UInt8] = [0x22]
        for b in raw {
            out.append(b)
            if b == 0x22 { out.append(0x22) }
        }
        out.append(0x22)
        return out
    }

    /// Money with two decimals from cents, no thousands separators (DATA.md numbers).
    static func money(cents: Int) -> String {
        "\(cents / 100).\(two(cents % 100))"
    }

    /// `YYYY-MM`.
    static func period(year: Int, month: Int) -> String { "\(year)-\(two(month))" }
}
