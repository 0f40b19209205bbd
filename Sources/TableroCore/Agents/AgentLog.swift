/// What the store keeps to tell each agent's state at any as-of (METRICS.md,
/// "Agents"): every agent event in time order (equal times in read order, so
/// files read in any order agree), and per agent the contacts it answered.
/// Agent events are few (a few dozen per agent and day), so they are kept
/// whole; contacts are kept only while open.
public struct AgentLog: Sendable {
    public struct Step: Sendable, Equatable {
        public var time: Double
        public var change: AgentStateEvent.Change
        public var queue: String
        public var reason: String
    }

    /// The contacts one agent answered, as far as its state needs them.
    public struct Contacts: Sendable, Equatable {
        /// Answered and not ended yet: contact id → answer time.
        public var open: [String: Double] = [:]
        /// The latest answer by this agent (ends a wrap-up).
        public var latestAnswer: Double?
        /// The latest end (resolve or abandon) of a contact it answered.
        public var latestEnd: Double?
    }

    public internal(set) var steps: [String: [Step]] = [:]
    public internal(set) var contacts: [String: Contacts] = [:]
    /// Open answered contact id → its agent, so its end finds the agent.
    var agentOfOpen: [String: String] = [:]

    public init() {}

    public var isEmpty: Bool { steps.isEmpty }

    mutating func add(_ e: AgentStateEvent) {
        let step = Step(time: e.time, change: e.change, queue: e.queue, reason: e.reason)
        // In place (a copy per event would make a long log quadratic).
        // Usually appended; an older row (another file) goes after its equals.
        steps[e.agent, default: []].insert(step, at: insertionIndex(e.agent, e.time))
    }

    private func insertionIndex(_ agent: String, _ time: Double) -> Int {
        guard let list = steps[agent] else { return 0 }
        var i = list.count
        while i > 0 && list[i - 1].time > time { i -= 1 }
        return i
    }

    /// An answer by `agent`; `endedAt` when the contact's end was read first.
    mutating func answered(_ contactID: String, by agent: String, at time: Double, endedAt: Double?) {
        var c = contacts[agent, default: Contacts()]
        c.latestAnswer = max(c.latestAnswer ?? time, time)
        if let endedAt {
            c.latestEnd = max(c.latestEnd ?? endedAt, endedAt)
        } else {
            c.open[contactID] = time
            agentOfOpen[contactID] = agent
        }
        contacts[agent] = c
    }

    /// A resolve or abandon of a contact; ends its agent's contact if any.
    mutating func ended(_ contactID: String, at time: Double) {
        guard let agent = agentOfOpen.removeValue(forKey: contactID) else { return }
        contacts[agent]?.open[contactID] = nil
        let end = contacts[agent]?.latestEnd
        contacts[agent]?.latestEnd = max(end ?? time, time)
    }

    /// Forgets answers open longer than the horizon: they no longer make an
    /// agent on contact (METRICS.md), so memory follows the open contacts.
    mutating func forget(answeredBefore limit: Double) {
        for (id, agent) in agentOfOpen {
            guard let t = contacts[agent]?.open[id], t < limit else { continue }
            contacts[agent]?.open[id] = nil
            agentOfOpen[id] = nil
        }
    }
}
