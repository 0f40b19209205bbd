import Foundation
import Testing
@testable import TableroIngest
import TableroCore

/// METRICS.md "Agents" and "Abandon causes and recent abandons", on one
/// hand-computed directory: a queue_log and an agents file, as of t0 + 1 h.
@Suite("Agent states and call-backs")
struct AgentStatesTests {
    /// 2026-11-22T09:00:00Z.
    static let t0 = 1_795_338_000.0
    static let asOf = t0 + 3600

    static func at(_ seconds: Int, _ rest: String) -> String { "\(Int(t0) + seconds)|\(rest)\n" }

    static let queueLog = [
        at(0, "NONE|sales|alice|ADDMEMBER|"),
        at(0, "NONE|sales|bob|ADDMEMBER|"),
        at(0, "NONE|support|bob|ADDMEMBER|"),
        at(0, "NONE|NONE|carol|AGENTLOGIN|"), // no queue: every queue, none named
        at(0, "NONE|sales|dave|ADDMEMBER|"),
        at(100, "NONE|sales|bob|PAUSE|Lunch"),
        at(200, "NONE|sales|dave|REMOVEMEMBER|"), // out of its last queue
        at(250, "NONE|NONE|dave|AGENTLOGOFF|"), // already out: changes nothing (since stays 200)
        at(300, "NONE|sales|alice|PAUSE|Coffee"),
        at(400, "NONE|sales|alice|UNPAUSE|"),
        at(450, "NONE|sales|alice|UNPAUSE|"), // repeated: changes nothing
        at(500, "c2|sales|NONE|ENTERQUEUE||5550002"),
        at(520, "c2|sales|alice|CONNECT|20"),
        at(800, "c2|sales|alice|COMPLETECALLER|20|280"),
        at(600, "c3|sales|NONE|ENTERQUEUE||5550003"),
        at(660, "c3|sales|NONE|ABANDON|1|1|60"),
        at(700, "c4|sales|NONE|ENTERQUEUE||"),
        at(790, "c4|sales|NONE|EXITWITHTIMEOUT|1|1|90"),
        at(900, "c5|sales|NONE|ENTERQUEUE||5550005"),
        at(902, "c5|sales|NONE|ABANDON|1|1|2"), // 2 s: short, no call-back
        at(950, "c6|support|NONE|EXITWITHKEY|5|1|1|30"), // orphan: no wait, no caller
        at(1000, "c1|sales|NONE|ENTERQUEUE||5550001"),
        at(1010, "c1|sales|carol|CONNECT|10"),
        at(1100, "NONE|NONE|carol|PAUSE|Training"), // a pause during a call
        at(4000, "NONE|sales|alice|PAUSE|Late"), // after as-of: does not count
    ].joined()

    static func ts(_ seconds: Int) -> String { String(Int(t0) + seconds) }

    static let agentsCSV = """
        ts,agent,event,queue,reason
        \(ts(0)),erin,login,,
        \(ts(1200)),erin,wrap_up,,
        \(ts(0)),frank,login,chat,
        \(ts(1300)),frank,wrap_up,,
        \(ts(1400)),frank,ready,,
        \(ts(1500)),gina,dance,,
        \(ts(1500)),,pause,,Lunch

        """

    func loaded() throws -> DirectoryLoader.Loaded {
        let dir = try TempDataDir(["queue_log": Self.queueLog, "agents.csv": Self.agentsCSV])
        return try dir.load(cutoff: Self.asOf)
    }

    @Test("every state, with since, reason and queues")
    func states() throws {
        let report = try loaded().report(asOf: Self.asOf)
        let list = try #require(report.agentStates).list
        #expect(list == [
            // Unpaused at 400, then its call ended at 800: the later one.
            AgentState(agent: "alice", activity: .available, since: Self.t0 + 800, queues: ["sales"]),
            AgentState(agent: "bob", activity: .paused, since: Self.t0 + 100, reason: "Lunch", queues: ["sales", "support"]),
            // Answered at 1010 and not ended: on contact, whatever its pause at 1100.
            AgentState(agent: "carol", activity: .onContact, since: Self.t0 + 1010),
            AgentState(agent: "dave", activity: .loggedOut, since: Self.t0 + 200),
            AgentState(agent: "erin", activity: .wrapUp, since: Self.t0 + 1200),
            AgentState(agent: "frank", activity: .available, since: Self.t0 + 1400, queues: ["chat"]),
        ])
        let f = try #require(report.agentStates)
        // 2 available + 1 on contact + 1 wrap-up + 1 paused = 5 logged in.
        let counts: [Int] = [f.count(.available), f.count(.onContact), f.count(.wrapUp), f.count(.paused),
                             f.count(.loggedOut), f.loggedIn]
        #expect(counts == [2, 1, 1, 1, 1, 5])
    }

    @Test("bad agents rows are named and the rows around them count")
    func badRows() throws {
        let l = try loaded()
        let q = l.quality("agents.csv")
        #expect(q.rejected == 2)
        #expect(q.errors.contains { $0.contains("unknown event 'dance'") })
        #expect(q.errors.contains { $0.contains("missing agent") })
        #expect(q.rows == 7)
    }

    @Test("causes counted as before: the short abandon is not one")
    func causes() throws {
        let report = try loaded().report(asOf: Self.asOf)
        // c3 caller, c4 timeout, c6 key; c5 waited 2 s (< 5): short, not counted.
        #expect(report.queue.abandonedByCause == ["caller": 1, "timeout": 1, "key": 1])
    }

    @Test("an earlier as-of: the pause at 300 still holds, no call ended yet")
    func earlierAsOf() throws {
        let dir = try TempDataDir(["queue_log": Self.queueLog, "agents.csv": Self.agentsCSV])
        let report = try dir.load(cutoff: Self.t0 + 350).report(asOf: Self.t0 + 350)
        let alice = try #require(report.agentStates?.list.first { $0.agent == "alice" })
        #expect(alice == AgentState(agent: "alice", activity: .paused, since: Self.t0 + 300, reason: "Coffee", queues: ["sales"]))
    }

    @Test("no agent events: no states (unknown counts)")
    func noAgents() throws {
        let l = try loadOne("queue_log", Self.at(0, "c9|sales|NONE|ENTERQUEUE||1"))
        let report = l.report(asOf: Self.asOf)
        #expect(report.agentStates == nil)
    }
}
