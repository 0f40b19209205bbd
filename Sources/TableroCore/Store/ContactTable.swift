/// The open contacts, keyed by contact id: an open-addressing hash table
/// (linear probing, backward-shift deletion) with a cheap byte hash.
///
/// Written here rather than using Dictionary because profiling a 3M-row load
/// showed String hashing and Dictionary probing at about a fifth of the
/// time; this table hashes the id's bytes once per event with a
/// multiply-mix over 8-byte words and compares the stored hash first.
///
/// The hashes, keys and states are kept in three arrays rather than one
/// array of slots (issue 11): a probe reads only the hashes (8 bytes a
/// slot), so it stays in cache, and a lookup touches one key and one state.
/// With slots of 136 bytes a lookup measured at a sixth of the loader's
/// main thread.
struct ContactTable: Sendable {
    /// Per slot, its key's hash; 0 for an empty slot.
    private var hashes: [UInt64]
    private var keys: [String]
    private var states: [ContactState]
    private var mask: Int
    private(set) var count = 0

    private static let vacant = ContactState(queue: NameTable.none, channel: NameTable.none, file: 0, lastTime: 0)

    init(capacity: Int = 512) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        hashes = Array(repeating: 0, count: size)
        keys = Array(repeating: "", count: size)
        states = Array(repeating: Self.vacant, count: size)
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
            // Never 0, which marks an empty slot; the top bit is not used
            // to place a key.
            return h | 0x8000_0000_0000_0000
        }
    }

    /// The slot holding `key`, if any.
    func find(_ key: String, hash: UInt64) -> Int? {
        hashes.withUnsafeBufferPointer { hs in
            var i = Int(truncatingIfNeeded: hash) & mask
            while true {
                let h = hs[i]
                if h == 0 { return nil }
                if h == hash && keys[i] == key { return i }
                i = (i + 1) & mask
            }
        }
    }

    subscript(slot index: Int) -> ContactState {
        get { states[index] }
        set { states[index] = newValue }
    }

    subscript(_ key: String) -> ContactState? {
        find(key, hash: Self.hash(key)).map { states[$0] }
    }

    mutating func insert(_ key: String, hash: UInt64, _ value: ContactState) {
        if (count + 1) * 4 > hashes.count * 3 { grow() }
        var i = Int(truncatingIfNeeded: hash) & mask
        while hashes[i] != 0 {
            if hashes[i] == hash && keys[i] == key {
                states[i] = value
                return
            }
            i = (i + 1) & mask
        }
        hashes[i] = hash
        keys[i] = key
        states[i] = value
        count += 1
    }

    mutating func remove(_ key: String) {
        guard var hole = find(key, hash: Self.hash(key)) else { return }
        vacate(hole)
        count -= 1
        // Backward shift: pull later entries of the run into the hole so
        // lookups never stop early at it.
        var i = (hole + 1) & mask
        while hashes[i] != 0 {
            let home = Int(truncatingIfNeeded: hashes[i]) & mask
            let distanceFromHome = (i - home) & mask
            let distanceToHole = (i - hole) & mask
            if distanceFromHome >= distanceToHole {
                hashes[hole] = hashes[i]
                keys[hole] = keys[i]
                states[hole] = states[i]
                vacate(i)
                hole = i
            }
            i = (i + 1) & mask
        }
    }

    private mutating func vacate(_ i: Int) {
        hashes[i] = 0
        keys[i] = ""
    }

    private mutating func grow() {
        let (oldHashes, oldKeys, oldStates) = (hashes, keys, states)
        let size = oldHashes.count * 2
        hashes = Array(repeating: 0, count: size)
        keys = Array(repeating: "", count: size)
        states = Array(repeating: Self.vacant, count: size)
        mask = size - 1
        count = 0
        for i in oldHashes.indices where oldHashes[i] != 0 { insert(oldKeys[i], hash: oldHashes[i], oldStates[i]) }
    }

    /// Every (id, state), in no particular order.
    var entries: some Sequence<(key: String, value: ContactState)> {
        hashes.indices.lazy.filter { hashes[$0] != 0 }.map { (key: keys[$0], value: states[$0]) }
    }

    var values: some Sequence<ContactState> { hashes.indices.lazy.filter { hashes[$0] != 0 }.map { states[$0] } }
}
