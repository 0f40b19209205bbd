import Foundation
import TableroCore

/// Turns the bytes of a repeated short field (channel, queue, agent) into
/// the store's name id without decoding, hashing a String or
/// allocating again: each distinct value is decoded once and found again by
/// a byte hash. Ids belong to one registry (a store, or a parallel load's
/// batch), as does the reader that owns this.
struct NameInterner {
    private static let slots = 1024
    private static let longest = 64
    // Flat arrays, not an array of entries holding their bytes and text:
    // reading such an entry retained and released both on every row
    // (measured at a tenth of a parallel load's workers, issue 11).
    /// Per slot, the hash of the name held (0: none), its length and id.
    private var hashes = [UInt64](repeating: 0, count: NameInterner.slots)
    private var lengths = [Int](repeating: 0, count: NameInterner.slots)
    private var ids = [Int32](repeating: 0, count: NameInterner.slots)
    /// Per slot, `longest` bytes holding its name's bytes.
    private var storage = [UInt8](repeating: 0, count: NameInterner.slots * NameInterner.longest)

    /// Length and the first and last eight bytes, mixed: names differ there,
    /// and it costs two loads instead of a loop over every byte.
    @inline(__always)
    static func hash(_ b: FieldBytes) -> UInt64 {
        let raw = UnsafeRawPointer(b.baseAddress!)
        let n = b.count
        var head: UInt64 = 0
        var tail: UInt64 = 0
        if n >= 8 {
            head = raw.loadUnaligned(as: UInt64.self)
            tail = raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
        } else {
            for i in 0..<n { head = head << 8 | UInt64(b[i]) }
        }
        var h = head &* 0x9E37_79B9_7F4A_7C15 ^ tail &* 0xC2B2_AE3D_27D4_EB4F ^ UInt64(n)
        h ^= h >> 29
        return h &* 0x1656_67B1_9E37_79F9
    }

    /// Whether `held` starts with `b`'s bytes: eight at a time, inlined
    /// (a `memcmp` call per name measured at a sixth of the workers' time).
    @inline(__always)
    private static func same(_ held: UnsafePointer<UInt8>, _ b: FieldBytes) -> Bool {
        let x = UnsafeRawPointer(held)
        let y = UnsafeRawPointer(b.baseAddress!)
        let n = b.count
        var i = 0
        while i + 8 <= n {
            if x.loadUnaligned(fromByteOffset: i, as: UInt64.self) != y.loadUnaligned(fromByteOffset: i, as: UInt64.self) { return false }
            i += 8
        }
        while i < n {
            if held[i] != b[i] { return false }
            i += 1
        }
        return true
    }

    /// The registry's id of the name in `raw` (trimmed); `NameTable.none` when empty.
    mutating func id<Registry: NameRegistry>(_ raw: FieldBytes, registry: inout Registry) -> Int32 {
        let b = raw.trimmed()
        if b.isEmpty { return NameTable.none }
        guard b.count <= Self.longest else { return registry.nameID(b.string) }
        let h = Self.hash(b) | 1  // never 0, which marks an empty slot
        let slot = Int(h % UInt64(Self.slots))
        let known = hashes.withUnsafeBufferPointer { $0[slot] } == h
            && lengths.withUnsafeBufferPointer { $0[slot] } == b.count
            && storage.withUnsafeBufferPointer { Self.same($0.baseAddress! + slot * Self.longest, b) }
        if known { return ids.withUnsafeBufferPointer { $0[slot] } }
        let id = registry.nameID(b.string)
        hashes[slot] = h
        lengths[slot] = b.count
        ids[slot] = id
        storage.withUnsafeMutableBufferPointer { all in
            _ = memcpy(all.baseAddress! + slot * Self.longest, b.baseAddress!, b.count)
        }
        return id
    }
}

/// Where interned names get their ids: the store itself, or the batch of
/// a parallel load's chunk, whose ids the store maps to its own.
protocol NameRegistry {
    mutating func nameID(_ name: String) -> Int32
}

extension MetricsStore: NameRegistry {}
