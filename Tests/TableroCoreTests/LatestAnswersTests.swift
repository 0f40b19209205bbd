import Testing
@testable import TableroCore

/// Issue 11: each agent's latest answer per group, in a table of its own,
/// against a dictionary: the latest time of every pair, through growth,
/// with agent ids up to the largest and group ids past 2^16.
@Suite struct LatestAnswersTests {
    @Test func keepsTheLatestOfEveryPair() {
        var table = LatestAnswers()
        var model: [String: Double] = [:]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<30_000 {
            let agent = Bool.random(using: &rng) ? Int32.random(in: 0..<300, using: &rng) : Int32.max - Int32.random(in: 0..<3, using: &rng)
            let group = Bool.random(using: &rng) ? Int.random(in: 0..<40, using: &rng) : 70_000 + Int.random(in: 0..<5, using: &rng)
            let time = Double(Int.random(in: 0..<1_000_000, using: &rng))
            table.note(agent: agent, group: group, at: time)
            model["\(agent) \(group)"] = max(model["\(agent) \(group)"] ?? -1, time)
        }
        var seen: [String: Double] = [:]
        table.forEach { agent, group, time in seen["\(agent) \(group)"] = time }
        #expect(seen == model)
        #expect(table.count == model.count)
    }
}
