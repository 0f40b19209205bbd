/// The open contacts, keyed by contact id: an open-addressing hash table
/// (linear probing, backward-shift deletion) with a cheap byte hash.
///
/// Written here rather than using Dictionary because profiling a 3M-row load
/// showed String hashing and Dictionary probing at about a fifth of the
/// time; this table hashes the id's bytes once per event with a
/// multiply-mix over 8-byte words and compares the stored hash first.
struct ContactTable: Sendable {
    private struct Slot: Sendable {
        var hash: UInt64
        var key: String
        var value: ContactState
    }

    private var slots: [Slot?]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 512) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: nil, count: size)
        mask = size - 1
    }

    static func hash(_ key: String) -> UInt64 {
        var copy = key
        return copy.withUTF8 { bytes in
            var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
            guard let base = bytes.baseAddress else { return h }
            let raw = UnsafeRawPointer(base)
            var i = 0
            while i + 8 <= bytes.count {
                h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
                h ^= h >> 32
                i += 8
            }
            var tail: UInt64 = 0
            while i < bytes.count {
                tail = tail << 8 | UInt64(bytes[i])
                i += 1
            }
            h = (h ^ tail) &* 0xC4CE_B9FE_1A85_EC53
            h ^= h >> 29
            return h
        }
    }

    /// The slot holding `key`, if any.
    func find(_ key: String, hash: UInt64) -> Int? {
        var i = Int(truncatingIfNeeded: hash) & mask
        while let slot = slots[i] {
            if slot.hash == hash && slot.key == key { return i }
            i = (i + 1) & mask
        }
        return nil
    }

    subscript(slot index: Int) -> ContactState {
        get { slots[index]!.value }
        set { slots[index]!.value = newValue }
    }

    subscript(_ key: String) -> ContactState? {
        find(key, hash: Self.hash(key)).map { slots[$0]!.value }
    }

    mutating func insert(_ key: String, hash: UInt64, _ value: ContactState) {
        if (count + 1) * 4 > slots.count * 3 { grow() }
        var i = Int(truncatingIfNeeded: hash) & mask
        while let slot = slots[i] {
            if slot.hash == hash && slot.key == key {
                slots[i]!.value = value
                return
            }
            i = (i + 1) & mask
        }
        slots[i] = Slot(hash: hash, key: key, value: value)
        count += 1
    }

    mutating func remove(_ key: String) {
        guard var hole = find(key, hash: Self.hash(key)) else { return }
        slots[hole] = nil
        count -= 1
        // Backward shift: pull later entries of the run into the hole so
        // lookups never stop early at it.
        var i = (hole + 1) & mask
        while let slot = slots[i] {
            let home = Int(truncatingIfNeeded: slot.hash) & mask
            let distanceFromHome = (i - home) & mask
            let distanceToHole = (i - hole) & mask
            if distanceFromHome >= distanceToHole {
                slots[hole] = slot
                slots[i] = nil
                hole = i
            }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: nil, count: old.count * 2)
        mask = slots.count - 1
        count = 0
        for case let slot? in old { insert(slot.key, hash: slot.hash, slot.value) }
    }

    /// Every (id, state), in no particular order.
    var entries: some Sequence<(key: String, value: ContactState)> {
        slots.lazy.compactMap { $0.map { (key: $0.key, value: $0.value) } }
    }

    var values: some Sequence<ContactState> { slots.lazy.compactMap { $0?.value } }
}
