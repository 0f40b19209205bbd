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
        /// Answer times of the contacts it answered that have not ended
        /// yet (`OpenAnswers`; `open` sorts them). Which contact does not
        /// matter to the agent's state, only when: the contact's own state
        /// (`ContactState.agent`) says which agent to tell when it ends, so
        /// no contact id is hashed here (issue 11: a dictionary keyed by
        /// contact id cost a fifth of a large load).
        var openTimes = OpenAnswers()
        /// The latest answer by this agent (ends a wrap-up).
        public var latestAnswer: Double?
        /// The latest end (resolve or abandon) of a contact it answered.
        public var latestEnd: Double?

        /// The open answers' times, in ascending order.
        public var open: [Double] { openTimes.times.sorted() }

        public static func == (a: Contacts, b: Contacts) -> Bool {
            a.latestAnswer == b.latestAnswer && a.latestEnd == b.latestEnd && a.open == b.open
        }
    }

    public internal(set) var steps: [String: [Step]] = [:]
    /// Per agent, indexed by its interned name (`NameTable` ids count from
    /// 0): a dictionary hashed twice per answered contact measured at a
    /// twentieth of a large load's main thread (issue 11).
    private var byAgent: [Contacts?] = []
    /// Whether the open answers are kept as contacts are answered and end.
    /// They tell an agent's state, which is known only from its agent
    /// events: a store keeps them from its first agent event on, taking
    /// those open then from its contacts (`MetricsStore.add(_:origin:)`).
    /// Kept from the first row, they were a tenth of the main thread of a
    /// 10M-contact events load that had no agent events (issue 11).
    public private(set) var keepsOpenAnswers: Bool

    /// `keepsOpenAnswers`: from the start (true), or from `keepOpenAnswers`.
    init(keepsOpenAnswers: Bool) {
        self.keepsOpenAnswers = keepsOpenAnswers
    }

    /// The contacts `agent` (an interned name) answered, if any.
    public func contacts(of agent: Int32) -> Contacts? {
        agent >= 0 && Int(agent) < byAgent.count ? byAgent[Int(agent)] : nil
    }

    public init() { self.init(keepsOpenAnswers: true) }

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

    /// An answer by `agent`; `endedAt` when the contact's end was read
    /// first. Changed in place: a copy of `Contacts` per answer would copy
    /// its open list each time.
    mutating func answered(by agent: Int32, at time: Double, endedAt: Double?) {
        byAgent[made(agent)]!.answered(at: time, endedAt: endedAt, keepingOpen: keepsOpenAnswers)
    }

    /// `agent`'s place in `byAgent`, with its `Contacts` made if need be.
    private mutating func made(_ agent: Int32) -> Int {
        let a = Int(agent)
        byAgent.extend(toHold: a, with: nil)
        if byAgent[a] == nil { byAgent[a] = Contacts() }
        return a
    }

    /// A resolve or abandon of a contact `agent` answered at `answeredAt`.
    mutating func ended(by agent: Int32, answeredAt: Double, at time: Double) {
        let a = Int(agent)
        guard a >= 0 && a < byAgent.count else { return }
        byAgent[a]?.ended(answeredAt: answeredAt, at: time, keepingOpen: keepsOpenAnswers)
    }

    /// From now on the open answers are kept, starting with `open`: the
    /// answer times of the contacts open now, by agent (any order). Those
    /// a sweep would have forgotten before now may be among them: they are
    /// older than the horizon an agent's state looks back to (forgotten
    /// only by a sweep at most as late as the as-of), and the next sweep
    /// forgets them.
    mutating func keepOpenAnswers(_ open: [(agent: Int32, answer: Double)]) {
        guard !keepsOpenAnswers else { return }
        keepsOpenAnswers = true
        for (agent, answer) in open where agent >= 0 && !answer.isNaN {
            byAgent[made(agent)]!.openTimes.insert(answer)
        }
    }

    /// Forgets answers open longer than the horizon: they no longer make an
    /// agent on contact (METRICS.md), so memory follows the open contacts.
    mutating func forget(answeredBefore limit: Double) {
        guard keepsOpenAnswers else { return }
        for a in byAgent.indices where byAgent[a] != nil {
            byAgent[a]!.openTimes.keepOnly { $0 >= limit }
        }
    }
}

extension AgentLog.Contacts {
    mutating func answered(at time: Double, endedAt: Double?, keepingOpen: Bool) {
        latestAnswer = max(latestAnswer ?? time, time)
        if let endedAt {
            latestEnd = max(latestEnd ?? endedAt, endedAt)
        } else if keepingOpen && !time.isNaN {
            openTimes.insert(time)
        }
    }

    /// One open answer at `answeredAt` ends (none left if it was forgotten).
    /// Which of several equal answer times goes does not matter: they are
    /// the same value (0 and -0 too).
    mutating func ended(answeredAt: Double, at time: Double, keepingOpen: Bool) {
        if keepingOpen { openTimes.remove(answeredAt) }
        latestEnd = max(latestEnd ?? time, time)
    }
}
