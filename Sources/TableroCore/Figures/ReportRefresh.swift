/// The per-second update of a wallboard. Between data changes only the
/// clock moves, and with it only a few figures: who is waiting and for how
/// long, the agents seen answering in the last hour, the as-of itself.
/// Merging the window's days again for them would make an idle dashboard
/// cost a full report every second.
extension MetricsStore {
    /// Brings the clock-driven figures of `report` up to `asOf`. Returns
    /// false, leaving the report alone, when the window's days changed
    /// (midnight passed): then only a full `report` is right.
    public func refreshNow(_ report: inout Report, asOf: Double) -> Bool {
        let window = ResolvedWindow(spec: report.window.spec, asOf: asOf, clock: clock, firstDataDay: firstDataDay)
        guard window.days == report.window.days else { return false }
        report.window = window
        report.asOf = asOf
        if report.recentHours.last.map({ asOf - $0.start >= 3600 }) ?? true { report.recentHours = recentHours(asOf) }

        let agents = agentsAt(asOf)
        let waiting = waitingAt(asOf)
        fillNow(&report.queue, waiting[nil], agents: agents.total, asOf: asOf)
        report.agentSource = agents.source
        refreshGroups(&report.byQueue, waiting: waiting, agents: agents.inQueue, asOf: asOf) { .queue($0) }
        refreshGroups(&report.byChannel, waiting: waiting, agents: { agents.byChannel[$0] }, asOf: asOf) { .channel($0) }
        for cls in ChannelClass.allCases {
            if report.byClass[cls] == nil && waiting[.cls(cls)] != nil { report.byClass[cls] = QueueFigures() }
            guard var f = report.byClass[cls] else { continue }
            fillNow(&f, waiting[.cls(cls)], agents: agents.byClass[cls], asOf: asOf)
            report.byClass[cls] = f
        }
        // Longest waits move with the clock, and so do their alerts.
        report.alerts = Levels(settings: settings).alerts(report)
        // An answer open past the forget horizon stops counting as on contact.
        report.agentStates = agentStates(asOf: asOf)
        return true
    }

    private func refreshGroups(_ groups: inout [String: QueueFigures], waiting: [WaitGroup?: WaitingSummary],
                               agents: (Int32) -> Int?, asOf: Double, key: (Int32) -> WaitGroup) {
        for (name, figures) in groups {
            guard let id = names.lookup(name) else { continue }
            var f = figures
            fillNow(&f, waiting[key(id)], agents: agents(id), asOf: asOf)
            // A group that was listed only because someone waited in it:
            // blank but for the figures that move with the clock.
            var rest = f
            rest.waitingNow = 0
            rest.longestWaitNowSeconds = nil
            rest.agents = nil
            groups[name] = rest == QueueFigures() && f.waitingNow == 0 ? nil : f
        }
        for (group, summary) in waiting {
            let id: Int32
            switch group {
            case .queue(let q)? where key(q) == group: id = q
            case .channel(let c)? where key(c) == group: id = c
            default: continue
            }
            guard let name = names.name(id), groups[name] == nil else { continue }
            var f = QueueFigures()
            fillNow(&f, summary, agents: agents(id), asOf: asOf)
            groups[name] = f
        }
    }
}
