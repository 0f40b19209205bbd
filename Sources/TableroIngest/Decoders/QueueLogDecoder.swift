import TableroCore

/// One line of an Asterisk `queue_log`: `epoch|callid|queue|agent|EVENT|data…`.
/// Events are read by name; missing or extra trailing fields are tolerated
/// because they differ between Asterisk versions (DATA.md, "queue_log").
struct QueueLogDecoder {
    /// Returns the reason a line is rejected, or nil.
    func decode(_ fields: [FieldBytes], origin: RowOrigin, into store: inout MetricsStore) -> String? {
        guard fields.count >= 5 else { return "queue_log line has \(fields.count) fields, needs at least 5" }
        let epochText = fields[0].trimmed()
        guard let time = ValueParser.decimal(epochText) else {
            return "queue_log epoch \(Sanitize.quoted(epochText.string)) is not a number"
        }
        guard ValueParser.timestampRange.contains(time) else {
            return "queue_log epoch \(Sanitize.quoted(epochText.string)) is before 1970 or from 2100 on"
        }
        let callID = fields[1].trimmed().string
        let queue = none(fields[2].trimmed().string)
        let agent = none(fields[3].trimmed().string)
        let event = fields[4].trimmed().string.uppercased()

        // Every time, the end of a call included, comes from line timestamps:
        // the data fields' holdtime and calltime differ between Asterisk
        // versions (a 1.4 BLINDTRANSFER has no origposition) and can be
        // corrupt, so they are never read as times (DATA.md, "queue_log").
        let kind: ContactEventKind
        var cause = AbandonCause.caller
        switch event {
        case "ENTERQUEUE": kind = .arrive
        case "CONNECT": kind = .answer
        case "COMPLETECALLER", "COMPLETEAGENT", "TRANSFER", "BLINDTRANSFER", "ATTENDEDTRANSFER":
            kind = .resolve
        case "ABANDON": kind = .abandon
        case "EXITWITHTIMEOUT": kind = .abandon; cause = .timeout
        case "EXITEMPTY": kind = .abandon; cause = .emptyQueue
        case "EXITWITHKEY": kind = .abandon; cause = .key
        case "WITHDRAW": kind = .abandon; cause = .withdrawn
        case "ADDMEMBER": return agentChange(.addMember, time, agent, queue, &store)
        case "REMOVEMEMBER": return agentChange(.removeMember, time, agent, queue, &store)
        case "AGENTLOGIN": return agentChange(.login, time, agent, queue, &store)
        case "AGENTLOGOFF", "AGENTCALLBACKLOGOFF": return agentChange(.logoff, time, agent, queue, &store)
        case "PAUSE":
            // data1 is the reason (Asterisk 1.6 on); older versions leave it out.
            let reason = fields.count > 5 ? fields[5].trimmed().string : ""
            return agentChange(.pause, time, agent, queue, &store, reason: reason)
        case "UNPAUSE": return agentChange(.unpause, time, agent, queue, &store)
        case "PAUSEALL": return agentChange(.pauseAll, time, agent, queue, &store)
        case "UNPAUSEALL": return agentChange(.unpauseAll, time, agent, queue, &store)
        default: return nil // QUEUESTART, CONFIGRELOAD, RINGNOANSWER, custom events: read and skipped
        }
        if callID.isEmpty { return "queue_log \(event) without a callid" }
        var e = ContactEvent(time: time, contactID: callID, kind: kind, channel: "phone", queue: queue,
                             agent: kind == .answer || kind == .resolve ? agent : "", abandonCause: cause)
        // ENTERQUEUE|url|callerid|position: the number to call back.
        if kind == .arrive, fields.count > 6 { e.caller = fields[6].trimmed().string }
        store.add(e, origin: origin)
        return nil
    }

    private func none(_ s: String) -> String { s == "NONE" ? "" : s }

    private func agentChange(_ change: AgentStateEvent.Change, _ time: Double, _ agent: String, _ queue: String,
                             _ store: inout MetricsStore, reason: String = "") -> String? {
        guard !agent.isEmpty else { return nil }
        store.add(AgentStateEvent(time: time, agent: agent, queue: queue, change: change, reason: reason))
        return nil
    }
}
