import TableroCore
import TableroText

/// `report`'s agents and call-back sections (METRICS.md, "Agents" and
/// "Abandon causes and recent abandons"). Names and caller ids are data
/// text: sanitized before they are written.
extension ReportText {
    /// Nothing when no agent event was seen: there is nothing to count.
    static func agents(_ figures: AgentFigures?, asOf: Double, clock: ZoneClock, _ words: Words) -> String {
        guard let figures else { return "" }
        let (l, f) = (words.l, words.f)
        let counts = AgentActivity.contractOrder.map { "\(f.number(Double(figures.count($0)))) \(l.state($0))" }
        let title = l[floor: .agentsTitle] + ": " + l[floor: .loggedIn].lowercased() + " "
            + f.number(Double(figures.loggedIn)) + " (" + counts.joined(separator: " · ") + ")"
        let rows = figures.list.map { s in
            [Sanitize.text(s.agent, limit: 24), l.state(s.activity),
             s.since.map { clock.rfc3339($0) } ?? NumberStyle.unknown,
             s.since.map { f.duration(asOf - $0) } ?? NumberStyle.unknown,
             s.reason.map { Sanitize.text($0, limit: 30) } ?? "",
             s.queues.map { Sanitize.text($0, limit: 20) }.joined(separator: ",")]
        }
        return table(title, header: [l[floor: .agent], l[floor: .state], l[floor: .since], "", l[floor: .reason], l[floor: .queues]],
                     rows: rows)
    }

    /// The latest abandons to call back; nothing when none abandoned.
    static func callBacks(_ list: [RecentAbandon], clock: ZoneClock, _ words: Words) -> String {
        guard !list.isEmpty else { return "" }
        let (l, f) = (words.l, words.f)
        let rows = list.map { a in
            [clock.rfc3339(a.at), Sanitize.text(a.queue, limit: 20), Sanitize.text(a.channel, limit: 12),
             f.duration(a.waitedSeconds), l.cause(a.cause), a.caller.map { Sanitize.text($0, limit: 24) } ?? NumberStyle.unknown,
             Sanitize.text(a.contactID, limit: 30)]
        }
        return table(l[floor: .callBacksTitle], header: [l[floor: .time], l[.queue].full, "", l[floor: .waited], l[floor: .cause],
                                                         l[floor: .callerID], ""], rows: rows)
    }
}
