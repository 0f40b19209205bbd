import Testing
@testable import TableroCore

/// A parallel load hands the store a chunk's survey answers as one batch
/// (`add(surveys:file:lineShift:)`), which adds runs of answers on one day
/// into one copy of the day's tallies. It must leave the store as the rows
/// given one by one (`add(_:origin:)`) do: every count, every sum to the
/// last bit, every rejection with its line.
@Suite("Survey batches")
struct SurveyBatchTests {
    /// CES scores on 2 March, 3 March, then 2 March again. A day's CES sum
    /// is its scores added in file order: 2 March is ((1.1 + 1.1) + 1.1) +
    /// 3.3 = 6.6 exactly in doubles, while adding the two runs apart and
    /// then together gives (1.1 + 1.1) + (1.1 + 3.3) = 6.6000000000000005
    /// (both worked out in Python's floats). Around them: a CSAT of 6
    /// (off its 1..5 scale), a row the reader refused, an answer with a
    /// comment, and one after the cutoff (not counted, not an error).
    @Test("a batch leaves the store as its rows one by one do, to the last bit")
    func batchEqualsRowByRow() throws {
        let cutoff = mar2 + 2 * day
        let rows: [SurveyBatchRow] = [
            .answer(SurveyAnswer(time: mar2 + 9 * hour, type: .ces, score: 1.1), line: 1),
            .answer(SurveyAnswer(time: mar2 + 10 * hour, type: .ces, score: 1.1), line: 2),
            .answer(SurveyAnswer(time: mar2 + 10 * hour, type: .csat, score: 6), line: 3),
            .answer(SurveyAnswer(time: mar2 + day + 9 * hour, type: .nps, score: 9, hasComment: true,
                                 respondedAt: mar2 + day + 10 * hour), line: 4),
            .rejected(line: 5, reason: "missing type"),
            .answer(SurveyAnswer(time: mar2 + 11 * hour, type: .ces, score: 1.1), line: 6),
            .answer(SurveyAnswer(time: mar2 + 12 * hour, type: .ces, score: 3.3), line: 7),
            .answer(SurveyAnswer(time: mar2 + 12 * hour, type: .csat, score: 4), line: 8),
            .answer(SurveyAnswer(time: cutoff + hour, type: .csat, score: 5), line: 9),
        ]
        let shift: Int32 = 40

        var batched = MetricsStore(cutoff: cutoff)
        let file = batched.ledger.fileID(path: "surveys.csv", kind: .surveys)
        batched.add(surveys: rows, file: file, lineShift: shift)

        // What a one-pass read does with each row.
        var oneByOne = MetricsStore(cutoff: cutoff)
        _ = oneByOne.ledger.fileID(path: "surveys.csv", kind: .surveys)
        for row in rows {
            oneByOne.ledger.countRow(file)
            switch row {
            case .answer(let answer, let line): oneByOne.add(answer, origin: RowOrigin(file: file, line: line + shift))
            case .rejected(let line, let reason): oneByOne.ledger.reject(RowOrigin(file: file, line: line + shift), reason)
            }
        }

        let march2 = batched.clock.day(of: mar2), march3 = batched.clock.day(of: mar2 + day)
        #expect(batched.days[march2]?.satisfaction.cesSum == 6.6)
        #expect(batched.days[march2]?.satisfaction.cesCount == 4)
        #expect(batched.days[march2]?.satisfaction.csatCount == 1)
        #expect(batched.days[march3]?.satisfaction.promoters == 1)
        #expect(batched.days.count == 2)
        for d in [march2, march3] { #expect(batched.days[d]?.satisfaction == oneByOne.days[d]?.satisfaction) }
        #expect(batched.ledger == oneByOne.ledger)
        #expect(batched.ledger.files[0].rows == 9 && batched.ledger.files[0].rejected == 2)
        #expect(batched.ledger.files[0].errors == ["surveys.csv:43: csat score 6 outside 1..5", "surveys.csv:45: missing type"])
        #expect(batched.comments.count == 1 && oneByOne.comments.count == 1)
        #expect(batched.skippedAfterCutoff == 1 && oneByOne.skippedAfterCutoff == 1)
        #expect(batched.newestRowTime == mar2 + day + 9 * hour)
    }
}
