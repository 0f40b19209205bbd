/// A contact id as the store's table keys it. An id of up to 15 UTF-8
/// bytes (nearly every id: `C0000001`, a call's unique id) is held in the
/// key's two words, so a row carries no String: a worker makes none and
/// the main thread retains, releases and compares none. Those measured at
/// a tenth of a large load's main thread and a twelfth of its workers
/// (issue 11). A longer id is marked long, and its text travels and is
/// kept beside the key (`BatchEventRow.longID`, `ContactTable`), where it
/// is compared.
public struct ContactKey: Equatable, Sendable, BitwiseCopyable {
    /// Bytes 0..<8, the first in the lowest byte; bytes past the id are zero.
    private(set) var low: UInt64
    /// Bytes 8..<15 in the low seven bytes; the id's length in the top
    /// byte, or `longMark`.
    private(set) var high: UInt64

    /// The longest id held in the key.
    public static let longestHeld = 15
    private static let longMark: UInt64 = 0xFF

    /// The key of an id longer than `longestHeld`: all such keys are equal,
    /// and their texts tell them apart.
    public static let long = ContactKey(low: 0, high: longMark << 56)

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// The key of an id given as its UTF-8 bytes.
    public init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count <= Self.longestHeld else {
            self = .long
            return
        }
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
        self.init(low: UInt64(littleEndian: words.0), high: UInt64(littleEndian: words.1) | UInt64(bytes.count) << 56)
    }

    /// The key of an id of `count` (at most `longestHeld`) bytes at `start`,
    /// from two 8-byte loads: the 16 bytes from `start` must be readable
    /// (a reader's row, with more fields after the id).
    @inline(__always)
    public init(loading start: UnsafeRawPointer, count: Int) {
        assert(count > 0 && count <= Self.longestHeld, "an id the key holds")
        let first = UInt64(littleEndian: start.loadUnaligned(as: UInt64.self))
        let second = UInt64(littleEndian: start.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        // The bytes past the id, masked off: shifts of 64 and more are 0 in Swift's `<<`.
        let lowMask: UInt64 = count >= 8 ? ~0 : (1 << UInt64(count * 8)) &- 1
        let highMask: UInt64 = count <= 8 ? 0 : (1 << UInt64((count - 8) * 8)) &- 1
        self.init(low: first & lowMask, high: (second & highMask) | UInt64(count) << 56)
    }

    public init(_ id: String) {
        var copy = id
        self = copy.withUTF8 { ContactKey(utf8: $0) }
    }

    /// The id is longer than `longestHeld`: its text is not in the key.
    public var isLong: Bool { high >> 56 == Self.longMark }

    /// The id's text: `long` when the key does not hold it (read only then).
    @inline(__always)
    func text(long: @autoclosure () -> String) -> String { isLong ? long() : heldText }

    /// The text of an id held in the key (not `isLong`).
    var heldText: String {
        let count = Int(high >> 56)
        return withUnsafeBytes(of: (low.littleEndian, (high & 0x00FF_FFFF_FFFF_FFFF).littleEndian)) {
            String(decoding: $0.prefix(count), as: UTF8.self)
        }
    }

    /// The hash the store's table places a held id by: its two words mixed
    /// (the top bit set, as `ContactTable` needs). A long id's hash is its
    /// bytes' (`ContactTable.hash(utf8:)`).
    @inline(__always)
    var heldHash: UInt64 {
        var h = (low ^ 0x9E37_79B9_7F4A_7C15) &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 32
        h = (h ^ high) &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 29
        return h | 0x8000_0000_0000_0000
    }

    /// The hash of the id whose key this is and whose bytes are `bytes`.
    @inline(__always)
    public func hash(utf8 bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        isLong ? ContactTable.hash(utf8: bytes) : heldHash
    }
}

/// A contact id's key and hash, and its text when the key does not hold it.
public struct ContactID: Sendable {
    public var key: ContactKey
    public var hash: UInt64
    /// The id's text for a long key; empty otherwise.
    public var longText: String

    public init(_ id: String) {
        var copy = id
        (key, hash) = copy.withUTF8 { bytes in
            let key = ContactKey(utf8: bytes)
            return (key, key.hash(utf8: bytes))
        }
        longText = key.isLong ? id : ""
    }

    init(key: ContactKey, hash: UInt64, longText: String) {
        self.key = key
        self.hash = hash
        self.longText = longText
    }

    /// The id's text.
    public var text: String { key.text(long: longText) }
}
