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
        /// Lowercased: criteria and weights match case-insensitively.
        var key: String
        /// As first written, for display.
        var name: String
        var score: Double
        /// The key's place in `MetricsStore.criterionKeys`.
        var id: Int32
    }
    var latest = -Double.infinity
    /// The local day of `latest` (a report's window is whole days).
    var latestDay = LocalDay(number: Int.min)
    var agent = ""
    /// The agent's place in `MetricsStore.reviewAgents`, or -1 for none.
    var agentID: Int32 = -1
    var criteria: [Criterion] = []
}

/// A survey answer that carried a comment, and when it was answered.
struct CommentRecord: Sendable {
    var time: Double
    var respondedAt: Double?
}
