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
        t <= window.to && (window.from.map { t >= $0 } ?? true) && window.days.contains(clock.day(of: t))
    }

    func quality(_ window: ResolvedWindow) -> QualityFigures {
        var f = QualityFigures()
        var total = 0.0
        var agents: [String: (sum: Double, n: Int)] = [:]
        var criteria: [String: (name: String, sum: Double, n: Int)] = [:]
        for review in reviews where inWindow(review.latest, window) && !review.criteria.isEmpty {
            var weighted = 0.0, weights = 0.0
            for c in review.criteria {
                let w = settings.quality.weight(c.key)
                weighted += w * c.score
                weights += w
                let known = criteria[c.key]
                criteria[c.key] = (criterionNames[c.key] ?? c.name, (known?.sum ?? 0) + c.score, (known?.n ?? 0) + 1)
            }
            let score = weighted / weights
            total += score
            f.reviews += 1
            if !review.agent.isEmpty {
                let a = agents[review.agent] ?? (0, 0)
                agents[review.agent] = (a.sum + score, a.n + 1)
            }
        }
        if f.reviews > 0 { f.iqs = total / Double(f.reviews) }
        f.byAgent = agents.mapValues { QualityFigures.AgentScore(iqs: $0.sum / Double($0.n), reviews: $0.n) }
        // Two spellings of one criterion keep the first one read.
        f.byCriterion = Dictionary(criteria.values.map { ($0.name, $0.sum / Double($0.n)) }) { a, _ in a }
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
        if f.comments > 0 { f.responseRatePercent = Double(answered) / Double(f.comments) * 100 }
        if answered > 0 { f.responseSeconds = seconds / Double(answered) }
        return f
    }
}

extension Report {
    /// A channel's share of all contacts offered in the window, in %
    /// (`share_percent` of each `by_channel` entry).
    public func sharePercent(channel name: String) -> Double? {
        guard let f = byChannel[name], queue.offered > 0 else { return nil }
        return Double(f.offered) / Double(queue.offered) * 100
    }
}
