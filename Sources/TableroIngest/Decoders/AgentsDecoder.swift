import TableroCore

/// `agents*.csv|jsonl`: agent events from a system other than Asterisk
/// (DATA.md, "agents"). An unknown event or a missing agent is a bad row.
struct AgentsDecoder: RowDecoder {
    static let columns = ["ts", "agent", "event", "queue", "reason"]
    static let required = ["ts", "agent", "event"]

    private static let changes: [String: AgentStateEvent.Change] = [
        "login": .login, "logout": .logoff, "pause": .pause, "unpause": .unpause,
        "wrap_up": .wrapUp, "ready": .ready,
    ]

    func decode(_ row: RowFields, origin: RowOrigin, into store: inout MetricsStore) -> String? {
        do {
            let time = try Field.required(Field.timestamp(row, 0, "ts", clock: store.clock).get(), "ts").get()
            let agent = row.text(1)
            if agent.isEmpty { return "missing agent" }
            let eventText = row.text(2)
            if eventText.isEmpty { return "missing event" }
            guard let change = Self.changes[eventText.lowercased()] else {
                return "unknown event \(Sanitize.quoted(eventText))"
            }
            store.add(AgentStateEvent(time: time, agent: agent, queue: row.text(3), change: change,
                                      reason: change == .pause ? row.text(4) : ""), origin: origin)
            return nil
        } catch {
            return error.reason
        }
    }
}
