import Testing
import TableroCore
import TableroReport

/// `agents` in `report --json` (CLI.md): counts in the contract's order, the
/// list sorted by agent, and null counts with no agent events at all.
@Suite("agents in report --json")
struct AgentsJSONTests {
    /// 2026-11-22T09:00:00Z.
    static let t0 = 1_795_338_000.0

    static func json(_ events: [AgentStateEvent]) -> String {
        var store = MetricsStore()
        for e in events { store.add(e) }
        let report = store.report(window: .all, asOf: t0 + 600)
        return ReportJSON.make(report, clock: .utc).serialized(pretty: false)
    }

    @Test("no agent events: the counts are unknown and the list empty")
    func none() {
        #expect(Self.json([]).contains(
            #""agents":{"logged_in":null,"available":null,"on_contact":null,"wrap_up":null,"paused":null,"logged_out":null,"list":[]}"#))
    }

    @Test("a paused agent and a free one, sorted by name")
    func pausedAndFree() {
        let out = Self.json([
            AgentStateEvent(time: Self.t0, agent: "zoe", queue: "sales", change: .addMember),
            AgentStateEvent(time: Self.t0, agent: "amy", queue: "", change: .login),
            // Paused at +60 for "Lunch": since 09:01:00.
            AgentStateEvent(time: Self.t0 + 60, agent: "zoe", queue: "sales", change: .pause, reason: "Lunch"),
        ])
        // amy: logged in from logged out at 09:00:00, no named queue.
        #expect(out.contains(#""agents":{"logged_in":2,"available":1,"on_contact":0,"wrap_up":0,"paused":1,"logged_out":0,"list":["#
            + #"{"agent":"amy","state":"available","since":"2026-11-22T09:00:00Z","reason":null,"queues":[]},"#
            + #"{"agent":"zoe","state":"paused","since":"2026-11-22T09:01:00Z","reason":"Lunch","queues":["sales"]}]}"#))
    }
}
