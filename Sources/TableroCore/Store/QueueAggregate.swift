import Histogram

/// Counts and sums of one day × queue × channel. Everything here adds up, so
/// any window is the merge of its days (DESIGN.md, "The store").
public struct QueueAggregate: Sendable {
    public var offered = 0
    public var answered = 0
    /// Answered contacts whose arrive was seen, so they have a wait.
    public var waitCount = 0
    public var waitSum = 0.0
    public var answeredWithinTarget = 0
    public var abandoned = 0
    public var shortAbandoned = 0
    /// Abandons (not short) by cause, indexed by `AbandonCause.rawValue`.
    public var abandonedByCause = [Int](repeating: 0, count: AbandonCause.allCases.count)
    public var firstResponseCount = 0
    public var firstResponseSum = 0.0
    public var resolved = 0
    public var handleCount = 0
    public var handleSum = 0.0
    public var resolutionCount = 0
    public var resolutionSum = 0.0
    public var firstContactKnown = 0
    public var firstContactYes = 0
    /// Waits in milliseconds, 2 significant digits (1% precision, the
    /// tolerance METRICS.md allows) so that a histogram per day × queue ×
    /// channel stays a few KB. Created on the first wait.
    public var waits: Histogram<UInt32>?

    public init() {}

    /// Nothing counted: what a group is left with when a contact's counts
    /// all moved to the group a later event named (`MetricsStore.regroup`).
    /// A report lists no group for it.
    public var isEmpty: Bool {
        offered == 0 && answered == 0 && abandoned == 0 && shortAbandoned == 0 && resolved == 0
            && waitCount == 0 && handleCount == 0 && resolutionCount == 0 && firstContactKnown == 0
    }

    public mutating func recordWait(_ seconds: Double) {
        waitCount += 1
        waitSum += seconds
        let ms = UInt64(max(0, (seconds * 1000).rounded()))
        // Recorded in place; `waits == nil` first copied the histogram to
        // compare it (measured, issue 11).
        if waits?.record(ms) == nil {
            var h = Self.emptyWaits
            h.record(ms)
            waits = h
        }
    }

    /// Sized for a day up front: growing one step at a time from tiny was
    /// a tenth of a large load's time. Made once and copied: the package's
    /// initializer fills its counts one generic copy at a time, measured
    /// at over a hundredth of a large load's main thread (issue 11).
    private static let emptyWaits: Histogram<UInt32> = {
        var h = Histogram<UInt32>(highestTrackableValue: 86_400_000, numberOfSignificantValueDigits: .two)
        h.autoResize = true
        return h
    }()

    public mutating func merge(_ other: QueueAggregate) {
        offered += other.offered
        answered += other.answered
        waitCount += other.waitCount
        waitSum += other.waitSum
        answeredWithinTarget += other.answeredWithinTarget
        abandoned += other.abandoned
        shortAbandoned += other.shortAbandoned
        for i in abandonedByCause.indices { abandonedByCause[i] += other.abandonedByCause[i] }
        firstResponseCount += other.firstResponseCount
        firstResponseSum += other.firstResponseSum
        resolved += other.resolved
        handleCount += other.handleCount
        handleSum += other.handleSum
        resolutionCount += other.resolutionCount
        resolutionSum += other.resolutionSum
        firstContactKnown += other.firstContactKnown
        firstContactYes += other.firstContactYes
        if let theirs = other.waits {
            if waits == nil {
                waits = theirs
            } else {
                waits!.add(theirs)
            }
        }
    }

    /// Nearest-rank percentiles of the waits, in seconds, for `percentiles`
    /// in ascending order (each in (0, 100]): what the package's
    /// `valueAtPercentile` gives, in one pass over its `recordedValues()`.
    /// Written here because `valueAtPercentile` is not inlinable, so it runs
    /// as unspecialized generic code, with several witness calls per bucket
    /// of the 1,800 it walks: 82M bucket steps at about 5 ns were most of
    /// `bench render`'s report time. The iterator is inlinable, so it is
    /// specialized here, and visits only buckets that hold a wait
    /// (`WaitPercentilesTests` checks it against `valueAtPercentile`).
    public func waitPercentiles(_ percentiles: [Double]) -> [Double?] {
        guard let waits, waits.totalCount > 0 else { return percentiles.map { _ in nil } }
        // The iterator also sums count × value in a UInt64, which traps past
        // 1.8e19 (millions of waits of decades: timestamps from 1970 to 2099
        // are accepted); `valueAtPercentile` sums no values.
        guard Double(waits.totalCount) * Double(waits.max) < 1.8e19 else {
            return percentiles.map { Double(waits.valueAtPercentile($0)) / 1000 }
        }
        // The count each percentile reaches, as `valueAtPercentile` computes it.
        let targets = percentiles.map { p in
            let requested = Swift.min(Swift.max(p.nextDown, 0), 100)
            return Swift.max(1, UInt64((requested * Double(waits.totalCount) / 100).rounded(.up)))
        }
        let (low, high) = (waits.min, waits.maxRecorded)
        var found: [Double?] = []
        found.reserveCapacity(targets.count)
        for bucket in waits.recordedValues() {
            while found.count < targets.count, bucket.totalCountToThisValue >= targets[found.count] {
                found.append(Double(Swift.max(Swift.min(bucket.value, high), low)) / 1000)
            }
            if found.count == targets.count { break }
        }
        while found.count < targets.count { found.append(0) }  // as `valueAtPercentile`, never reached
        return found
    }

    /// One percentile of the waits, in seconds (`waitPercentiles`).
    public func waitPercentile(_ p: Double) -> Double? { waitPercentiles([p])[0] }
}

/// Survey answers of one day. CSAT "positive" depends on settings, so the
/// store is rebuilt when settings change (they rarely do).
public struct SatisfactionAggregate: Sendable, Equatable {
    public var csatCount = 0
    public var csatPositive = 0
    public var csatSum = 0.0
    public var npsCount = 0
    public var promoters = 0
    public var passives = 0
    public var detractors = 0
    public var cesCount = 0
    public var cesSum = 0.0

    public init() {}

    public mutating func merge(_ o: SatisfactionAggregate) {
        csatCount += o.csatCount
        csatPositive += o.csatPositive
        csatSum += o.csatSum
        npsCount += o.npsCount
        promoters += o.promoters
        passives += o.passives
        detractors += o.detractors
        cesCount += o.cesCount
        cesSum += o.cesSum
    }
}
