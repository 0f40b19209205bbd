/// Computes a `Report` from the store: merges the window's days, takes the
/// as-of figures (waiting now, agents, arrival rate) and runs the scenario.
extension MetricsStore {
    public var firstDataDay: LocalDay? { days.keys.min() }

    /// The agents at as-of (what bounds the agents slider), without the cost
    /// of a whole report.
    public func agents(asOf: Double) -> Int? { agentsAt(asOf).total }

    /// The window's retention, as its report has it, without the cost of
    /// a whole report: what bounds the retention slider of `report
    /// --what-if` (a second whole report per run was a fortieth of
    /// `report` on 1M contacts, issue 11).
    public func retention(window spec: WindowSpec, asOf: Double) -> RetentionFigures {
        retention(ResolvedWindow(spec: spec, asOf: asOf, clock: clock, firstDataDay: firstDataDay))
    }

    /// The retention of the customer periods `window` counts (`counted`).
    private func retention(_ window: ResolvedWindow) -> RetentionFigures {
        RetentionFigures(periods: counted(customers, \.period, in: window))
    }

    /// The lines of periods that overlap the window and have begun by
    /// as-of's day; `all` has no start, so every period begun by then counts.
    private func counted<Line>(_ lines: [Line], _ period: KeyPath<Line, Period>, in window: ResolvedWindow) -> [Line] {
        lines.filter {
            let p = $0[keyPath: period]
            return (window.spec == .all || p.overlaps(window.days)) && p.firstDay <= window.asOfDay
        }
    }

    public func report(window spec: WindowSpec, asOf: Double, scenario: Scenario? = nil) -> Report {
        let window = ResolvedWindow(spec: spec, asOf: asOf, clock: clock, firstDataDay: firstDataDay)
        let merged = merge(window.days)

        let agentCounts = agentsAt(asOf)
        let waitingNow = waitingAt(asOf)
        var queue = QueueFigures(merged.total)
        fillNow(&queue, waitingNow[nil], agents: agentCounts.total, asOf: asOf)

        var byQueue: [String: QueueFigures] = [:]
        for (id, agg) in merged.byQueue {
            var f = QueueFigures(agg)
            fillNow(&f, waitingNow[.queue(id)], agents: agentCounts.inQueue(id), asOf: asOf)
            byQueue[names.name(id)!] = f
        }
        var byChannel: [String: QueueFigures] = [:]
        for (id, agg) in merged.byChannel {
            var f = QueueFigures(agg)
            fillNow(&f, waitingNow[.channel(id)], agents: agentCounts.byChannel[id], asOf: asOf)
            byChannel[names.name(id)!] = f
        }
        // A class is listed when a channel of it would be: a contact event
        // in the window, or someone waiting now.
        var byClass: [ChannelClass: QueueFigures] = [:]
        for cls in ChannelClass.allCases where merged.byClass[cls] != nil || waitingNow[.cls(cls)] != nil {
            var f = merged.byClass[cls].map(QueueFigures.init) ?? QueueFigures()
            fillNow(&f, waitingNow[.cls(cls)], agents: agentCounts.byClass[cls], asOf: asOf)
            byClass[cls] = f
        }
        // Groups with someone waiting but nothing else in the window yet.
        for (key, w) in waitingNow {
            switch key {
            case .queue(let id)? where byQueue[names.name(id)!] == nil:
                var f = QueueFigures()
                fillNow(&f, w, agents: agentCounts.inQueue(id), asOf: asOf)
                byQueue[names.name(id)!] = f
            case .channel(let id)? where byChannel[names.name(id)!] == nil:
                var f = QueueFigures()
                fillNow(&f, w, agents: agentCounts.byChannel[id], asOf: asOf)
                byChannel[names.name(id)!] = f
            default: break
            }
        }

        let costLines = counted(costs, \.period, in: window)
        let benefitLines = counted(benefits, \.period, in: window)
        let retention = retention(window)
        let economics = settings.economics
        let roi = ROIFigures(costs: costLines, benefits: benefitLines, attributionPercent: economics.attribution)
        let months = Set(costLines.map(\.period.monthKey) + benefitLines.map(\.period.monthKey)).count
        let inputs = ScenarioInputs(costLines: costLines, benefitLines: benefitLines, baseline: roi,
                                    retention: retention, months: months, agentMonthlyCost: economics.agentMonthlyCost)

        // Erlang C models customers waiting on a line: live contacts only.
        let live = merged.byClass[.live] ?? QueueAggregate()
        let lambda = arrivalsPerHour(window: window, offered: live.offered)
        let liveAHT = Ratio.mean(live.handleSum, live.handleCount)
        let q = settings.queue
        let forecast = ErlangC.forecast(arrivalsPerHour: lambda, ahtSeconds: liveAHT, agents: queue.agents,
                                        serviceLevelSeconds: q.serviceLevelSeconds, serviceLevelTarget: q.serviceLevelTarget)
        let s = scenario ?? Scenario(settings: settings)
        let scenarioAgents = queue.agents.map { max(1, $0 + Int(s[.agents])) }
        let scenarioForecast = ErlangC.forecast(arrivalsPerHour: lambda, ahtSeconds: liveAHT, agents: scenarioAgents,
                                                serviceLevelSeconds: q.serviceLevelSeconds, serviceLevelTarget: q.serviceLevelTarget)
        let block = Report.ScenarioBlock(
            scenario: s,
            roi: ScenarioModel.roi(s, inputs),
            forecast: scenarioForecast,
            breakEvenRetentionPP: ScenarioModel.retentionFor(roiPercent: 0, s, inputs),
            targetRetentionPP: economics.roiTarget.flatMap { ScenarioModel.retentionFor(roiPercent: $0, s, inputs) }
        )

        let previous: SatisfactionFigures? = spec == .all
            ? nil : SatisfactionFigures(satisfaction(window.previous(clock: clock).days))
        var report = Report(
            asOf: asOf, window: window, queue: queue, byQueue: byQueue, byChannel: byChannel, byClass: byClass,
            satisfaction: SatisfactionFigures(merged.satisfaction), previousSatisfaction: previous,
            retention: retention, roi: roi, forecast: forecast, scenario: block, trend: trend(window.days),
            trendWeeks: window.days.count > Report.daysBeforeWeeks ? weeklyTrend(window.days) : [],
            recentHours: recentHours(asOf), dataQuality: qualityAt(asOf), settings: settings, alerts: []
        )
        report.recentAbandons = recentAbandons(window.days, asOf: asOf)
        report.asyncQueues = Set(merged.queueClasses.compactMap { $0.value == [.async] ? names.name($0.key) : nil })
        report.alerts = Levels(settings: settings).alerts(report)
        report.agentStates = agentStates(asOf: asOf)
        report.agentSource = agentCounts.source
        report.quality = quality(window)
        report.feedback = feedback(window)
        if spec != .all {
            let before = window.previous(clock: clock)
            report.previousQuality = quality(before)
            let earlier = merge(before.days)
            if earlier.total.offered > 0 {
                report.previousChannelShares = Dictionary(uniqueKeysWithValues: earlier.byChannel.compactMap { id, agg in
                    names.name(id).map { ($0, Ratio.percent(agg.offered, earlier.total.offered)!) }
                })
            }
        }
        report.roiPeriods = Set(costLines.map(\.period.month0) + benefitLines.map(\.period.month0)).sorted()
        report.forecastArrivalsFromLastHour = lastHourArrivals(asOf) > 0
        return report
    }

