import TableroCore

/// `surveys*.csv|jsonl`: one CSAT, NPS or CES answer. Scales are checked by
/// the store, which knows the settings.
struct SurveysDecoder: RowDecoder {
    static let columns = ["ts", "type", "score", "contact_id", "channel", "queue", "agent", "comment", "responded_at"]
    static let required = ["ts", "type", "score"]

    func decode(_ row: RowFields, origin: RowOrigin, into store: inout MetricsStore) -> String? {
        do {
            let time = try Field.required(Field.timestamp(row, 0, "ts", clock: store.clock).get(), "ts").get()
            let typeBytes = row[1].trimmed()
            let type: SurveyType
            if typeBytes.equalsLowercase("csat") {
                type = .csat
            } else if typeBytes.equalsLowercase("nps") {
                type = .nps
            } else if typeBytes.equalsLowercase("ces") {
                type = .ces
            } else {
                return typeBytes.isEmpty ? "missing type" : "unknown survey type \(Sanitize.quoted(typeBytes.string))"
            }
            let score = try Field.required(Field.number(row, 2, "score", nonNegative: false).get(), "score").get()
            let responded = try Field.timestamp(row, 8, "responded_at", clock: store.clock).get()
            if let responded, responded < time {
                return "responded_at \(Sanitize.quoted(row.text(8))) is before ts (a reply before the answer)"
            }
            let hasComment = !row[7].trimmed().isEmpty
            store.add(SurveyAnswer(time: time, type: type, score: score, hasComment: hasComment,
                                   respondedAt: hasComment ? responded : nil), origin: origin)
            return nil
        } catch {
            return error.reason
        }
    }
}
