import Foundation

/// What a cursor has read of a file, in short: its first bytes (up to
/// 64 KiB) and the last 4 KiB before the offset. Enough to tell, without
/// keeping the file, whether another file starts with the same bytes: a
/// `copytruncate` copy, a file recreated with the old rows and new ones
/// after them, a file whose bytes were rewritten under our offset.
///
/// Bytes are kept rather than hashed so a file still being copied can be
/// compared over the part that exists so far. Between the head and the tail
/// nothing is compared: two different files with the same first 64 KiB and
/// the same 4 KiB at the same offset are taken for copies of each other.
struct PrefixFingerprint: Equatable {
    static let headLimit = 64 << 10
    static let tailLimit = 4 << 10

    /// Bytes `0..<head.count` of the file.
    private(set) var head: [UInt8] = []
    /// The bytes just before `length` (a rolling window).
    private(set) var tail: [UInt8] = []
    /// Bytes of the file this describes: `0..<length`.
    private(set) var length = 0

    init() {}

    /// Adds bytes read from file offset `start`; those before `length`
    /// (read again) are skipped. They must not start after `length`.
    mutating func absorb(_ read: UnsafeRawBufferPointer, at start: Int) {
        let known = length - start
        guard known < read.count else { return }
        absorb(UnsafeRawBufferPointer(rebasing: read[max(known, 0)...]))
    }

    /// Adds the next bytes read (they start at `length`).
    mutating func absorb(_ bytes: UnsafeRawBufferPointer) {
        guard bytes.count > 0 else { return }
        if head.count < Self.headLimit {
            head.append(contentsOf: bytes.prefix(Self.headLimit - head.count))
        }
        if bytes.count >= Self.tailLimit {
            tail = Array(bytes.suffix(Self.tailLimit))
        } else {
            let keep = Self.tailLimit - bytes.count
            if tail.count > keep { tail.removeFirst(tail.count - keep) }
            tail.append(contentsOf: bytes)
        }
        length += bytes.count
    }

    /// The fingerprint of bytes `0..<length` of an open file; nil when it
    /// is shorter or cannot be read.
    static func of(fd: Int32, length: Int) -> PrefixFingerprint? {
        var print = PrefixFingerprint()
        guard length > 0 else { return print }
        guard let head = readBytes(fd, at: 0, count: min(length, headLimit)) else { return nil }
        let tailStart = max(0, length - tailLimit)
        guard let tail = readBytes(fd, at: tailStart, count: length - tailStart) else { return nil }
        print.head = head
        print.tail = tail
        print.length = length
        return print
    }

    enum Comparison: Equatable {
        /// The file holds these bytes, and maybe more after them.
        case same
        /// The file is shorter, and what it holds of the head is the same
        /// (a copy being written; or an empty file).
        case prefix
        case different
    }

    /// Compares with an open file of `size` bytes whose first bytes are
    /// `fileHead` (up to `headLimit`, read once for many comparisons).
    func compare(fd: Int32, size: Int, fileHead: [UInt8]) -> Comparison {
        let common = min(head.count, fileHead.count)
        guard head[0..<common] == fileHead[0..<common] else { return .different }
        if size < length { return .prefix }
        if fileHead.count < head.count { return .different } // raced: shorter than stat said
        if length <= Self.headLimit { return .same }
        guard let bytes = Self.readBytes(fd, at: length - tail.count, count: tail.count) else { return .different }
        return bytes == tail ? .same : .different
    }

    /// Whether the open file still holds these bytes (nothing was rewritten
    /// under the offset).
    func stillMatches(fd: Int32) -> Bool {
        guard length > 0 else { return true }
        guard let bytes = Self.readBytes(fd, at: 0, count: head.count), bytes == head else { return false }
        guard length > Self.headLimit else { return true }
        return Self.readBytes(fd, at: length - tail.count, count: tail.count) == tail
    }

    /// `count` bytes at `offset`, or nil when the file has fewer.
    static func readBytes(_ fd: Int32, at offset: Int, count: Int) -> [UInt8]? {
        readExactly(fd, count: count, at: offset)
    }

    /// Up to `limit` first bytes of an open file (fewer when it is shorter;
    /// none when it cannot be read, which then compares as different).
    static func readHead(_ fd: Int32, limit: Int = headLimit) -> [UInt8] {
        (try? readUpTo(fd, limit: limit, at: 0).get()) ?? []
    }
}
