import Foundation
import TableroCore

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
    /// The head is kept as its first block's bytes, then a hash per block
    /// (and the bytes of a last block not yet complete): 8 KiB at most, not
    /// 64. A dashboard keeps a fingerprint for every file it has read, and
    /// with 1,200 files of 160 KB their heads were 77 MB of its 145
    /// (issue 11). Comparisons are as exact as with the bytes, but for a
    /// 64-bit hash's collisions, and for a file shorter than the head that
    /// ends inside one of its hashed blocks: it is then taken for a copy
    /// still being written (`.prefix`) if all else agrees, and is compared
    /// again when it changes.
    static let blockBytes = 4 << 10

    /// Bytes `0..<min(headCount, blockBytes)` of the file.
    private var firstBlock: [UInt8] = []
    /// The hash (`WordHash`) of each complete block after the first:
    /// bytes `blockBytes * (i + 1) ..< blockBytes * (i + 2)` for `i`.
    private var blockHashes: [UInt64] = []
    /// The head's bytes after its last complete block (a block not yet complete).
    private var openBlock: [UInt8] = []
    /// Bytes `0..<headCount` of the file make up the head (at most `headLimit`).
    private(set) var headCount = 0
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
        if headCount < Self.headLimit {
            appendHead(UnsafeRawBufferPointer(rebasing: bytes.prefix(Self.headLimit - headCount)))
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

    /// The head's next bytes: into the first block, then block by block.
    private mutating func appendHead(_ bytes: UnsafeRawBufferPointer) {
        var rest = bytes
        if headCount < Self.blockBytes {
            let n = min(Self.blockBytes - headCount, rest.count)
            firstBlock.append(contentsOf: rest.prefix(n))
            headCount += n
            rest = UnsafeRawBufferPointer(rebasing: rest.dropFirst(n))
        }
        while !rest.isEmpty {
            let n = min(Self.blockBytes - openBlock.count, rest.count)
            if openBlock.isEmpty && n == Self.blockBytes {
                blockHashes.append(WordHash.of(UnsafeRawBufferPointer(rebasing: rest.prefix(n))))
            } else {
                openBlock.append(contentsOf: rest.prefix(n))
                if openBlock.count == Self.blockBytes {
                    blockHashes.append(openBlock.withUnsafeBytes { WordHash.of($0) })
                    openBlock.removeAll(keepingCapacity: true)
                }
            }
            headCount += n
            rest = UnsafeRawBufferPointer(rebasing: rest.dropFirst(n))
        }
    }

    /// Gives back the spare capacity of arrays that grew by appends. Cheap
    /// when there is none, so a refresh can call it on every idle file.
    mutating func shedSpareCapacity() {
        if openBlock.isEmpty && openBlock.capacity > 0 { openBlock = [] }
        if firstBlock.capacity - firstBlock.count >= 1024 { firstBlock = firstBlock.withUnsafeBufferPointer { Array($0) } }
    }

    /// Whether the head is the same as a file's first bytes, over the bytes
    /// both have. A hashed block that `fileHead` ends inside cannot be
    /// compared, and counts as the same: `compare` then has a file shorter
    /// than the head, which waits as a copy being written.
    private func head(agreesWith fileHead: [UInt8]) -> Bool {
        let common = min(headCount, fileHead.count)
        return fileHead.withUnsafeBytes { theirs in
            let first = min(common, firstBlock.count)
            if first > 0 {
                let same = firstBlock.withUnsafeBytes { mine in memcmp(mine.baseAddress!, theirs.baseAddress!, first) == 0 }
                if !same { return false }
            }
            for (i, hash) in blockHashes.enumerated() {
                let from = Self.blockBytes * (i + 1)
                guard from < common else { return true }
                guard from + Self.blockBytes <= fileHead.count else { return true }
                if WordHash.of(UnsafeRawBufferPointer(rebasing: theirs[from..<(from + Self.blockBytes)])) != hash {
                    return false
                }
            }
            let from = Self.blockBytes * (blockHashes.count + 1)
            guard from < common else { return true }
            return openBlock.withUnsafeBytes { mine in memcmp(mine.baseAddress!, theirs.baseAddress! + from, common - from) == 0 }
        }
    }

    /// The fingerprint of bytes `0..<length` of an open file; nil when it
    /// is shorter or cannot be read.
    static func of(fd: Int32, length: Int) -> PrefixFingerprint? {
        var print = PrefixFingerprint()
        guard length > 0 else { return print }
        guard let head = readBytes(fd, at: 0, count: min(length, headLimit)) else { return nil }
        let tailStart = max(0, length - tailLimit)
        guard let tail = readBytes(fd, at: tailStart, count: length - tailStart) else { return nil }
        head.withUnsafeBytes { print.appendHead($0) }
        print.shedSpareCapacity()
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
        guard head(agreesWith: fileHead) else { return .different }
        if size < length { return .prefix }
        if fileHead.count < headCount { return .different } // raced: shorter than stat said
        if length <= Self.headLimit { return .same }
        guard let bytes = Self.readBytes(fd, at: length - tail.count, count: tail.count) else { return .different }
        return bytes == tail ? .same : .different
    }

    /// Whether the open file still holds these bytes (nothing was rewritten
    /// under the offset).
    func stillMatches(fd: Int32) -> Bool {
        guard length > 0 else { return true }
        guard let bytes = Self.readBytes(fd, at: 0, count: headCount), head(agreesWith: bytes) else { return false }
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
