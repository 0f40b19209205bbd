import Foundation
import TableroCore

/// Turns the bytes of a repeated short field (channel, queue, agent) into
/// the store's name id without decoding, hashing a String or
/// allocating again: each distinct value is decoded once and found again by
/// a byte hash. Ids belong to one registry (a store, or a parallel load's
/// batch), as does the reader that owns this.
struct NameInterner {
    private static let slotCount = 1024
    private static let longest = 64
    /// The hash of the name a slot holds (0: none), its length and id: plain
    /// values, where entries holding their bytes and text were retained and
    /// released on every row (a tenth of a parallel load's workers, issue
    /// 11), and side by side, so a lookup reads one cache line.
    private struct Slot {
        var hash: UInt64 = 0
        var length: Int32 = 0
        var id: Int32 = 0
    }

    private var slots = [Slot](repeating: Slot(), count: NameInterner.slotCount)
    /// Per slot, `longest` bytes holding its name's bytes.
    private var storage = [UInt8](repeating: 0, count: NameInterner.slotCount * NameInterner.longest)

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
        let slot = Int(h % UInt64(Self.slotCount))
        let held = slots.withUnsafeBufferPointer { $0[slot] }
        if held.hash == h && Int(held.length) == b.count
            && storage.withUnsafeBufferPointer({ Self.same($0.baseAddress! + slot * Self.longest, b) }) {
            return held.id
        }
        let id = registry.nameID(b.string)
        slots[slot] = Slot(hash: h, length: Int32(b.count), id: id)
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