    // MARK: Merging days

    struct Merged {
        var total = QueueAggregate()
        var byQueue: [Int32: QueueAggregate] = [:]
        var byChannel: [Int32: QueueAggregate] = [:]
        var byClass: [ChannelClass: QueueAggregate] = [:]
        /// The classes of each queue's contacts.
        var queueClasses: [Int32: Set<ChannelClass>] = [:]
        var satisfaction = SatisfactionAggregate()
    }

    func merge(_ range: ClosedRange<LocalDay>) -> Merged {
        var m = Merged()
        var classOf: [Int32: ChannelClass] = [:]
        for day in heldDays(range) {
            let bucket = days[day]!
            m.satisfaction.merge(bucket.satisfaction)
            for (key, index) in bucket.groupsInOrder where !aggregates[index].isEmpty {
                let agg = aggregates[index]
                m.total.merge(agg)
                if key.queue != NameTable.none { m.byQueue[key.queue, default: QueueAggregate()].merge(agg) }
                if key.channel != NameTable.none { m.byChannel[key.channel, default: QueueAggregate()].merge(agg) }
                let cls = classOf[key.channel] ?? channelClass(key.channel)
                classOf[key.channel] = cls
                m.byClass[cls, default: QueueAggregate()].merge(agg)
                if key.queue != NameTable.none { m.queueClasses[key.queue, default: []].insert(cls) }
            }
        }
        return m
    }

    /// One mergeable aggregate of the given days (the merge property's subject).
    public func aggregate(_ range: ClosedRange<LocalDay>) -> QueueAggregate { merge(range).total }

