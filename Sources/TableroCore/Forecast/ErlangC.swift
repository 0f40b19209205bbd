import Foundation

/// The Erlang C queue model (METRICS.md, "Queue forecast"). Erlang B is
/// computed by its recurrence, B(n) = A·B(n−1) / (n + A·B(n−1)), which stays
/// exact for hundreds of agents where the textbook formula's A^N/N! overflows.
public enum ErlangC {
    /// Erlang B blocking probability for `agents` servers and `traffic` Erlangs.
    public static func erlangB(traffic a: Double, agents n: Int) -> Double {
        var b = 1.0
        if n <= 0 { return b }
        for k in 1...n { b = a * b / (Double(k) + a * b) }
        return b
    }

    /// Probability that a contact waits; 1 when the queue is unstable (N ≤ A).
    public static func probabilityOfWaiting(traffic a: Double, agents n: Int) -> Double {
        guard Double(n) > a else { return 1 }
        return probabilityOfWaiting(traffic: a, agents: n, erlangB: erlangB(traffic: a, agents: n))
    }

    static func probabilityOfWaiting(traffic a: Double, agents n: Int, erlangB b: Double) -> Double {
        let nd = Double(n)
        return nd * b / (nd - a * (1 - b))
    }

    /// Service level (0…1) within `target` seconds; nil when unstable.
    public static func serviceLevel(traffic a: Double, agents n: Int, ahtSeconds h: Double, targetSeconds t: Double) -> Double? {
        guard Double(n) > a, h > 0 else { return nil }
        let pw = probabilityOfWaiting(traffic: a, agents: n)
        return 1 - pw * exp(-(Double(n) - a) * t / h)
    }

    /// Average speed of answer in seconds; nil when unstable.
    public static func asa(traffic a: Double, agents n: Int, ahtSeconds h: Double) -> Double? {
        guard Double(n) > a else { return nil }
        return probabilityOfWaiting(traffic: a, agents: n) * h / (Double(n) - a)
    }

    /// The smallest N > A whose service level reaches `targetPercent`.
    /// Walks N upward carrying Erlang B along, so it costs O(N) in all.
    public static func agentsNeeded(traffic a: Double, ahtSeconds h: Double, targetSeconds t: Double, targetPercent: Double) -> Int? {
        // Beyond a million Erlangs no contact centre exists and the walk
        // below would take minutes: say unknown.
        guard h > 0, a.isFinite, a >= 0, a <= 1_000_000 else { return nil }
        let goal = min(targetPercent, 100) / 100
        var b = 1.0
        var n = 0
        let limit = Int(a) + 100_000
        while n < limit {
            n += 1
            b = a * b / (Double(n) + a * b)
            guard Double(n) > a else { continue }
            let pw = probabilityOfWaiting(traffic: a, agents: n, erlangB: b)
            let sl = 1 - pw * exp(-(Double(n) - a) * t / h)
            if sl >= goal - 1e-12 { return n }
        }
        return nil
    }

    /// Every forecast figure for λ arrivals per hour, AHT h and N agents.
    public static func forecast(
        arrivalsPerHour lambda: Double?, ahtSeconds h: Double?, agents n: Int?,
        serviceLevelSeconds t: Double, serviceLevelTarget target: Double
    ) -> Forecast {
        var f = Forecast()
        f.arrivalsPerHour = lambda
        f.ahtSeconds = h
        f.agents = n
        guard let lambda, let h, h > 0, lambda >= 0 else { return f }
        let a = lambda * h / 3600
        f.trafficErlangs = a
        f.agentsNeeded = agentsNeeded(traffic: a, ahtSeconds: h, targetSeconds: t, targetPercent: target)
        guard let n else { return f }
        if Double(n) <= a {
            f.stable = false
            f.probabilityWait = 1
            f.occupancyPercent = 100
            return f
        }
        f.stable = true
        let pw = probabilityOfWaiting(traffic: a, agents: n)
        f.probabilityWait = pw
        f.occupancyPercent = a / Double(n) * 100
        f.asaSeconds = pw * h / (Double(n) - a)
        f.serviceLevelPercent = (1 - pw * exp(-(Double(n) - a) * t / h)) * 100
        return f
    }
}

/// The forecast block of the report; nil fields are unknown.
public struct Forecast: Sendable, Equatable {
    public var stable: Bool?
    public var arrivalsPerHour: Double?
    public var ahtSeconds: Double?
    public var agents: Int?
    public var trafficErlangs: Double?
    public var occupancyPercent: Double?
    public var probabilityWait: Double?
    public var asaSeconds: Double?
    public var serviceLevelPercent: Double?
    public var agentsNeeded: Int?
    public init() {}
}
