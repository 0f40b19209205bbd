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
}
