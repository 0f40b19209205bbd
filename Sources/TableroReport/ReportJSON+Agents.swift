import TableroCore

/// The supervisor's floor in `report --json`: abandon causes, the call-back
/// list and the agents' states (CLI.md).
extension ReportJSON {
    /// Every cause key, 0 when none.
    static func abandonCauses(_ q: QueueFigures) -> JSONValue {
        .object(AbandonCause.contractOrder.map { ($0.name, .int(q.abandonedByCause[$0.name] ?? 0)) })
    }

    static func recentAbandon(_ a: RecentAbandon, clock: ZoneClock) -> JSONValue {
        .object([
            ("contact_id", .string(a.contactID)), ("at", .string(clock.rfc3339(a.at))),
            ("queue", a.queue.isEmpty ? .null : .string(a.queue)),
            ("channel", a.channel.isEmpty ? .null : .string(a.channel)),
            ("waited_seconds", .num(a.waitedSeconds)), ("cause", .string(a.cause.name)),
            ("caller", a.caller.map { .string($0) } ?? .null),
        ])
    }

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

extension AbandonCause {
    /// CLI.md's order: caller, timeout, key, empty, withdrawn.
    public static let contractOrder: [AbandonCause] = [.caller, .timeout, .key, .emptyQueue, .withdrawn]
}

extension AgentActivity {
    /// CLI.md's order after `logged_in`.
    public static let contractOrder: [AgentActivity] = [.available, .onContact, .wrapUp, .paused, .loggedOut]
}