    /// ASA per clock hour, the last `Report.recentHourCount` hours to as-of.
    func recentHours(_ asOf: Double) -> [Report.HourPoint] {
        let last = Int((asOf / 3600).rounded(.down))
        return ((last - Report.recentHourCount + 1)...last).map { hour in
            let w = hourlyWaits[hour] ?? HourWaits()
            return Report.HourPoint(start: Double(hour) * 3600, asaSeconds: w.count > 0 ? w.sum / Double(w.count) : nil)
        }
    }

    /// The days of `range` that hold data, in order. Walks whichever is
    /// smaller: the days held or the days asked (`all` over years of data).
    func heldDays(_ range: ClosedRange<LocalDay>) -> [LocalDay] {
        days.count < range.count ? days.keys.filter { range.contains($0) }.sorted() : range.filter { days[$0] != nil }
    }

    /// Satisfaction alone over some days (cheaper than a whole merge).
    func satisfaction(_ range: ClosedRange<LocalDay>) -> SatisfactionAggregate {
        heldDays(range).reduce(into: SatisfactionAggregate()) { $0.merge(days[$1]!.satisfaction) }
    }

    func trend(_ range: ClosedRange<LocalDay>) -> [Report.TrendDay] {
        range.map { trendPoint($0...$0) }
    }

    /// Monday-to-Sunday weeks, clipped to `range`, each pooled (a week's
    /// CSAT is its positive answers over its answers, not a mean of days).
    func weeklyTrend(_ range: ClosedRange<LocalDay>) -> [Report.TrendDay] {
        var points: [Report.TrendDay] = []
        var start = range.lowerBound
        while start <= range.upperBound {
            let end = min(range.upperBound, start.advanced(by: 6 - start.weekdayFromMonday))
            points.append(trendPoint(start...end))
            start = end.advanced(by: 1)
        }
        return points
    }

    /// One point of the trend: the figures of `range` pooled, dated by its first day.
    func trendPoint(_ range: ClosedRange<LocalDay>) -> Report.TrendDay {
        var agg = QueueAggregate()
        var liveWaits = HourWaits()
        var sat = SatisfactionAggregate()
        for day in range {
            guard let bucket = days[day] else { continue }
            for (key, index) in bucket.groupsInOrder {
                let a = aggregates[index]
                agg.merge(a)
                if channelClass(key.channel) == .live {
                    liveWaits.count += a.waitCount
                    liveWaits.sum += a.waitSum
                }
            }
            sat.merge(bucket.satisfaction)
        }
        let q = QueueFigures(agg)
        let s = SatisfactionFigures(sat)
        return Report.TrendDay(date: range.lowerBound, offered: q.offered, answered: q.answered, abandoned: q.abandoned,
                               asaSeconds: q.asaSeconds, liveAsaSeconds: Ratio.mean(liveWaits.sum, liveWaits.count),
                               serviceLevelPercent: q.serviceLevelPercent,
                               abandonRatePercent: q.abandonRatePercent, csatPercent: s.csatPercent,
                               nps: s.nps, ces: s.ces)
    }

    // MARK: As-of figures

    enum WaitGroup: Hashable {
        case queue(Int32)
        case channel(Int32)
        case cls(ChannelClass)
    }

    struct WaitingSummary {
        var count = 0
        var earliest: Double?
    }

    /// Waiting now, overall (key nil) and per queue and channel.
    func waitingAt(_ asOf: Double) -> [WaitGroup?: WaitingSummary] {
        let forgetBefore = asOf - settings.queue.forgetWaitingAfterHours * 3600
        var out: [WaitGroup?: WaitingSummary] = [nil: WaitingSummary()]
        var classOf: [Int32: ChannelClass] = [:]
        for c in contacts.values where c.isWaiting {
            let arrive = c.arrive!
            guard arrive >= forgetBefore && arrive <= asOf else { continue }
            let cls = classOf[c.channel] ?? channelClass(c.channel)
            classOf[c.channel] = cls
            var keys: [WaitGroup?] = [nil, .cls(cls)]
            if c.queue != NameTable.none { keys.append(.queue(c.queue)) }
            if c.channel != NameTable.none { keys.append(.channel(c.channel)) }
            for k in keys {
                var s = out[k] ?? WaitingSummary()
                s.count += 1
                s.earliest = min(s.earliest ?? arrive, arrive)
                out[k] = s
            }
        }
        return out
    }

    func fillNow(_ f: inout QueueFigures, _ w: WaitingSummary?, agents: Int?, asOf: Double) {
        f.waitingNow = w?.count ?? 0
        f.longestWaitNowSeconds = w?.earliest.map { asOf - $0 }
        f.agents = agents
    }

