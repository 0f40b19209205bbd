import Testing
@testable import TableroCore

/// The IQS is the mean of the reviews' scores, summed in the order the
/// reviews were first read. Summed in a dictionary's order, which Swift
/// seeds afresh in each process, `report --json` on the same files gave IQS
/// figures differing in their last digits from run to run (found reading
/// the sample's report twice).
@Suite("Quality reviews in read order")
struct QualityOrderTests {
    @Test("the IQS is the file-order sum of the reviews, to the last bit")
    func iqsSumsInReadOrder() throws {
        var store = MetricsStore()
        let t0 = 1_795_348_800.0  // 2026-11-22T12:00:00Z
        // Tenths, whose binary sums depend on their order: 0.1 + 0.2 + 0.3
        // is 0.6000000000000001 left to right, 0.6 right to left.
        let scores = (1...60).map { Double($0 % 7 + 1) / 10 }
        for (k, score) in scores.enumerated() {
            store.add(QualityScore(time: t0 + Double(k), reviewID: "r\(k)", criterion: "accuracy", score: score, agent: "ann"),
                      origin: RowOrigin(file: store.ledger.fileID(path: "quality.csv", kind: .quality), line: Int32(k + 2)))
        }
        // Each review has one criterion, so its score is the row's; the IQS
        // is their left-to-right sum over 60.
        var sum = 0.0
        for score in scores { sum += score }
        let r = store.report(window: .today, asOf: t0 + 3600)
        #expect(r.quality.reviews == 60)
        #expect(r.quality.iqs == sum / 60)
        #expect(r.quality.byAgent["ann"]?.iqs == sum / 60)
    }

    /// A review counts on the day of its latest row (METRICS.md), which a
    /// report reads from the review (kept when its rows are read). Review
    /// "r" has rows at 23:30 on 21 Nov and 00:30 on 22 Nov (UTC), so it is
    /// in 22 Nov alone; its agent comes from its second row, the first
    /// non-empty one. Review "s" is on 21 Nov only.
    @Test("a review counts on its latest row's day, with its first named agent")
    func reviewOnItsLatestDay() throws {
        var store = MetricsStore()
        let file = store.ledger.fileID(path: "quality.csv", kind: .quality)
        let midnight = 1_795_305_600.0  // 2026-11-22T00:00:00Z
        let rows = [
            QualityScore(time: midnight - 1800, reviewID: "r", criterion: "Accuracy", score: 60),
            QualityScore(time: midnight + 1800, reviewID: "r", criterion: "empathy", score: 90, agent: "bob"),
            QualityScore(time: midnight - 7200, reviewID: "s", criterion: "ACCURACY", score: 40, agent: "ann"),
        ]
        for (k, row) in rows.enumerated() { store.add(row, origin: RowOrigin(file: file, line: Int32(k + 2))) }
        let asOf = midnight + 3600
        let nov22 = try #require(WindowSpec(parsing: "2026-11-22..2026-11-22"))
        let nov21 = try #require(WindowSpec(parsing: "2026-11-21..2026-11-21"))
        // 22 Nov: r alone, (60 + 90) / 2 = 75 (weights 1), by bob; criteria named as first written.
        let q22 = store.report(window: nov22, asOf: asOf).quality
        #expect(q22.reviews == 1 && q22.iqs == 75)
        #expect(q22.byAgent == ["bob": .init(iqs: 75, reviews: 1)])
        #expect(q22.byCriterion == ["Accuracy": 60, "empathy": 90])
        // 21 Nov: s alone (40, by ann); its ACCURACY is the criterion first written "Accuracy".
        let q21 = store.report(window: nov21, asOf: asOf).quality
        #expect(q21.reviews == 1 && q21.iqs == 40)
        #expect(q21.byAgent == ["ann": .init(iqs: 40, reviews: 1)])
        #expect(q21.byCriterion == ["Accuracy": 40])
    }
}
