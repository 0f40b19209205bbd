import Testing
@testable import TableroCore

/// The hand-written open-addressing table behind the open contacts: it must
/// behave like a dictionary through inserts, updates, growth and removals.
@Suite struct ContactTableTests {
    /// A contact whose one event (a resolve) is at `t`: its `lastTime` marks it.
    func state(_ t: Double) -> ContactState {
        var s = ContactState(queue: NameTable.none, channel: NameTable.none, file: 0)
        s.resolveAt = t
        return s
    }

    /// The file, the abandon's cause and two flags share one word of a
    /// contact's state: each keeps its value whatever the others are set to.
    @Test func factsBesideTheFileKeepEachOther() {
        for file: Int32 in [0, 1, 0x7F_FFFF, 0xFF_FFFF] {
            for cause in AbandonCause.allCases {
                for (orphan, handle) in [(false, false), (false, true), (true, false), (true, true)] {
                    var s = ContactState(queue: 1, channel: 2, file: file)
                    s.orphan = orphan
                    s.abandonCause = cause
                    s.handleGiven = handle
                    #expect(s.file == file && s.abandonCause == cause && s.orphan == orphan && s.handleGiven == handle)
                    s.orphan.toggle()
                    s.abandonCause = .withdrawn
                    s.abandonCause = cause
                    s.file = 7
                    #expect(s.file == 7 && s.abandonCause == cause && s.orphan == !orphan && s.handleGiven == handle)
                    #expect(s.queue == 1 && s.channel == 2 && !s.answered && s.arrive == nil)
                }
            }
        }
    }

    /// Asking the cache for places and records ahead (`warm`,
    /// `warmRecords`) reads whatever the index holds for any hash: empty
    /// places, tags of other keys, entries of a table that has since
    /// shrunk. It must change nothing and read nothing out of bounds.
    @Test func warmingAheadChangesNothing() {
        var table = ContactTable()
        for n in 0..<3000 { table.insert("C\(n)", hash: ContactTable.hash("C\(n)"), state(Double(n))) }
        _ = table.removeAll(withKeys: false) { $0.resolveAt! < 2500 ? .forget : .keep }
        var rng = SystemRandomNumberGenerator()
        var hashes = (0..<256).map { _ in UInt64.random(in: 1...UInt64.max, using: &rng) | 0x8000_0000_0000_0000 }
        hashes += (2400..<2600).map { ContactTable.hash("C\($0)") }
        hashes.withUnsafeBufferPointer { all in
            table.warm(all)
            table.warmRecords(all)
        }
        #expect(table.count == 500)
        #expect((2500..<3000).allSatisfy { table["C\($0)"]?.resolveAt == Double($0) })
        #expect(table["C2499"] == nil)
    }

    /// A contact's key and state fill one 64-byte cache line, as the
    /// array holding them is laid out (`PlainArray`); a field more would make
    /// each lookup read two lines (issue 11).
    @Test func aRecordIsOneCacheLine() {
        #expect(MemoryLayout<ContactTable.Record>.stride == 64)
        #expect(MemoryLayout<ContactState>.size == 48)
    }