    struct AgentCounts {
        var total: Int?
        var source: AgentSource?
        var byQueue: [Int32: Int] = [:]
        var byChannel: [Int32: Int] = [:]
        var byClass: [ChannelClass: Int] = [:]
        /// Agents logged in to every queue (no queue named), counted in each.
        var everyQueue = 0

        /// The agents of queue `id`: those logged in to it by name, and
        /// those logged in to every queue; nil when none.
        func inQueue(_ id: Int32) -> Int? {
            let n = (byQueue[id] ?? 0) + everyQueue
            return n > 0 ? n : nil
        }
    }

    /// METRICS.md: the `agents` setting; else agents logged in and not paused
    /// from agent events (queue_log, `agents` files); else agents who
    /// answered in the last 60 minutes. Agent events decide alone once there
    /// are any: the answers of agents they do not know counted too until an
    /// audit read the contract's "else" (and the forecast's live agents are
    /// those logged in to take calls, not the email desk answering).
    func agentsAt(_ asOf: Double) -> AgentCounts {
        var counts = AgentCounts()
        var all = Set<String>()
        var perQueue: [Int32: Set<String>] = [:]
        var perChannel: [Int32: Set<String>] = [:]
        var perClass: [ChannelClass: Set<String>] = [:]
        let phone = names.channelLookup("phone")
        // From the time-ordered log, as the agents' states read it
        // (`AgentFold`): a running state kept in read order counted an agent
        // logged out by yesterday's file read after today's (a review).
        for (name, steps) in agentLog.steps {
            let fold = AgentFold(steps: steps, asOf: asOf, latestAnswer: nil)
            guard fold.member, fold.pausedSince == nil else { continue }
            all.insert(name)
            // A member of every queue counts in each (METRICS.md), once.
            if fold.everyQueue {
                counts.everyQueue += 1
            } else {
                for q in fold.queues { if let id = names.lookup(q) { perQueue[id, default: []].insert(name) } }
            }
            if let phone { perChannel[phone, default: []].insert(name) }
            // An agent of the PBX or the agents file takes calls: live work.
            perClass[.live, default: []].insert(name)
        }
        for (agent, answers) in agentLastAnswer.enumerated() where agentLog.isEmpty {
            for (g, time) in answers.enumerated() where time > asOf - 3600 && time <= asOf {
                let name = names.name(Int32(agent))!
                let group = groupIDs.keys[g]
                all.insert(name)
                if group.queue != NameTable.none { perQueue[group.queue, default: []].insert(name) }
                if group.channel != NameTable.none { perChannel[group.channel, default: []].insert(name) }
                perClass[channelClass(group.channel), default: []].insert(name)
            }
        }
        counts.byQueue = perQueue.mapValues(\.count)
        counts.byChannel = perChannel.mapValues(\.count)
        counts.byClass = perClass.mapValues(\.count)
        if let fixed = settings.queue.agents {
            counts.total = fixed
            counts.source = .setting
        } else if !all.isEmpty || !agentLog.isEmpty {
            counts.total = all.count
            counts.source = agentLog.isEmpty ? .answering : .loggedIn
        }
        return counts
    }

    /// λ over the last 60 minutes before as-of, or over the window when
    /// nothing arrived in that hour.
    /// Live arrivals in the 60 minutes before as-of.
    func lastHourArrivals(_ asOf: Double) -> Int {
        recentArrivals.reduce(0) { $0 + ($1 > asOf - 3600 && $1 <= asOf ? 1 : 0) }
    }

    func arrivalsPerHour(window: ResolvedWindow, offered: Int) -> Double? {
        let lastHour = lastHourArrivals(window.asOf)
        if lastHour > 0 { return Double(lastHour) }
        let start = window.from ?? clock.start(of: window.days.lowerBound)
        let hours = (window.to - start) / 3600
        guard hours > 0 else { return nil }
        return Double(offered) / hours
    }

    /// Data quality with the contacts still waiting past the forget horizon
    /// at as-of counted as unclosed.
    public func dataQuality(asOf: Double) -> [FileQuality] { qualityAt(asOf) }

    func qualityAt(_ asOf: Double) -> [FileQuality] {
        var files = ledger.files
        let forgetBefore = asOf - settings.queue.forgetWaitingAfterHours * 3600
        for c in contacts.values where c.isWaiting && c.arrive! < forgetBefore { files[Int(c.file)].unclosed += 1 }
        return files
    }
}
