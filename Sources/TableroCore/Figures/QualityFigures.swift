/// The internal quality score and its parts (METRICS.md, "Quality,
/// feedback, referrals"), over the reviews whose latest row is in the window.
public struct QualityFigures: Sendable, Equatable {
    public struct AgentScore: Sendable, Equatable {
        public var iqs: Double
        public var reviews: Int
        public init(iqs: Double, reviews: Int) {
            self.iqs = iqs
            self.reviews = reviews
        }
    }
    /// Mean over the reviews of each review's Σ w·s / Σ w.
    public var iqs: Double?
    public var reviews = 0
    /// By the first non-empty agent of each review.
    public var byAgent: [String: AgentScore] = [:]
    /// Mean score of each criterion (named as first written).
    public var byCriterion: [String: Double] = [:]

    public init() {}
}

/// Comments and how they were answered (METRICS.md): the survey answers in
/// the window with a comment, the share answered by as-of and how fast.
public struct FeedbackFigures: Sendable, Equatable {
    public var comments = 0
    public var responseRatePercent: Double?
    public var responseSeconds: Double?
    public init() {}
}

extension MetricsStore {
    func inWindow(_ t: Double, _ window: ResolvedWindow) -> Bool {
        inWindow(t, on: clock.day(of: t), window)
    }

    /// The same for a time whose local day is known. The day is asked for
    /// last, only for a time within the window's bounds: worked out first,
    /// every survey comment's day went through the clock's lock on each
    /// report, 7 % of a live row's write → frame on sample-data (issue 11).
    /// `all` has no start (METRICS.md): a review older than every contact
    /// counts, though its day is before the window's first (an audit). Its
    /// days start at the first contact or survey so that one old review does
    /// not stretch the trend and the forecast's window average (a review).
    func inWindow(_ t: Double, on day: @autoclosure () -> LocalDay, _ window: ResolvedWindow) -> Bool {
        guard t <= window.to else { return false }
        if window.spec == .all { return true }
        return (window.from.map { t >= $0 } ?? true) && window.days.contains(day())
    }

    func quality(_ window: ResolvedWindow) -> QualityFigures {
        var f = QualityFigures()
        var total = 0.0
        // Sums by the agents' and criteria's ids, each added in the
        // reviews' order.
        let weights = criteria.names.map { settings.quality.weight($0) }
        var agentSum = [Double](repeating: 0, count: reviewAgents.names.count)
        var agentCount = [Int](repeating: 0, count: reviewAgents.names.count)
        var criterionSum = [Double](repeating: 0, count: criterionNames.count)
        var criterionCount = [Int](repeating: 0, count: criterionNames.count)
        for review in reviews where !review.criteria.isEmpty && inWindow(review.latest, on: review.latestDay, window) {
            var weighted = 0.0, weightSum = 0.0
            for c in review.criteria {
                let id = Int(c.id)
                weighted += weights[id] * c.score
                weightSum += weights[id]
                criterionSum[id] += c.score
                criterionCount[id] += 1
            }
            let score = weighted / weightSum
            total += score
            f.reviews += 1
            if review.agentID != NameTable.none {
                agentSum[Int(review.agentID)] += score
                agentCount[Int(review.agentID)] += 1
            }
        }
        if f.reviews > 0 { f.iqs = total / Double(f.reviews) }
        for (a, name) in reviewAgents.names.enumerated() where agentCount[a] > 0 {
            f.byAgent[name] = QualityFigures.AgentScore(iqs: agentSum[a] / Double(agentCount[a]), reviews: agentCount[a])
        }
        // Each criterion named as first written (ids are of lowercased
        // names, so no two ids share a name).
        for (id, name) in criterionNames.enumerated() where criterionCount[id] > 0 {
            f.byCriterion[name] = criterionSum[id] / Double(criterionCount[id])
        }
        return f
    }

    func feedback(_ window: ResolvedWindow) -> FeedbackFigures {
        var f = FeedbackFigures()
        var answered = 0
        var seconds = 0.0
        for c in comments where inWindow(c.time, window) {
            f.comments += 1
            if let r = c.respondedAt, r <= window.asOf {
                answered += 1
                seconds += r - c.time
            }
        }
        f.responseRatePercent = Ratio.percent(answered, f.comments)
        if answered > 0 { f.responseSeconds = seconds / Double(answered) }
        return f
    }
}

extension Report {
    /// A channel's share of all contacts offered in the window, in %
    /// (`share_percent` of each `by_channel` entry).
    public func sharePercent(channel name: String) -> Double? {
        guard let f = byChannel[name], queue.offered > 0 else { return nil }
        return Ratio.percent(f.offered, queue.offered)
    }
}
