/// The draws of a contact's outcome on one channel, shared by the generator
/// (a day at a time) and the demo (one contact as it arrives), so both
/// centres behave alike. Each takes the caller's random stream: the order of
/// the draws is the caller's, and so are its bytes.
extension GenChannelModel {
    /// Chance of waiting in queue at all, growing with the square of the load.
    func queueChance(load: Double) -> Double {
        min(0.97, queueBase + queueSlope * load * load)
    }

    /// The wait of a contact answered at once (ringing, a first-reply bot).
    func immediateWait(rng: inout GenRandom) -> Double {
        rng.uniform(immediate.lowerBound, immediate.upperBound)
    }

    /// The wait of a contact that queues: longer the busier the hour.
    func queuedWait(load: Double, rng: inout GenRandom) -> Double {
        immediate.upperBound + rng.exponential(mean: queuedMean * (0.6 + load))
    }

    /// How long a contact will wait before giving up: a few hang up at once
    /// (short abandons), most can give up after a while, the rest never do.
    func patience(rng: inout GenRandom) -> Double {
        if rng.chance(shortAbandon) { return rng.uniform(0.5, 4.9) }
        if rng.chance(canAbandon) { return rng.logNormal(median: patienceMedian, sigma: patienceSigma) }
        return .infinity
    }

    /// Handle time (resolve - answer) for the queue's and the agent's pace,
    /// kept between 20 seconds and two hours.
    func handleTime(queueFactor: Double, agentFactor: Double, rng: inout GenRandom) -> Double {
        min(7200, max(20, rng.logNormal(median: handleMedian * queueFactor * agentFactor, sigma: handleSigma)))
    }

    /// Chance of solving it on first contact: the queue's rate, the channel's
    /// shift, and a nudge for the agent's skill.
    func firstContactChance(queueFCR: Double, agentSkill: Double) -> Double {
        queueFCR + fcrShift + 0.1 * agentSkill
    }
}

/// How much quicker and how much better liked an agent is than the average:
/// drawn once per agent by the generator's roster and the demo's pool alike.
struct GenAgentTraits {
    var handleFactor: Double
    var skill: Double

    static func draw(rng: inout GenRandom) -> GenAgentTraits {
        let handleFactor = rng.logNormal(median: 1.0, sigma: 0.12)
        return GenAgentTraits(handleFactor: handleFactor, skill: rng.uniform(-0.3, 0.3))
    }
}
