import Testing
import TableroCore

/// Issue 10: the agents figure says where its count comes from (METRICS.md,
/// "Agents": the setting, else queue_log, else answers of the last hour).
@Suite struct AgentSourceTests {
    static let t = 1_795_338_000.0  // 2026-11-22T09:00:00Z

    func answer(_ store: inout MetricsStore, _ id: String, agent: String, at time: Double) {
        let o = RowOrigin(file: 0, line: 1)
        store.add(ContactEvent(time: time - 10, contactID: id, kind: .arrive, channel: "phone", queue: "sales"), origin: o)
        store.add(ContactEvent(time: time, contactID: id, kind: .answer, agent: agent), origin: o)
    }

    @Test func eachSource() {
        var store = MetricsStore()
        _ = store.ledger.fileID(path: "events.csv", kind: .events)
        // No agent anywhere: unknown.
        #expect(store.report(window: .all, asOf: Self.t).agentSource == nil)
        // Two agents answered in the last hour: "answering", 2.
        answer(&store, "c1", agent: "ana", at: Self.t - 600)
        answer(&store, "c2", agent: "ben", at: Self.t - 300)
        var r = store.report(window: .all, asOf: Self.t)
        #expect(r.agentSource == .answering)
        #expect(r.queue.agents == 2)
        // queue_log knows ana (logged in): agent events decide alone, so
        // ben's answer no longer counts ("else"): 1.
        store.add(AgentStateEvent(time: Self.t - 900, agent: "ana", queue: "sales", change: .addMember))
        r = store.report(window: .all, asOf: Self.t)
        #expect(r.agentSource == .loggedIn)
        #expect(r.queue.agents == 1)
        #expect(r.byQueue["sales"]?.agents == 1)
        // ana paused: logged in and not paused is none, 0, not unknown and
        // not ben's answer.
        store.add(AgentStateEvent(time: Self.t - 60, agent: "ana", queue: "", change: .pause))
        r = store.report(window: .all, asOf: Self.t)
        #expect(r.agentSource == .loggedIn)
        #expect(r.queue.agents == 0)
        // The setting wins over both.
        var settings = Settings()
        settings.queue.agents = 12
        var fixed = MetricsStore(settings: settings)
        answer(&fixed, "c1", agent: "ana", at: Self.t - 600)
        #expect(fixed.report(window: .all, asOf: Self.t).agentSource == .setting)
    }

    /// Files are read by path, so `archive/agents.csv` (yesterday: a login,
    /// then a logout at 17:00) comes after `agents.csv` (today's login at
    /// 08:00). The agents figure follows the events in time, as the agents'
    /// states do: ann is logged in, 1 (read in file order she was out, 0,
    /// while her state said on a contact: a review).
    @Test func agentEventsCountInTimeOrderNotReadOrder() {
        var store = MetricsStore()
        let t = Self.t  // 22 Nov 09:00
        store.add(AgentStateEvent(time: t - 3600, agent: "ann", queue: "sales", change: .login))
        store.add(AgentStateEvent(time: t - 86_400 - 3600, agent: "ann", queue: "sales", change: .login))
        store.add(AgentStateEvent(time: t - 86_400 + 8 * 3600, agent: "ann", queue: "", change: .logoff))
        let r = store.report(window: .all, asOf: t + 600)
        #expect(r.queue.agents == 1)
        #expect(r.agentStates?.list.first?.activity == .available)
    }

    /// DATA.md `agents`: a login or logout names its queue, or every queue
    /// when empty; METRICS.md: the last logout ends a pause. cat logs in to
    /// billing and sales, leaves sales: logged in, 1, in billing alone.
    /// dan logs in to every queue, pauses, logs out, logs in again: the
    /// logout ended the pause, so he counts: 2 in all; as a member of every
    /// queue he counts in each (METRICS.md): billing 2, sales 1.
    @Test func loginsAndLogoutsByQueue() {
        var store = MetricsStore()
        let t = Self.t
        // A caller waiting in each queue, so that both are listed.
        _ = store.ledger.fileID(path: "events.csv", kind: .events)
        for (id, queue) in [("b1", "billing"), ("s1", "sales")] {
            store.add(ContactEvent(time: t - 60, contactID: id, kind: .arrive, channel: "phone", queue: queue),
                      origin: RowOrigin(file: 0, line: 1))
        }
        store.add(AgentStateEvent(time: t - 900, agent: "cat", queue: "billing", change: .login))
        store.add(AgentStateEvent(time: t - 900, agent: "cat", queue: "sales", change: .login))
        store.add(AgentStateEvent(time: t - 600, agent: "cat", queue: "sales", change: .logoff))
        var r = store.report(window: .all, asOf: t)
        #expect(r.queue.agents == 1)
        #expect(r.byQueue["billing"]?.agents == 1)
        #expect(r.byQueue["sales"]?.agents == nil)
        store.add(AgentStateEvent(time: t - 500, agent: "dan", queue: "", change: .login))
        store.add(AgentStateEvent(time: t - 400, agent: "dan", queue: "", change: .pause, reason: "Lunch"))
        store.add(AgentStateEvent(time: t - 300, agent: "dan", queue: "", change: .logoff))
        store.add(AgentStateEvent(time: t - 200, agent: "dan", queue: "", change: .login))
        r = store.report(window: .all, asOf: t)
        #expect(r.queue.agents == 2)
        #expect(r.byQueue["billing"]?.agents == 2)
        #expect(r.byQueue["sales"]?.agents == 1)
    }
}
