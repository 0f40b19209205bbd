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

    /// METRICS.md: `all` has no start, so every row before as-of counts.
    /// Review "old" (21 Nov, 50) is a day older than the only contact
    /// (22 Nov 09:00) and was left out of `all` (an audit): IQS over both
    /// reviews is (50 + 90) / 2 = 70, and the trend starts on 21 Nov.
    @Test("a review older than every contact counts in all")
    func reviewBeforeTheFirstContactCountsInAll() {
        var store = MetricsStore()
        let quality = store.ledger.fileID(path: "quality.csv", kind: .quality)
        _ = store.ledger.fileID(path: "events.csv", kind: .events)
        let nov22 = 1_795_305_600.0  // 2026-11-22T00:00:00Z
        store.add(QualityScore(time: nov22 - 36_000, reviewID: "old", criterion: "accuracy", score: 50, agent: "ann"),
                  origin: RowOrigin(file: quality, line: 2))
        store.add(QualityScore(time: nov22 + 30_000, reviewID: "new", criterion: "accuracy", score: 90, agent: "ann"),
                  origin: RowOrigin(file: quality, line: 3))
        store.add(ContactEvent(time: nov22 + 32_400, contactID: "c1", kind: .arrive, channel: "phone", queue: "sales"),
                  origin: RowOrigin(file: 1, line: 2))
        let r = store.report(window: .all, asOf: nov22 + 36_000)
        #expect(r.quality.reviews == 2)
        #expect(r.quality.iqs == 70)
        // The window's days still start at the contact: one old review does
        // not stretch the trend (nor the forecast's window average).
        #expect(r.trend.count == 1)
    }
}

/// `add(_: QualityScore)` matches the review added to last and the
/// criteria as spelled before without a dictionary; these rows are laid
/// out so that a wrong shortcut changes a figure or a rejection.
@Suite("Quality rows' shortcuts")
struct QualityShortcutTests {
    /// r1 and r2 alternate, so the review added to last is often not the
    /// row's. r1's "ACCURACY" is a second score for its "Accuracy" (one
    /// criterion, any case) and is rejected; r2's "accuracy" is its first.
    /// r1 = (50 + 80) / 2 = 65, r2 = (70 + 60) / 2 = 65, IQS 65; the
    /// criteria are named as first written: Accuracy (50 + 70) / 2 = 60,
    /// empathy (80 + 60) / 2 = 70.
    @Test("reviews met again after another, criteria in other cases")
    func reviewsAndSpellingsInterleaved() throws {
        var store = MetricsStore()
        let file = store.ledger.fileID(path: "quality.csv", kind: .quality)
        let t0 = mar2 + 9 * hour
        let rows = [
            QualityScore(time: t0, reviewID: "r1", criterion: "Accuracy", score: 50),
            QualityScore(time: t0 + 1, reviewID: "r2", criterion: "accuracy", score: 70),
            QualityScore(time: t0 + 2, reviewID: "r1", criterion: "ACCURACY", score: 90),
            QualityScore(time: t0 + 3, reviewID: "r1", criterion: "empathy", score: 80),
            QualityScore(time: t0 + 4, reviewID: "r2", criterion: "Empathy", score: 60),
            QualityScore(time: t0 + 5, reviewID: "r2", criterion: "accuracy", score: 10),
        ]
        for (k, row) in rows.enumerated() { store.add(row, origin: RowOrigin(file: file, line: Int32(k + 2))) }
        let q = store.report(window: .today, asOf: t0 + hour).quality
        #expect(q.reviews == 2 && q.iqs == 65)
        #expect(q.byCriterion == ["Accuracy": 60, "empathy": 70])
        #expect(store.ledger.files[0].errors == [
            "quality.csv:4: a second score for criterion 'ACCURACY' in review 'r1'",
            "quality.csv:7: a second score for criterion 'accuracy' in review 'r2'",
        ])
    }

    /// A criterion's name is its first counted row's: "Empathy" on a row in
    /// the future is not counted, so "empathy" written later names it. Past
    /// the 16 spellings kept, criteria are still told apart: review "r"
    /// scores c0…c19 (k × 5 for ck), then "C19" again, a second score. The
    /// IQS is r's mean, (0 + 5 + … + 95) / 20 = 950 / 20 = 47.5, with
    /// "empathy" at 30 as a 21st criterion of review "s": r 47.5 and s 30
    /// give (47.5 + 30) / 2 = 38.75.
    @Test("names come from counted rows, past the spellings kept")
    func namesFromCountedRowsPastTheMemo() throws {
        var store = MetricsStore()
        let t0 = mar2 + 9 * hour
        store.futureLimit = t0 + hour
        let file = store.ledger.fileID(path: "quality.csv", kind: .quality)
        var line: Int32 = 1
        func add(_ q: QualityScore) {
            line += 1
            store.add(q, origin: RowOrigin(file: file, line: line))
        }
        add(QualityScore(time: t0 + 2 * hour, reviewID: "s", criterion: "Empathy", score: 99))
        add(QualityScore(time: t0, reviewID: "s", criterion: "empathy", score: 30))
        for k in 0..<20 { add(QualityScore(time: t0, reviewID: "r", criterion: "c\(k)", score: Double(k * 5))) }
        add(QualityScore(time: t0, reviewID: "r", criterion: "C19", score: 0))
        let q = store.report(window: .today, asOf: t0 + hour).quality
        #expect(q.reviews == 2 && q.iqs == 38.75)
        #expect(q.byCriterion.count == 21 && q.byCriterion["empathy"] == 30 && q.byCriterion["Empathy"] == nil)
        #expect(q.byCriterion["c19"] == 95)
        #expect(store.ledger.files[0].rejected == 2)
        #expect(store.ledger.files[0].errors.last == "quality.csv:24: a second score for criterion 'C19' in review 'r'")
    }
}
