import TableroCore

/// `events*.csv|jsonl`: one thing that happened to one contact. This is the
/// hot path of a large load, so it avoids generic helpers and re-decoding
/// repeated names.
struct EventsDecoder: RowDecoder {
    static let columns = ["ts", "contact_id", "event", "channel", "queue", "agent", "first_contact"]
    static let required = ["ts", "contact_id", "event"]

    private var names = NameInterner()

    mutating func decode(_ row: RowFields, origin: RowOrigin, into store: inout MetricsStore) -> String? {
        let tsBytes = row[0].trimmed()
        if tsBytes.isEmpty { return "missing ts" }
        guard let time = ValueParser.timestamp(tsBytes, clock: store.clock) else {
            return ValueParser.timestampProblem(tsBytes, name: "ts", clock: store.clock)
        }
        let idBytes = row[1].trimmed()
        if idBytes.isEmpty { return "missing contact_id" }
        let eventBytes = row[2].trimmed()
        let kind: ContactEventKind
        if eventBytes.equalsLowercase("arrive") {
            kind = .arrive
        } else if eventBytes.equalsLowercase("answer") {
            kind = .answer
        } else if eventBytes.equalsLowercase("abandon") {
            kind = .abandon
        } else if eventBytes.equalsLowercase("resolve") {
            kind = .resolve
        } else {
            return eventBytes.isEmpty ? "missing event" : "unknown event \(Sanitize.quoted(eventBytes.string))"
        }
        let firstContact: Bool?
        switch ValueParser.boolean(row[6]) {
        case .missing: firstContact = nil
        case .value(let b): firstContact = b
        case .invalid: return "first_contact \(Sanitize.quoted(row.text(6))) is not a boolean"
        }
        let channel = names.name(row[3], store: &store)
        let queue = names.name(row[4], store: &store)
        let agent = names.name(row[5], store: &store)
        // The names travel as ids; the store does not need their text again.
        store.add(ContactEvent(time: time, contactID: idBytes.string, kind: kind, firstContact: firstContact),
                  origin: origin, ids: EventNameIDs(queue: queue.id, channel: channel.id, agent: agent.id))
        return nil
    }
}
