import Testing
@testable import TableroCore

/// Issue 11: groups get dense ids, those of small queue and channel ids
/// found by place without hashing, the others through a dictionary. An id
/// must stay the group's for good, whichever way it is found.
@Suite struct GroupIDsTests {
    @Test func idsAreDenseAndStable() {
        var ids = GroupIDs()
        var model: [GroupKey: Int] = [:]
        var rng = SystemRandomNumberGenerator()
        // Groups with no queue or channel, small ids (found by place) and
        // ids past the table's side of 63 (found by hashing), mixed.
        for _ in 0..<40_000 {
            let group = GroupKey(queue: Int32.random(in: -1..<90, using: &rng), channel: Int32.random(in: -1..<70, using: &rng))
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
