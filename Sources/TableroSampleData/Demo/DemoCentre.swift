import Foundation

/// An agent of the demo: a name from the directory, and how quick and how
/// liked they are (drawn once per name, as the generator's roster does).
struct DemoAgent: Sendable {
    var name: String
    var traits: GenAgentTraits
}

/// The simulated centre: decides what happens to each contact the moment it
/// arrives and queues its rows until they are due.
///
/// Phone and chat go through a pool of agents, first come first served:
/// a contact is answered when the earliest agent on duty is free, or
/// abandons when its patience runs out first (and then takes no agent).
/// That is what makes a burst back the queue up and drain again. Email,
/// social and WhatsApp keep the generator's independent waits (hours).
struct DemoCentre: Sendable {
    let rate: DemoRate
    /// The pool's own copy of the bursts (see `DemoBursts`).
    var bursts: DemoBursts
    let agents: [DemoAgent]
    /// Pool slot -> when its agent is free; slot i is on duty while the
    /// staffing is above i. Slot i is agent i (the busiest names first).
    private var freeAt: [Double]
    private var rng: GenRandom
    private var surveyRng: GenRandom
    /// No asynchronous wait goes past this: the store forgets a contact
    /// waiting longer (`forget_waiting_after_hours`), and its answer would
    /// then be an orphan finding.
    let longestAsyncWait: Double
    let idPrefix: String
    private(set) var nextSeq = 0
    var events = DemoHeap<DemoEventRow>()
    var surveys = DemoHeap<DemoSurveyRow>()

    init(seed: UInt64, rate: DemoRate, bursts: DemoBursts, agentNames: [String], forgetHours: Double) {
        self.rate = rate
        self.bursts = bursts
        var agentRng = GenRandom(seed: seed, stream: GenStream.demoAgents)
        agents = agentNames.map { DemoAgent(name: $0, traits: GenAgentTraits.draw(rng: &agentRng)) }
        freeAt = Array(repeating: 0, count: rate.maxStaff)
        rng = GenRandom(seed: seed, stream: GenStream.demoOutcomes)
        surveyRng = GenRandom(seed: seed, stream: GenStream.demoSurveys)
        longestAsyncWait = max(600, (forgetHours - 1) * 3600)
        idPrefix = "demo-\(seed)-"
    }

    static func isLive(_ channel: Int) -> Bool { channel == GenCatalog.phone || channel == GenCatalog.chat }

    // MARK: new contacts

    /// A contact arriving at `t` (epoch seconds): its arrive row now, the rest when due.
    mutating func arrive(at t: Double, queue: Int, channel: Int) {
        let seq = nextSeq
        nextSeq += 1
        let id = idPrefix + String(seq + 1)
        let row = DemoEventRow(ts: Int(t.rounded(.down)), seq: seq, kind: 0, contact: id,
                               channel: GenCatalog.channelNames[channel], queue: GenCatalog.queueNames[queue],
                               agent: "", firstContact: false)
        events.push(row)
        let model = GenChannelModel.all[channel]
        let patience = model.patience(rng: &rng)
        if DemoCentre.isLive(channel) {
            let ring = model.immediateWait(rng: &rng)
            let (slot, free) = earliestAgent(at: t)
            if free - t + ring > patience {
                abandon(row, after: patience)
            } else {
                answer(row, queue: queue, channel: channel, arrive: t, at: free + ring, agent: slot, slot: slot)
            }
        } else {
            // The generator's model: answered at once or queued, longer when busy.
            let (hour, weekday) = rate.local(t)
            let load = GenCatalog.load(localHour: hour, weekday: weekday)
            // (Both waits drawn, then the choice: the demo's stream order since it began.)
            var wait = model.immediateWait(rng: &rng)
            if rng.chance(model.queueChance(load: load)) { wait = model.queuedWait(load: load, rng: &rng) }
            wait = min(wait, model.waitCap, longestAsyncWait)
            if patience < wait {
                abandon(row, after: patience)
            } else {
                answer(row, queue: queue, channel: channel, arrive: t, at: t + wait, agent: rng.below(agents.count), slot: nil)
            }
        }
    }

    /// The agent on duty who is free first (a burst sends some away).
    private mutating func earliestAgent(at t: Double) -> (slot: Int, free: Double) {
        let onDuty = max(1, min(freeAt.count, rate.staff(at: t) - bursts.agentsAway(at: t)))
        var best = 0
        for slot in 1..<onDuty where freeAt[slot] < freeAt[best] { best = slot }
        return (best, max(t, freeAt[best]))
    }

