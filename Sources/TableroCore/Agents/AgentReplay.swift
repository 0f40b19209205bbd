/// What one agent's events say at as-of, in time order, before its
/// contacts are looked at: its queues, its pause, its wrap-up, and when
/// each began. The agents' states (`AgentReplay`) and the agents figure
/// (`MetricsStore.agentsAt`: logged in and not paused) both read it, so the
/// two never disagree, whatever order the files were read in.
struct AgentFold {
    var everyQueue = false
    var queues = Set<String>()
    var loggedOutSince: Double?
    var pausedSince: Double?
    var reason = ""
    var wrapSince: Double?
    var availableSince: Double?
    /// Logged in: a member of some queue, or of every queue.
    var member: Bool { everyQueue || !queues.isEmpty }

    /// `latestAnswer`: the agent's latest answer, which ends a wrap-up it follows.
    init(steps: [AgentLog.Step], asOf: Double, latestAnswer: Double?) {
        for step in steps where step.time <= asOf {
            switch step.change {
            case .login, .addMember:
                let wasOut = !member
                if step.queue.isEmpty { everyQueue = true } else { queues.insert(step.queue) }
                if wasOut { availableSince = step.time }
            case .logoff, .removeMember:
                let wasMember = member
                if step.queue.isEmpty {
                    everyQueue = false
                    queues.removeAll()
                } else {
                    queues.remove(step.queue)
                }
                if !member {
                    // Out of its last queue: pause and wrap-up end with it.
                    // A logout of an agent already out changes nothing: its
                    // since stays that of the logout that left it out (an
                    // audit: a second logout moved it).
                    if wasMember || loggedOutSince == nil { loggedOutSince = step.time }
                    pausedSince = nil
                    wrapSince = nil
                }
            case .pause, .pauseAll:
                if pausedSince == nil { pausedSince = step.time }
                // The latest pause says what the agent is doing now.
                if !step.reason.isEmpty || step.change == .pause { reason = step.reason }
                wrapSince = nil
            case .unpause, .unpauseAll:
                if pausedSince != nil {
                    pausedSince = nil
                    reason = ""
                    availableSince = step.time
                }
            case .wrapUp:
                // A wrap-up that an answer ended gives way to this newer one.
                let answer = latestAnswer.flatMap { $0 <= asOf ? $0 : nil }
                if let open = wrapSince, let answer, answer > open, answer <= step.time { wrapSince = nil }
                if wrapSince == nil { wrapSince = step.time }
            case .ready:
                if wrapSince != nil {
                    wrapSince = nil
                    availableSince = step.time
                }
            }
        }
    }
}

/// Replays one agent's events up to as-of into its state: the rules of
/// METRICS.md's "Agents" table, the first that holds wins. Pure.
enum AgentReplay {
    static func state(of agent: String, steps: [AgentLog.Step], contacts: AgentLog.Contacts?,
                      asOf: Double, forgetHours: Double) -> AgentState {
        let fold = AgentFold(steps: steps, asOf: asOf, latestAnswer: contacts?.latestAnswer)
        let (queues, member, loggedOutSince, pausedSince, reason, wrapSince, availableSince) =
            (fold.queues, fold.member, fold.loggedOutSince, fold.pausedSince, fold.reason, fold.wrapSince, fold.availableSince)
        let named = queues.sorted()
        guard member else {
            return AgentState(agent: agent, activity: .loggedOut, since: loggedOutSince, queues: named)
        }
        let horizon = asOf - forgetHours * 3600
        let openAnswers = (contacts?.open ?? []).filter { $0 <= asOf && $0 >= horizon }
        if let answer = openAnswers.max() {
            return AgentState(agent: agent, activity: .onContact, since: answer, queues: named)
        }
        if let pausedSince {
            return AgentState(agent: agent, activity: .paused, since: pausedSince,
                              reason: reason.isEmpty ? nil : reason, queues: named)
        }
        // An answer after the wrap-up row ends it.
        if let wrapSince, !((contacts?.latestAnswer).map { $0 > wrapSince && $0 <= asOf } ?? false) {
            return AgentState(agent: agent, activity: .wrapUp, since: wrapSince, queues: named)
        }
        let contactEnd = (contacts?.latestEnd).flatMap { $0 <= asOf ? $0 : nil }
        let since = [availableSince, contactEnd].compactMap { $0 }.max()
        return AgentState(agent: agent, activity: .available, since: since, queues: named)
    }
}

extension MetricsStore {
    /// Every agent known from agent events, at as-of; nil with none at all
    /// (the counts are unknown, not zero).
    public func agentStates(asOf: Double) -> AgentFigures? {
        guard !agentLog.isEmpty else { return nil }
        let hours = settings.queue.forgetWaitingAfterHours
        let list = agentLog.steps.keys.sorted().map { name in
            AgentReplay.state(of: name, steps: agentLog.steps[name]!, contacts: names.lookup(name).flatMap { agentLog.contacts(of: $0) },
                              asOf: asOf, forgetHours: hours)
        }
        return AgentFigures(list: list)
    }
}
