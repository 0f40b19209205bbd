import Testing
@testable import TableroCore

/// The hand-written open-addressing table behind the open contacts: it must
/// behave like a dictionary through inserts, updates, growth and removals.
@Suite struct ContactTableTests {
    func state(_ t: Double) -> ContactState {
        ContactState(queue: NameTable.none, channel: NameTable.none, file: 0, lastTime: t)
    }

    @Test func behavesLikeADictionaryUnderChurn() {
        var table = ContactTable(capacity: 4)
        var model: [String: Double] = [:]
        var rng = SystemRandomNumberGenerator()
        // Short ids collide in the small table; removals exercise backward shift.
        for step in 0..<20_000 {
            let key = "C\(Int.random(in: 0..<500, using: &rng))"
            if Int.random(in: 0..<3, using: &rng) == 0 {
                table.remove(key)
                model[key] = nil
            } else {
                table.insert(key, hash: ContactTable.hash(key), state(Double(step)))
                model[key] = Double(step)
            }
        }
        #expect(table.count == model.count)
        for (key, t) in model { #expect(table[key]?.lastTime == t) }
        #expect(Set(table.entries.map(\.key)) == Set(model.keys))
        for i in 0..<500 where model["C\(i)"] == nil { #expect(table["C\(i)"] == nil) }
    }

    /// The sweep's bulk removal: the rest stay findable, in the order they
    /// were added, through rounds of inserts, single and bulk removals (and
    /// growth); the forgotten ones' keys come back in that order, and the
    /// files of those forgotten unclosed.
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
            // A few single removals first: their gaps are closed by the bulk one.
            for _ in 0..<Int.random(in: 0..<5, using: &rng) where !order.isEmpty {
                table.remove(order.remove(at: Int.random(in: 0..<order.count, using: &rng)))
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

    @Test func slotsAreUpdatedInPlace() throws {
        var table = ContactTable()
        let key = "psy1-1292281041.87"
        let hash = ContactTable.hash(key)
        table.insert(key, hash: hash, state(1))
        let slot = try #require(table.find(key, hash: hash))
        table[slot: slot].answered = true
        #expect(table[key]?.answered == true)
        #expect(ContactTable.hash("abc") != ContactTable.hash("abd"))
    }
}
