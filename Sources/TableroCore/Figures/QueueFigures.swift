/// The queue block of the report for a window (or one queue or channel).
public struct QueueFigures: Sendable, Equatable {
    public var offered = 0
    public var answered = 0
    public var abandoned = 0
    public var shortAbandoned = 0
    public var abandonedByCause: [String: Int] = [:]
    public var waitingNow = 0
    public var longestWaitNowSeconds: Double?
    public var asaSeconds: Double?
    public var waitP50Seconds: Double?
    public var waitP90Seconds: Double?
    public var waitP95Seconds: Double?
    public var serviceLevelPercent: Double?
    public var abandonRatePercent: Double?
    public var firstResponseSeconds: Double?
    public var ahtSeconds: Double?
    public var resolutionSeconds: Double?
    public var fcrPercent: Double?
    public var agents: Int?

    public init() {}

    /// Figures of a merged aggregate. Waiting-now and agents are taken at
    /// as-of and filled in by the caller.
    public init(_ agg: QueueAggregate) {
        offered = agg.offered
        answered = agg.answered
        abandoned = agg.abandoned
        shortAbandoned = agg.shortAbandoned
        for cause in AbandonCause.allCases where agg.abandonedByCause[Int(cause.rawValue)] > 0 {
            abandonedByCause[cause.name] = agg.abandonedByCause[Int(cause.rawValue)]
        }
        asaSeconds = Ratio.mean(agg.waitSum, agg.waitCount)
        let waits = agg.waitPercentiles([50, 90, 95])
        waitP50Seconds = waits[0]
        waitP90Seconds = waits[1]
        waitP95Seconds = waits[2]
        let handled = agg.answered + agg.abandoned
        serviceLevelPercent = Ratio.percent(agg.answeredWithinTarget, handled)
        abandonRatePercent = Ratio.percent(agg.abandoned, handled)
        firstResponseSeconds = Ratio.mean(agg.firstResponseSum, agg.firstResponseCount)
        ahtSeconds = Ratio.mean(agg.handleSum, agg.handleCount)
        resolutionSeconds = Ratio.mean(agg.resolutionSum, agg.resolutionCount)
        fcrPercent = Ratio.percent(agg.firstContactYes, agg.firstContactKnown)
    }
}

/// Averages and shares that are unknown (nil), never 0, over nothing.
public enum Ratio {
    public static func mean(_ sum: Double, _ count: Int) -> Double? {
        count > 0 ? sum / Double(count) : nil
    }

    /// `part` of `whole` as a percentage, multiplied before it is divided:
    /// 100 × part is exact, so the one rounding is the division's and a
    /// whole percentage comes out whole. 57 / 100 × 100 gave
    /// 56.99999999999999, and a target of 57 % judged it below (an audit).
    public static func percent(_ part: Int, _ whole: Int) -> Double? {
        whole > 0 ? Double(part) * 100 / Double(whole) : nil
    }

    /// The same for counts held as doubles (customers, referrals).
    public static func percent(_ part: Double, _ whole: Double) -> Double {
        part * 100 / whole
    }
}
