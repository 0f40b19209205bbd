import TableroCore
import TableroText

/// `report`'s agents section (METRICS.md, "Agents"). Agent names and pause
/// reasons are data text: sanitized before they are written.
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
        return table(title, header: [l[floor: .agent], l[floor: .state], l[floor: .since], l[floor: .timeInState], l[floor: .reason], l[floor: .queues]],
                     rows: rows)
    }
}
