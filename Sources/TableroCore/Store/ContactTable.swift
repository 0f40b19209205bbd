import CPrefetch

/// The open contacts, keyed by contact id (`ContactKey`): an open-addressing
/// hash table (linear probing) with a cheap hash.
///
/// Written here rather than using Dictionary because profiling a 3M-row load
/// showed String hashing and Dictionary probing at about a fifth of the
/// time; this table takes each event's hash as the reader made it (a mix
/// of the key's two words, or of a long id's bytes: `ContactKey.hash`) and
/// compares the stored hash tag first.
///
/// The index and the entries are apart (issue 11): the index is an array
/// of 4-byte (hash tag, entry) slots that a probe reads alone, and the entries (keys
/// and states) are kept in the order they were added, so the contacts of
/// the last minutes, which get nearly every event, lie together in memory
/// instead of scattered over the whole table. A lookup missed the cache
/// three times with keys and states kept per slot. Entries leave only in
/// bulk, by the store's sweep (`removeAll`), which closes the gaps at once.
struct ContactTable: Sendable {
    /// One place of the index in 32 bits: its entry in the low bits, as
    /// many as the index has places (`mask`), and the top bits of its key's
    /// hash above them as a tag (0: empty). Four bytes, not eight with the
    /// hash's whole high half: with 1M contacts the index is then 512 KB,
    /// not 1 MB, and misses the core's cache less often on the lookup every
    /// row makes (issue 11). The hash's low bits placed it; on a tag match
    /// the key is compared, and a long id's text.
    private struct Slot {
        var bits: UInt32
        static let empty = Slot(bits: 0)
    }

