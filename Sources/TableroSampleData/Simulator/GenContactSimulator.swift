import Foundation

/// One simulated contact with every time it will ever have (epoch seconds,
/// -1 = never). Writers drop the times after the end of the stream, so the
/// last contacts of the last day show up still waiting or still in service.
struct GenContact {
    var number: Int
    var arrive: Int
    var answer = -1
    var abandon = -1
    var resolve = -1
    var channel: Int
    var queue: Int
    var agent = -1
    var firstContact = false
}

/// Makes one local day of contacts at a time, sorted by arrival. Each day
/// draws from its own random stream, so memory stays at one day and any day
/// can be regenerated alone.
struct GenContactSimulator {
    let seed: UInt64
    let roster: GenRoster
    let zone: GenZone
    private let dutyByWeekday: [GenDuty]
    private let queueCumulative: [Double]
    /// [local hour][queue] -> cumulative channel weights.
    private let channelCumulative: [[[Double]]]

    init(seed: UInt64, roster: GenRoster, zone: GenZone) {
        self.seed = seed
        self.roster = roster
        self.zone = zone
        dutyByWeekday = (0...7).map { roster.duty(weekday: max($0, 1)) }
        queueCumulative = GenCatalog.queueShare.genCumulative()
        channelCumulative = (0..<24).map { hour in
            (0..<GenCatalog.queueNames.count).map { queue in
                (0..<GenCatalog.channelNames.count)
                    .map { GenCatalog.channelWeight(queue: queue, channel: $0, localHour: hour) }
                    .genCumulative()
            }
        }
    }

    /// Arrival weight of each elapsed hour of the day, cut at the horizon:
    /// the day's share of the contacts and where in the day they fall.
    static func hourWeights(of day: GenDay) -> [Double] {
        day.localHours.enumerated().map { elapsed, hour in
            let from = day.start + elapsed * 3600
            let covered = Double(max(0, min(3600, day.horizon - from, day.end - from))) / 3600
            return GenCatalog.hourShape[hour] * covered
        }
    }

    func simulate(day: GenDay, count: Int, firstNumber: Int) -> [GenContact] {
        guard count > 0 else { return [] }
        var rng = GenRandom(seed: seed, stream: GenStream.contacts, index: UInt64(bitPattern: Int64(day.dayNumber)))
        let hourCumulative = GenContactSimulator.hourWeights(of: day).genCumulative()
        // Bad days and bad hours (an outage, a billing run) make waits spike on the trend.
        let dayStress = rng.logNormal(median: 1.0, sigma: 0.12)
        let hourStress = day.localHours.map { _ in rng.chance(0.04) ? rng.uniform(1.4, 2.0) : 1.0 }

        // Arrivals first, then sort, then outcomes in arrival order.
        var arrivals: [(t: Int, order: Int, queue: Int, channel: Int, stuck: Bool)] = []
        arrivals.reserveCapacity(count)
        for k in 0..<count {
            let elapsed = rng.pick(cumulative: hourCumulative)
            let from = day.start + elapsed * 3600
            let span = max(1, min(3600, day.horizon - from, day.end - from))
            let t = from + rng.below(span)
            let queue = rng.pick(cumulative: queueCumulative)
            let channel = rng.pick(cumulative: channelCumulative[day.localHours[elapsed]][queue])
            arrivals.append((t, k, queue, channel, false))
        }
        if day.horizon < day.end { leaveSomeWaiting(&arrivals, day: day, rng: &rng) }
        arrivals.sort { $0.t != $1.t ? $0.t < $1.t : $0.order < $1.order }

        let duty = dutyByWeekday[day.weekday]
        var contacts: [GenContact] = []
        contacts.reserveCapacity(count)
        for (i, a) in arrivals.enumerated() {
            var c = GenContact(number: firstNumber + i, arrive: a.t, channel: a.channel, queue: a.queue)
            let model = GenChannelModel.all[a.channel]
            let elapsed = min(max(0, (a.t - day.start) / 3600), hourStress.count - 1)
            let load = GenCatalog.load(localHour: zone.localHour(at: a.t), weekday: day.weekday)
                * dayStress * hourStress[elapsed]

            // Wait: answered at once when an agent is free, else queued, longer at peaks.
            var wait = rng.chance(model.queueChance(load: load))
                ? model.queuedWait(load: load, rng: &rng) : model.immediateWait(rng: &rng)
            wait = min(wait, model.waitCap)
            var patience = model.patience(rng: &rng)
            if a.stuck {
                // Still waiting when the stream stops.
                wait = Double(day.horizon - a.t) + rng.uniform(20, 400)
                patience = .infinity
            }

            if patience < wait {
                c.abandon = a.t + max(1, Int(patience))
            } else {
                c.answer = a.t + Int(wait.rounded())
                let agent = duty.pick(queue: a.queue, hour: zone.localHour(at: c.answer), rng: &rng)
                let profile = roster.agents[agent]
                c.agent = agent
                let handle = model.handleTime(queueFactor: GenCatalog.queueHandle[a.queue],
                                              agentFactor: profile.traits.handleFactor, rng: &rng)
                c.resolve = c.answer + Int(handle)
                c.firstContact = rng.chance(model.firstContactChance(queueFCR: GenCatalog.queueFCR[a.queue],
                                                                      agentSkill: profile.traits.skill))
            }
            contacts.append(c)
        }
        return contacts
    }

    /// On the last day, move one to three of the latest phone or chat
    /// arrivals to the final minutes and keep them unanswered, so the live
    /// stream ends with someone waiting now, as a real one would.
    private func leaveSomeWaiting(_ arrivals: inout [(t: Int, order: Int, queue: Int, channel: Int, stuck: Bool)],
                                  day: GenDay, rng: inout GenRandom) {
        var live = arrivals.indices.filter {
            arrivals[$0].channel == GenCatalog.phone || arrivals[$0].channel == GenCatalog.chat
        }
        guard !live.isEmpty else { return }
        live.sort { arrivals[$0].t != arrivals[$1].t ? arrivals[$0].t > arrivals[$1].t : $0 < $1 }
        let stuck = min(live.count, 1 + rng.below(3))
        for index in live.prefix(stuck) {
            arrivals[index].t = max(day.start, day.horizon - rng.int(15...240))
            arrivals[index].stuck = true
        }
    }
}
