import Foundation
import TableroCore

/// Turns the bytes of a repeated short field (channel, queue, agent) into
/// the store's name id without decoding, hashing a String or
/// allocating again: each distinct value is decoded once and found again by
/// its length and first and last eight bytes (`words`). Ids belong to one registry (a store, or a parallel load's
/// batch), as does the reader that owns this.
struct NameInterner {
    private static let slotCount = 1024
    private static let longest = 64
    /// The bytes a name is known by without its storage (`words`).
    private static let inWords = 16

    /// A slot's name as its length (0: none), id and `words`: plain values,
    /// where entries holding their bytes and text were retained and released
    /// on every row (a tenth of a parallel load's workers, issue 11), and
    /// side by side, so a lookup of a name of up to 16 bytes reads one
    /// slot and nothing else.
    private struct Slot {
        var head: UInt64 = 0
        var tail: UInt64 = 0
        var length: Int32 = 0
        var id: Int32 = 0
    }

    /// Made on the first name, and dropped by `shed`: a dashboard keeps a
    /// parser per file, and 1,200 files held 1,200 of these (24 KB each,
    /// with `storage` 88 KB) long after their last row (issue 11).
    private var slots: [Slot] = []
    /// Per slot, `longest` bytes holding its name's bytes, for names longer
    /// than `inWords`: made on the first such name (most files have none).
    private var storage: [UInt8] = []

    /// Two words that, with the length, tell apart any two names of up to
    /// 16 bytes: the first and last eight bytes (overlapping when shorter),
    /// four and four under eight, and three bytes under four. Loads of the
    /// field's own bytes only, and no loop: the byte loop and hashing of
    /// short names (most channels and queues) measured at a fifth of a
    /// parallel load's workers (issue 11).
    @inline(__always)
    static func words(_ b: FieldBytes) -> (head: UInt64, tail: UInt64) {
        let raw = UnsafeRawPointer(b.baseAddress!)
        let n = b.count
        if n >= 8 {
            return (raw.loadUnaligned(as: UInt64.self), raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self))
        }
        if n >= 4 {
            let low = UInt64(raw.loadUnaligned(as: UInt32.self))
            return (low | UInt64(raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)) << 32, 0)
        }
        return (UInt64(b[0]) | UInt64(b[n / 2]) << 8 | UInt64(b[n - 1]) << 16, 0)
    }

    /// The slot a name's words and length fall on.
    @inline(__always)
    private static func slot(head: UInt64, tail: UInt64, count: Int) -> Int {
        var h = head &* 0x9E37_79B9_7F4A_7C15 ^ tail &* 0xC2B2_AE3D_27D4_EB4F ^ UInt64(count)
        h ^= h >> 29
        return Int(truncatingIfNeeded: (h &* 0x1656_67B1_9E37_79F9) >> 54)  // 10 bits: `slotCount`
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
    @inline(__always)
    mutating func id<Registry: NameRegistry>(_ raw: FieldBytes, registry: inout Registry) -> Int32 {
        let b = raw.trimmed()
        if b.isEmpty { return NameTable.none }
        guard b.count <= Self.longest else { return registry.nameID(b.string) }
        if slots.isEmpty { slots = [Slot](repeating: Slot(), count: Self.slotCount) }
        let (head, tail) = Self.words(b)
        let slot = Self.slot(head: head, tail: tail, count: b.count)
        if let id = held(b, head: head, tail: tail, slot: slot) { return id }
        return add(b, head: head, tail: tail, slot: slot, registry: &registry)
    }

    /// The id of the name in `slot` if it is `b` (of up to `longest` bytes).
    /// Apart from the generic `id`, which the optimizer would not inline
    /// into a reader's row loop: the call per name measured at a fifth of
    /// a parallel load's workers (issue 11).
    @inline(__always)
    private func held(_ b: FieldBytes, head: UInt64, tail: UInt64, slot: Int) -> Int32? {
        slots.withUnsafeBufferPointer { slots in
            let held = slots[slot]
            guard held.head == head && held.tail == tail && Int(held.length) == b.count else { return nil }
            if b.count <= Self.inWords { return held.id }
            return storage.withUnsafeBufferPointer { Self.same($0.baseAddress! + slot * Self.longest, b) } ? held.id : nil
        }
    }

    /// A name not in its slot: registered, and put there in place of the one before.
    @inline(never)
    private mutating func add<Registry: NameRegistry>(_ b: FieldBytes, head: UInt64, tail: UInt64, slot: Int,
                                                      registry: inout Registry) -> Int32 {
        let id = registry.nameID(b.string)
        slots[slot] = Slot(head: head, tail: tail, length: Int32(b.count), id: id)
        if b.count > Self.inWords {
            if storage.isEmpty { storage = [UInt8](repeating: 0, count: Self.slotCount * Self.longest) }
            storage.withUnsafeMutableBufferPointer { all in
                _ = memcpy(all.baseAddress! + slot * Self.longest, b.baseAddress!, b.count)
            }
        }
        return id
    }
}

extension NameInterner {
    /// Forgets every name and gives back its memory: it is a cache, and
    /// the next name of the file is decoded and registered again.
    mutating func shed() {
        slots = []
        storage = []
    }

    /// Whether it holds any memory (`shed`).
    var holdsMemory: Bool { !slots.isEmpty || !storage.isEmpty }
}

/// Where interned names get their ids: the store itself, or the batch of
/// a parallel load's chunk, whose ids the store maps to its own.
protocol NameRegistry {
    mutating func nameID(_ name: String) -> Int32
}

extension MetricsStore: NameRegistry {}