    /// A hash's tag, in a slot's place for it: never 0, as the hash's top
    /// bit is always set (`hash`) and an index has at most 2^31 places.
    @inline(__always)
    private func tag(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash >> 32) & ~UInt32(truncatingIfNeeded: mask) }

    private var slots: [Slot]
    private var mask: Int
    /// A contact's key and state side by side (64 bytes, one cache line in
    /// `PlainArray`): a lookup reads both, from one place, not from two
    /// arrays. With 10M contacts the load's main thread waited on the two
    /// reads: report 4.68 against 4.41 s median (12 alternating pairs, 11
    /// faster; issue 11).
    struct Record: BitwiseCopyable {
        var key: ContactKey
        var state: ContactState
    }
    /// The entries, oldest first: their records, and beside them the texts
    /// of long ids (empty for the others), read only for a long key. No
    /// texts at all until a long id comes: 16 bytes an entry that nearly
    /// every directory never needs (8 MB of a 10M load's peak).
    private var records = PlainArray<Record>()
    private var longIDs: [String] = []
    private var entryHashes = PlainArray<UInt64>()
    private(set) var count = 0

    init(capacity: Int = 512) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: .empty, count: size)
        mask = size - 1
    }

    /// The hash of an id (`ContactKey.hash(utf8:)`).
    static func hash(_ id: String) -> UInt64 { ContactID(id).hash }

    /// The hash of a long id's UTF-8 bytes (`ContactKey.hash(utf8:)`).
    @inline(__always)
    static func hash(utf8 bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let h = WordHash.of(UnsafeRawBufferPointer(bytes))
        // Never 0, which marks an empty slot; the top bit is not used
        // to place a key.
        return h | 0x8000_0000_0000_0000
    }

    /// The index is too large to stay in the nearest caches (512 KiB and
    /// more): with 10M contacts it is 4 MiB, with 1M 512 KiB
    /// (`MetricsStore.warmContacts`). With eight-byte places, from 4 MiB
    /// the 1M load's main thread waited on its index probes (608 against
    /// 559 ms with them read ahead).
    var indexIsLarge: Bool { slots.count >= 1 << 17 }

    /// The records are too many to stay in the caches either (8 MiB and
    /// more): 488,000 at the end of a 10M-contact load, 42,000 of a 1M
    /// one. On 10M contacts, asking for the records ahead as well cut the
    /// main thread from 5.40 to 4.84 s of samples (median of 5, alternating;
    /// 4 of 4 pairs lower by 5-16 % in a second run). On 1M, where they
    /// stay in the cache, it cost 5-15 %, hence the threshold.
    var recordsAreLarge: Bool { count >= 1 << 17 }

    /// Asks the cache for the index places where searches for `hashes`
    /// start, without waiting for them (`MetricsStore.warmContacts`).
    func warm(_ hashes: UnsafeBufferPointer<UInt64>) {
        slots.withUnsafeBufferPointer { index in
            for hash in hashes { tablero_prefetch(index.baseAddress! + (Int(truncatingIfNeeded: hash) & mask)) }
        }
    }

    /// Asks the cache for the records that the index places where searches
    /// for `hashes` start point to, when their tags match: places asked for
    /// by `warm` eight rows before, so they are in the cache by now (but at
    /// a batch's start, where they were not: this then waits for them).
    func warmRecords(_ hashes: UnsafeBufferPointer<UInt64>) {
        slots.withUnsafeBufferPointer { index in
            let entryBits = UInt32(truncatingIfNeeded: mask)
            for hash in hashes {
                let slot = index[Int(truncatingIfNeeded: hash) & mask].bits
                if slot & ~entryBits == tag(hash), let record = records.address(of: Int(slot & entryBits)) {
                    tablero_prefetch(record)
                }
            }
        }
    }

    /// The entry holding `key` (with `longID`, its text when long), if any
    /// (for `subscript(slot:)`).
    @inline(__always)
    func find(_ key: ContactKey, longID: String, hash: UInt64) -> Int? {
        slots.withUnsafeBufferPointer { index in
            var i = Int(truncatingIfNeeded: hash) & mask
            let tag = tag(hash)
            let entryBits = UInt32(truncatingIfNeeded: mask)
            while true {
                let slot = index[i].bits
                if slot == 0 { return nil }
                let entry = Int(slot & entryBits)
                if slot & ~entryBits == tag && records[entry].key == key && (!key.isLong || longIDs[entry] == longID) { return entry }
                i = (i + 1) & mask
            }
        }
    }

    /// The same for an id given as text (tests, `hasContact`).
    func find(_ id: String, hash: UInt64) -> Int? {
        let id = ContactID(id)
        return find(id.key, longID: id.longText, hash: hash)
    }

    subscript(slot entry: Int) -> ContactState {
        get { records[entry].state }
        set { records[entry].state = newValue }
    }

    subscript(_ id: String) -> ContactState? {
        find(id, hash: Self.hash(id)).map { records[$0].state }
    }

    mutating func insert(_ key: ContactKey, longID: String, hash: UInt64, _ value: ContactState) {
        if let entry = find(key, longID: longID, hash: hash) {
            records[entry].state = value
            return
        }
        insertNew(key, longID: longID, hash: hash, value)
    }

    /// Adds a contact that `find` has just not found: the store's first
    /// event of a contact probed the index once already, and a second
    /// probe per new contact was a seventieth of a large load's main
    /// thread (issue 11).
    mutating func insertNew(_ key: ContactKey, longID: String, hash: UInt64, _ value: ContactState) {
        assert(find(key, longID: longID, hash: hash) == nil, "the contact is new")
        if (count + 1) * 4 > slots.count * 3 { rebuildIndex(size: slots.count * 2) }
        records.append(Record(key: key, state: value))
        if key.isLong || !longIDs.isEmpty {
            // The texts begin with the first long id: the entries before it have none.
            if longIDs.isEmpty { longIDs = Array(repeating: "", count: records.count - 1) }
            longIDs.append(longID)
        }
        entryHashes.append(hash)
        place(hash, entry: entryHashes.count - 1)
        count += 1
    }

    /// The same for an id given as text (tests).
    mutating func insert(_ id: String, hash: UInt64, _ value: ContactState) {
        let id = ContactID(id)
        insert(id.key, longID: id.longText, hash: hash, value)
    }

    /// What the sweep does with an entry (`removeAll`).
    enum Removal {
        case keep
        case forget
        /// Forgotten while still waiting: its file counts it as unclosed.
        case forgetUnclosed
    }

    /// Removes the entries `decide` forgets, in one pass over the entries
    /// that also closes their gaps (the others keep their order), then
    /// places the rest in the index again, however many go (issue 11: a
    /// pass to pick, a list of numbers and a pass to move measured at a
    /// tenth of a large load's main thread). Returns the files of the
    /// entries forgotten unclosed, and the keys of all forgotten ones when
    /// `withKeys`.
    mutating func removeAll(withKeys: Bool, _ decide: (ContactState) -> Removal) -> (unclosedFiles: [Int32], keys: [String]) {
        var unclosedFiles: [Int32] = []
        var removedKeys: [String] = []
        var kept = 0
        // Through the buffers: the arrays' uniqueness checked once, not on
        // each of three writes per entry kept (issue 11). Nothing else
        // changes the arrays until the loop ends.
        let (entries, hashes) = (records.uniqueBuffer(), entryHashes.uniqueBuffer())
        for entry in 0..<hashes.count {
            let removal = decide(entries[entry].state)
            guard case .keep = removal else {
                if case .forgetUnclosed = removal { unclosedFiles.append(entries[entry].state.file) }
                if withKeys { removedKeys.append(entries[entry].key.text(long: longIDs[entry])) }
                continue
            }
            if kept != entry {
                entries[kept] = entries[entry]
                // Places before `kept` hold their long id's text, or none:
                // a forgotten long id's text is not kept alive (memory only;
                // a short key never reads its place).
                if !longIDs.isEmpty, entries[kept].key.isLong || !longIDs[kept].isEmpty { longIDs.swapAt(kept, entry) }
                hashes[kept] = hashes[entry]
            }
            kept += 1
        }
        count = kept
        // Nothing forgotten: entries and index stand as they were.
        guard kept != entryHashes.count else { return (unclosedFiles, removedKeys) }
        records.truncate(to: kept)
        if !longIDs.isEmpty { longIDs.removeSubrange(kept...) }
        entryHashes.truncate(to: kept)
        reindex()
        return (unclosedFiles, removedKeys)
    }

    /// Puts an entry in the index (its key is not there yet).
    private mutating func place(_ hash: UInt64, entry: Int) {
        var i = Int(truncatingIfNeeded: hash) & mask
        while slots[i].bits != 0 { i = (i + 1) & mask }
        slots[i] = Slot(bits: tag(hash) | UInt32(truncatingIfNeeded: entry))
    }

    /// The index cleared in place (no new array per sweep) and every entry placed again.
    private mutating func reindex() {
        slots.withUnsafeMutableBufferPointer { $0.update(repeating: .empty) }
        placeAll()
    }

    private mutating func rebuildIndex(size: Int) {
        // A place holds its entry under the mask and a tag above it: from
        // 2^32 places (1.6 billion open contacts) no bit would be left.
        precondition(size <= 1 << 31, "the open contacts' index is full")
        slots = Array(repeating: .empty, count: size)
        mask = size - 1
        placeAll()
    }

    /// Every entry put in an empty index.
    private mutating func placeAll() {
        for entry in entryHashes.indices { place(entryHashes[entry], entry: entry) }
    }

    /// The id of an entry, as text.
    private func text(_ entry: Int) -> String { records[entry].key.text(long: longIDs[entry]) }

    /// Every (id, state), oldest first.
    var entries: some Sequence<(key: String, value: ContactState)> {
        entryHashes.indices.lazy.map { (key: text($0), value: records[$0].state) }
    }

    var values: some Sequence<ContactState> { entryHashes.indices.lazy.map { records[$0].state } }
}
