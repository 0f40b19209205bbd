import TableroCanvas
import TableroCore
import TableroText

/// The agents as a supervisor acts on them: the longest pause first, then
/// the longest on a contact, then the rest (wrap-up, free, logged out last),
/// each with its state, pause reason and time in that state, which moves
/// with as-of (the per-second refresh recomputes the states).
enum AgentsTable {
    /// The order of the list; within a group, the longest in its state first.
    static func ordered(_ list: [AgentState]) -> [AgentState] {
        func rank(_ a: AgentActivity) -> Int {
            switch a {
            case .paused: 0
            case .onContact: 1
            case .wrapUp: 2
            case .available: 3
            case .loggedOut: 4
            }
        }
        return list.sorted { a, b in
            if rank(a.activity) != rank(b.activity) { return rank(a.activity) < rank(b.activity) }
            let (x, y) = (a.since ?? -.infinity, b.since ?? -.infinity)
            return x != y ? x < y : a.agent < b.agent
        }
    }

    /// With `quality`, an IQS column (issue 14): each agent's internal
    /// quality score over the window's reviews, matched by name.
    static func table(_ ctx: ViewContext, _ f: AgentFigures, asOf: Double, quality: QualityFigures? = nil) -> Table {
        let l = ctx.labels, n = ctx.numbers
        // Only where a listed agent has reviews: a column of dashes says nothing.
        let iqs = quality.flatMap { q in f.list.contains { q.byAgent[$0.agent] != nil } ? q.byAgent : nil }
        var columns = [Table.Column(l[floor: .agent], .left), Table.Column(l[floor: .state], .left),
                       Table.Column(l[floor: .reason], .left), Table.Column(l[floor: .timeInState])]
        if iqs != nil { columns.append(Table.Column(l.iqs.short)) }
        let rows: [[Table.Cell]] = ordered(f.list).map { s in
            // Names and reasons are data text: folded and cut like any other.
            var row = [Table.Cell(ctx.fold(Sanitize.text(s.agent, limit: 24))),
                       Table.Cell(l.state(s.activity), style: style(s.activity)),
                       Table.Cell(ctx.fold(Sanitize.text(s.reason ?? "", limit: 24))),
                       Table.Cell(n.duration(s.since.map { max(0, asOf - $0) }))]
            if let iqs { row.append(Table.Cell(n.number(iqs[s.agent]?.iqs, decimals: 1), style: ctx.thresholds.iqs(iqs[s.agent]?.iqs).style)) }
            return row
        }
        return Table(columns: columns, rows: rows)
    }

    /// A pause is what a supervisor looks for first: it stands out.
    static func style(_ a: AgentActivity) -> Style? {
        switch a {
        case .paused: Level.warning.style
        case .onContact: Level.good.style
        default: nil
        }
    }
}
