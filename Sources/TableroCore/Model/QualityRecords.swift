/// One criterion's score in one quality review (DATA.md, `quality`).
public struct QualityScore: Sendable, Equatable {
    public var time: Double
    public var reviewID: String
    public var criterion: String
    /// 0..100 (the reader refuses the rest).
    public var score: Double
    public var agent: String
    public init(time: Double, reviewID: String, criterion: String, score: Double, agent: String = "") {
        self.time = time
        self.reviewID = reviewID
        self.criterion = criterion
        self.score = score
        self.agent = agent
    }
}

/// One quality review as the store keeps it: its criteria in read order,
/// the time of its latest row and the first non-empty agent (METRICS.md).
struct QualityReview: Sendable {
    struct Criterion: Sendable {
        /// The criterion's id in `MetricsStore.criteria` (lowercased:
        /// criteria and weights match case-insensitively).
        var id: Int32
        var score: Double
    }
    var latest = -Double.infinity
    /// The local day of `latest` (a report's window is whole days).
    var latestDay = LocalDay(number: Int.min)
    /// The first named agent's id in `MetricsStore.reviewAgents` (`NameTable.none`: none yet).
    var agentID = NameTable.none
    var criteria: [Criterion] = []
}

/// A survey answer that carried a comment, and when it was answered.
struct CommentRecord: Sendable {
    var time: Double
    var respondedAt: Double?
}
