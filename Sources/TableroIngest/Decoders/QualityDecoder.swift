import TableroCore

/// `quality*.csv|jsonl`: one criterion's score in one quality review (DATA.md,
/// `quality`). A score outside 0..100 is a bad row here; a second score for
/// the same criterion of a review is one in the store, which holds the review.
struct QualityDecoder: RowDecoder {
    static let columns = ["ts", "review_id", "criterion", "score", "agent", "contact_id", "queue", "channel"]
    static let required = ["ts", "review_id", "criterion", "score"]

    func decode(_ row: RowFields, origin: RowOrigin, into store: inout MetricsStore) -> String? {
        do {
            let time = try Field.required(Field.timestamp(row, 0, "ts", clock: store.clock).get(), "ts").get()
            let review = row.text(1)
            if review.isEmpty { return "missing review_id" }
            let criterion = row.text(2)
            if criterion.isEmpty { return "missing criterion" }
            let score = try Field.required(Field.number(row, 3, "score", nonNegative: false).get(), "score").get()
            guard (0...100).contains(score) else { return "score \(Format.plain(score)) outside 0..100" }
            store.add(QualityScore(time: time, reviewID: review, criterion: criterion, score: score, agent: row.text(4)),
                      origin: origin)
            return nil
        } catch {
            return error.reason
        }
    }
}