    @Test func behavesLikeADictionaryUnderChurn() {
        var table = ContactTable(capacity: 4)
        var model: [String: Double] = [:]
        var rng = SystemRandomNumberGenerator()
        // Short ids collide in the small table; inserts update in place.
        // A state's file is its key's number, so a removal can pick by key.
        for step in 0..<20_000 {
            let n = Int.random(in: 0..<500, using: &rng)
            if step % 500 == 499 {
                let gone = Set(model.keys.filter { _ in Int.random(in: 0..<3, using: &rng) == 0 })
                _ = table.removeAll(withKeys: false) { gone.contains("C\($0.file)") ? .forget : .keep }
                for key in gone { model[key] = nil }
            } else {
                var s = state(Double(step))
                s.file = Int32(n)
                table.insert("C\(n)", hash: ContactTable.hash("C\(n)"), s)
                model["C\(n)"] = Double(step)
            }
        }
        #expect(table.count == model.count)
        for (key, t) in model { #expect(table[key]?.lastTime == t) }
        #expect(Set(table.entries.map(\.key)) == Set(model.keys))
        for i in 0..<500 where model["C\(i)"] == nil { #expect(table["C\(i)"] == nil) }
    }

    /// The sweep's bulk removal: the rest stay findable, in the order they
    /// were added, through rounds of inserts and removals (and growth); the
    /// forgotten ones' keys come back in that order, and the files of those
    /// forgotten unclosed.
    @Test func bulkRemovalKeepsTheRestInOrder() {
        var table = ContactTable(capacity: 4)
        var order: [String] = []  // the model: ids in the order added
        var rng = SystemRandomNumberGenerator()
        var next = 0
        for _ in 0..<40 {
            for _ in 0..<Int.random(in: 1..<400, using: &rng) {
                let key = "K\(next)"
                // The state names its key by its time, and its file by the key's parity.
                var s = state(Double(next))
                s.file = Int32(next % 2)
                table.insert(key, hash: ContactTable.hash(key), s)
                order.append(key)
                next += 1
            }
            let goneKeys = Set(order.filter { _ in Int.random(in: 0..<3, using: &rng) == 0 })
            let unclosedKeys = Set(goneKeys.filter { _ in Bool.random(using: &rng) })
            let (files, keys) = table.removeAll(withKeys: true) { s in
                let key = "K\(Int(s.lastTime))"
                return unclosedKeys.contains(key) ? .forgetUnclosed : goneKeys.contains(key) ? .forget : .keep
            }
            #expect(keys == order.filter { goneKeys.contains($0) })
            #expect(files == order.filter { unclosedKeys.contains($0) }.map { Int32(Int($0.dropFirst())! % 2) })
            order.removeAll { goneKeys.contains($0) }
            #expect(table.count == order.count)
            #expect(table.entries.map(\.key) == order)
        }
        for key in order { #expect(table[key]?.lastTime == Double(key.dropFirst())) }
        for i in 0..<next where !order.contains("K\(i)") { #expect(table["K\(i)"] == nil) }
        #expect(table.removeAll(withKeys: false) { _ in .keep } .keys.isEmpty)
        #expect(table.entries.map(\.key) == order)
    }

    /// The index keeps the top bits of each hash's high half, as many as
    /// its entry numbers leave: keys whose hashes are equal, or equal in
    /// that half, or in the bits kept (the last hash differs from the first
    /// only in the high half's lowest bit, under the entry's bits), or in
    /// the half that places them, are still told apart by the key itself,
    /// through removals and growth.
    @Test func keysWithEqualHashHalvesAreToldApart() {
        var table = ContactTable(capacity: 4)
        let top: UInt64 = 0x8000_0000_0000_0000
        // Same whole hash; same high half (the tag); same low half (the place).
        let hashes: [UInt64] = [top | 0x1234_5678_0000_0005, top | 0x1234_5678_0000_0005,
                                top | 0x1234_5678_9999_0005, top | 0x7777_0000_0000_0005, top | 0x1234_5679_0000_0005]
        var keys: [String] = []
        for round in 0..<50 {
            for (k, hash) in hashes.enumerated() {
                let key = "K\(round)-\(k)"
                table.insert(key, hash: hash, state(Double(round * 10 + k)))
                keys.append(key)
            }
            // Forget the keys whose time is a multiple of 3, as the sweep
            // does: by state, with no hash needed.
            _ = table.removeAll(withKeys: false) { Int($0.lastTime) % 3 == 0 ? .forget : .keep }
            keys = keys.filter { key in
                let parts = key.dropFirst().split(separator: "-").map { Int($0)! }
                return (parts[0] * 10 + parts[1]) % 3 != 0
            }
            #expect(table.count == keys.count)
        }
        for key in keys {
            let k = Int(key.split(separator: "-")[1])!
            let round = Int(key.dropFirst().split(separator: "-")[0])!
            #expect(table.find(key, hash: hashes[k]).map { table[slot: $0].lastTime } == Double(round * 10 + k), "\(key)")
        }
        #expect(table.find("K0-0", hash: hashes[0]) == nil)
    }

    @Test func slotsAreUpdatedInPlace() throws {
        var table = ContactTable()
        let key = "psy1-1292281041.87"
        let hash = ContactTable.hash(key)
        table.insert(key, hash: hash, state(1))
        let slot = try #require(table.find(key, hash: hash))
        table[slot: slot].answer = 5
        #expect(table[key]?.answered == true && table[key]?.answer == 5)
        #expect(ContactTable.hash("abc") != ContactTable.hash("abd"))
    }
}
