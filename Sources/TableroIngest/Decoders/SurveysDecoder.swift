import TableroCore

/// `surveys*.csv|jsonl`: one CSAT, NPS or CES answer. Scales are checked by
/// the store, which knows the settings.
struct SurveysDecoder: RowDecoder {
    static let columns = ["ts", "type", "score", "contact_id", "channel", "queue", "agent", "comment"]
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
            store.add(SurveyAnswer(time: time, type: type, score: score), origin: origin)
            return nil
        } catch {
            return error.reason
        }
    }
}
