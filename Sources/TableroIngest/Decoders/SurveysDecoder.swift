import TableroCore

/// `surveys*.csv|jsonl`: one CSAT, NPS or CES answer. Scales are checked by
/// the store, which knows the settings.
struct SurveysDecoder: RowDecoder {
    static let columns = ["ts", "type", "score", "contact_id", "channel", "queue", "agent", "comment", "responded_at"]
    static let required = ["ts", "type", "score"]

    func decode(_ row: RowFields, origin: RowOrigin, into store: inout MetricsStore) -> String? {
        switch Self.parse(row, clock: store.clock) {
        case .success(let answer):
            store.add(answer, origin: origin)
            return nil
        case .failure(let rejection):
            return rejection.reason
        }
    }

    /// The answer a row holds, or why it is a bad row. Touches no store, so
    /// a parallel load's workers run it on their chunks (`SurveyBatch`).
    static func parse(_ row: RowFields, clock: ZoneClock) -> Result<SurveyAnswer, Rejection> {
        do {
            let time = try Field.required(Field.timestamp(row, 0, "ts", clock: clock).get(), "ts").get()
            let typeBytes = row[1].trimmed()
            let type: SurveyType
            if typeBytes.equalsLowercase("csat") {
                type = .csat
            } else if typeBytes.equalsLowercase("nps") {
                type = .nps
            } else if typeBytes.equalsLowercase("ces") {
                type = .ces
            } else {
                return .failure(Rejection(typeBytes.isEmpty ? "missing type" : "unknown survey type \(Sanitize.quoted(typeBytes.string))"))
            }
            let score = try Field.required(Field.number(row, 2, "score", nonNegative: false).get(), "score").get()
            let responded = try Field.timestamp(row, 8, "responded_at", clock: clock).get()
            if let responded, responded < time {
                return .failure(Rejection("responded_at \(Sanitize.quoted(row.text(8))) is before ts (a reply before the answer)"))
            }
            let hasComment = !row[7].trimmed().isEmpty
            return .success(SurveyAnswer(time: time, type: type, score: score, hasComment: hasComment,
                                         respondedAt: hasComment ? responded : nil))
        } catch {
            return .failure(error)
        }
    }
}