    private mutating func abandon(_ arrived: DemoEventRow, after patience: Double) {
        var row = arrived
        row.kind = 2
        row.ts = arrived.ts + max(1, Int(patience))
        events.push(row)
    }

    /// Answer, resolve and maybe a survey. `slot` is the pool slot kept busy until the resolve.
    private mutating func answer(_ arrived: DemoEventRow, queue: Int?, channel: Int, arrive: Double?, at time: Double,
                                 agent: Int, slot: Int?) {
        let model = GenChannelModel.all[channel]
        let profile = agents[agent % agents.count]
        let handle = model.handleTime(queueFactor: queue.map { GenCatalog.queueHandle[$0] } ?? 1,
                                      agentFactor: profile.traits.handleFactor, rng: &rng)
        let fcr = model.firstContactChance(queueFCR: queue.map { GenCatalog.queueFCR[$0] } ?? 0.75,
                                           agentSkill: profile.traits.skill)
        var row = arrived
        row.kind = 1
        row.ts = max(arrived.ts, Int(time.rounded(.down)))
        row.agent = profile.name
        row.firstContact = rng.chance(fcr)
        events.push(row)
        let answerTs = row.ts
        row.kind = 3
        row.ts = answerTs + Int(handle)
        events.push(row)
        if let slot { freeAt[slot] = time + handle + rng.uniform(5, 30) }
        survey(for: row, model: model, wait: arrive.map { Double(answerTs) - $0 }, skill: profile.traits.skill)
    }

    // MARK: contacts the sample left open

    /// Continues a contact still open when the demo starts at `start`.
    mutating func adopt(_ c: DemoOpenContact, start: Double) {
        // The store has already forgotten a contact waiting this long (or in
        // service for days): a row for it now would be an orphan finding.
        if c.answer == nil, let arrive = c.arrive, arrive < start - longestAsyncWait + 60 { return }
        if let answered = c.answer, answered < start - 5 * 86_400 { return }
        let seq = nextSeq
        nextSeq += 1
        let channel = GenCatalog.channelNames.firstIndex(of: c.channel.lowercased()) ?? GenCatalog.email
        let queue = GenCatalog.queueNames.firstIndex(of: c.queue.lowercased())
        let model = GenChannelModel.all[channel]
        let row = DemoEventRow(ts: Int(start.rounded(.down)), seq: seq, kind: 0, contact: c.id, channel: c.channel,
                               queue: c.queue, agent: c.agent, firstContact: false)
        if let answered = c.answer {
            // In service: the rest of the handle time (memoryless, so an exponential).
            let handle = min(3600, max(20, rng.exponential(mean: model.handleMedian / 2)))
            let fcr = model.firstContactChance(queueFCR: queue.map { GenCatalog.queueFCR[$0] } ?? 0.75, agentSkill: 0)
            var resolve = row
            resolve.kind = 3
            resolve.ts = row.ts + 1 + Int(handle)
            resolve.firstContact = rng.chance(fcr)
            events.push(resolve)
            let skill = agents.first(where: { $0.name == c.agent })?.traits.skill ?? 0
            survey(for: resolve, model: model, wait: c.arrive.map { answered - $0 }, skill: skill)
            return
        }
        guard let arrive = c.arrive else { return }
        if DemoCentre.isLive(channel) {
            // Patient so far: answered by the first free agent.
            let ring = model.immediateWait(rng: &rng)
            let (slot, free) = earliestAgent(at: start)
            answer(row, queue: queue, channel: channel, arrive: arrive, at: free + ring, agent: slot, slot: slot)
        } else {
            let latest = arrive + longestAsyncWait
            let time = min(latest, start + 1 + rng.exponential(mean: model.queuedMean / 2))
            answer(row, queue: queue, channel: channel, arrive: arrive, at: max(start + 1, time),
                   agent: rng.below(agents.count), slot: nil)
        }
    }

    // MARK: surveys

    /// The generator's survey model (`GenSurveyModel`), one contact at a time.
    private mutating func survey(for resolved: DemoEventRow, model: GenChannelModel, wait: Double?, skill: Double) {
        guard let asked = GenSurveyModel.questions(rng: &surveyRng) else { return }
        let ts = resolved.ts + GenSurveyModel.delay(rng: &surveyRng)
        let mood = GenSurveyModel.mood(channel: model, firstContact: resolved.firstContact, agentSkill: skill,
                                       wait: wait ?? model.typicalWait, rng: &surveyRng)
        for kind in 0..<3 where asked[kind] {
            let (score, comment) = GenSurveyModel.answer(kind: kind, mood: mood, rng: &surveyRng)
            surveys.push(DemoSurveyRow(ts: ts, kind: kind, score: score, comment: comment, resolved: resolved))
        }
    }
}
