/// One agent's state at as-of (METRICS.md, "Agents").
public enum AgentActivity: String, Sendable, CaseIterable {
    case loggedOut = "logged_out"
    case onContact = "on_contact"
    case paused
    case wrapUp = "wrap_up"
    case available
}

public struct AgentState: Sendable, Equatable {
    public var agent: String
    public var activity: AgentActivity
    /// When the state began; nil when unknown (an agent never logged in).
    public var since: Double?
    /// Why paused; nil unless paused (or when the pause gave none).
    public var reason: String?
    /// The queues it is a member of by name, sorted.
    public var queues: [String]

    public init(agent: String, activity: AgentActivity, since: Double?, reason: String? = nil, queues: [String] = []) {
        self.agent = agent
        self.activity = activity
        self.since = since
        self.reason = reason
        self.queues = queues
    }
}

/// Every known agent's state at as-of, with the counts per state.
public struct AgentFigures: Sendable, Equatable {
    /// Sorted by agent.
    public var list: [AgentState]

    public init(list: [AgentState]) { self.list = list }

    public func count(_ activity: AgentActivity) -> Int { list.reduce(0) { $0 + ($1.activity == activity ? 1 : 0) } }
    /// Every state but logged out.
    public var loggedIn: Int { list.count - count(.loggedOut) }
}
