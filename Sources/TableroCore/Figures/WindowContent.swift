/// What a report's window holds, per kind of figure, and the newest row of
/// that kind in the whole directory (issue 10: a pane whose window holds
/// nothing says so in words, with where the data ends, instead of dashes).
/// Decided here once; the dashboard's panes read it.
public struct WindowContent: Sendable, Equatable {
    /// Any contact offered, answered, abandoned or waiting in the window.
    public var contacts: Bool
    /// Any CSAT, NPS or CES answer in the window.
    public var surveys: Bool
    /// Any cost, benefit or customers line for the window's periods.
    public var money: Bool
    /// The newest row of events, contacts or queue_log, read at all.
    public var newestContactRow: Double?
    /// The newest survey row read at all.
    public var newestSurveyRow: Double?
    /// Not one row read from any file: an empty or new directory.
    public var nothingRead: Bool
}

extension Report {
    public var content: WindowContent {
        let q = queue
        let s = satisfaction
        func newest(_ kinds: Set<DataKind>) -> Double? {
            dataQuality.filter { kinds.contains($0.kind) }.compactMap(\.newestRowTime).max()
        }
        return WindowContent(
            contacts: q.offered + q.answered + q.abandoned + q.waitingNow > 0,
            surveys: s.csatResponses + s.npsResponses + s.cesResponses > 0,
            money: roi.costTotal != nil || roi.benefitTotal != nil || retention.retentionPercent != nil,
            newestContactRow: newest([.events, .contacts, .queueLog]),
            newestSurveyRow: newest([.surveys]),
            nothingRead: dataQuality.allSatisfy { $0.rows == 0 && $0.newestRowTime == nil })
    }
}
