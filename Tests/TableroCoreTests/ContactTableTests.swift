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
    /// were added, through rounds of inserts and removals (and growth).
    @Test func bulkRemovalKeepsTheRestInOrder() {
        var table = ContactTable(capacity: 4)
        var order: [String] = []  // the model: ids in the order added
        var states: [String: Double] = [:]
        var rng = SystemRandomNumberGenerator()
        var next = 0
        for round in 0..<40 {
            for _ in 0..<Int.random(in: 1..<400, using: &rng) {
                let key = "K\(next)"
                next += 1
                table.insert(key, hash: ContactTable.hash(key), state(Double(round)))
                order.append(key)
                states[key] = Double(round)
            }
            let goneKeys = Set(order.filter { _ in Int.random(in: 0..<3, using: &rng) == 0 })
            let gone = table.numberedEntries.filter { goneKeys.contains($0.key) }.map(\.entry)
            table.remove(entries: gone)
            order.removeAll { goneKeys.contains($0) }
            for key in goneKeys { states[key] = nil }
            #expect(table.count == order.count)
            #expect(table.entries.map(\.key) == order)
        }
        for (key, t) in states { #expect(table[key]?.lastTime == t) }
        for i in 0..<next where states["K\(i)"] == nil { #expect(table["K\(i)"] == nil) }
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
