import Testing
@testable import TableroCore

/// Issue 11: groups get dense ids, the ones used last found without
/// hashing. An id must stay the group's for good, whatever else was looked
/// up since in the same place of the small table.
@Suite struct GroupIDsTests {
    @Test func idsAreDenseAndStable() {
        var ids = GroupIDs()
        var model: [GroupKey: Int] = [:]
        var rng = SystemRandomNumberGenerator()
        // 300 groups (none for either part included) in a 64-place table:
        // most places are shared by several groups.
        for _ in 0..<20_000 {
            let group = GroupKey(queue: Int32.random(in: -1..<20, using: &rng), channel: Int32.random(in: -1..<14, using: &rng))
            let id = ids.id(group)
            if let known = model[group] {
                #expect(id == known)
            } else {
                #expect(id == model.count)  // the next id, in order of first use
                model[group] = id
            }
        }
        #expect(ids.keys.count == model.count)
        for (group, id) in model { #expect(ids.keys[id] == group) }
    }
}
