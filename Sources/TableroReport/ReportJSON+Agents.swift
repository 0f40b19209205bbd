import TableroCore

/// The agents' states in `report --json` (CLI.md, `agents`).
extension ReportJSON {
    /// Unknown counts (null) with no agent events at all.
    static func agents(_ figures: AgentFigures?, clock: ZoneClock) -> JSONValue {
        func count(_ n: Int?) -> JSONValue { .int(n) }
        let states: [(String, JSONValue)] = AgentActivity.contractOrder.map { ($0.rawValue, count(figures?.count($0))) }
        return .object([("logged_in", count(figures?.loggedIn))] + states + [
            ("list", .array((figures?.list ?? []).map { s in
                .object([
                    ("agent", .string(s.agent)), ("state", .string(s.activity.rawValue)),
                    ("since", s.since.map { .string(clock.rfc3339($0)) } ?? .null),
                    ("reason", s.reason.map { .string($0) } ?? .null),
                    ("queues", .array(s.queues.map { .string($0) })),
                ])
            })),
        ])
    }
}

extension AgentActivity {
    /// CLI.md's order after `logged_in`.
    public static let contractOrder: [AgentActivity] = [.available, .onContact, .wrapUp, .paused, .loggedOut]
}
