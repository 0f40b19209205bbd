import TableroCore

/// One line of an Asterisk `queue_log`: `epoch|callid|queue|agent|EVENT|data…`.
/// Events are read by name; missing or extra trailing fields are tolerated
/// because they differ between Asterisk versions (DATA.md, "queue_log").
struct QueueLogDecoder {
    /// Returns the reason a line is rejected, or nil.
    func decode(_ fields: [FieldBytes], origin: RowOrigin, into store: inout MetricsStore) -> String? {
        guard fields.count >= 5 else { return "queue_log line has \(fields.count) fields, needs at least 5" }
        let epochText = fields[0].trimmed()
        guard let time = ValueParser.decimal(epochText), time >= 0, time < 253_402_300_800 else { // before year 10000
            return "queue_log epoch \(Sanitize.quoted(epochText.string)) is not a number"
        }
        let callID = fields[1].trimmed().string
        let queue = none(fields[2].trimmed().string)
        let agent = none(fields[3].trimmed().string)
        let event = fields[4].trimmed().string.uppercased()
        let data = Array(fields.dropFirst(5))
        func number(_ i: Int) -> Double? { i >= 0 && i < data.count ? ValueParser.decimal(data[i]) : nil }

        let kind: ContactEventKind
        var cause = AbandonCause.caller
        var handle: Double? = nil
        switch event {
        case "ENTERQUEUE": kind = .arrive
        case "CONNECT": kind = .answer
        case "COMPLETECALLER", "COMPLETEAGENT":
            kind = .resolve
            handle = number(1)
        case "TRANSFER", "BLINDTRANSFER", "ATTENDEDTRANSFER":
            // Fields vary; holdtime, calltime, origposition are the last three.
            kind = .resolve
            handle = number(data.count - 2)
        case "ABANDON": kind = .abandon
        case "EXITWITHTIMEOUT": kind = .abandon; cause = .timeout
        case "EXITEMPTY": kind = .abandon; cause = .emptyQueue
        case "EXITWITHKEY": kind = .abandon; cause = .key
        case "WITHDRAW": kind = .abandon; cause = .withdrawn
        case "ADDMEMBER": return agentChange(.addMember, time, agent, queue, &store)
        case "REMOVEMEMBER": return agentChange(.removeMember, time, agent, queue, &store)
        case "AGENTLOGIN": return agentChange(.login, time, agent, queue, &store)
        case "AGENTLOGOFF", "AGENTCALLBACKLOGOFF": return agentChange(.logoff, time, agent, queue, &store)
        case "PAUSE": return agentChange(.pause, time, agent, queue, &store)
        case "UNPAUSE": return agentChange(.unpause, time, agent, queue, &store)
        case "PAUSEALL": return agentChange(.pauseAll, time, agent, queue, &store)
        case "UNPAUSEALL": return agentChange(.unpauseAll, time, agent, queue, &store)
        default: return nil // QUEUESTART, CONFIGRELOAD, RINGNOANSWER, custom events: read and skipped
        }
        if callID.isEmpty { return "queue_log \(event) without a callid" }
        store.add(ContactEvent(time: time, contactID: callID, kind: kind, channel: "phone", queue: queue,
                               agent: kind == .answer || kind == .resolve ? agent : "",
                               handleSeconds: handle, abandonCause: cause), origin: origin)
        return nil
    }

    private func none(_ s: String) -> String { s == "NONE" ? "" : s }

    private func agentChange(_ change: AgentStateEvent.Change, _ time: Double, _ agent: String, _ queue: String,
                             _ store: inout MetricsStore) -> String? {
        guard !agent.isEmpty else { return nil }
        store.add(AgentStateEvent(time: time, agent: agent, queue: queue, change: change))
        return nil
    }
}
