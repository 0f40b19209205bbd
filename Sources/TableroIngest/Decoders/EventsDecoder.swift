import TableroCore

/// `events*.csv|jsonl`: one thing that happened to one contact. This is the
/// hot path of a large load, so it avoids generic helpers and re-decoding
/// repeated names.
struct EventsDecoder: RowDecoder {
    static let columns = ["ts", "contact_id", "event", "channel", "queue", "agent", "first_contact"]
    static let required = ["ts", "contact_id", "event"]

    private var names = NameInterner()
    private var dates = DateMemo()

    mutating func shedCaches() { names.shed() }
    var holdsCaches: Bool { names.holdsMemory }

    mutating func decode(_ row: RowFields, origin: RowOrigin, into store: inout MetricsStore) -> String? {
        var parsed = ParsedEvent.none
        if let rejection = Self.parse(row, clock: store.clock, names: &names, dates: &dates, registry: &store, into: &parsed) {
            return rejection.reason
        }
        // The names travel as ids; the store does not need their text again.
        store.add(time: parsed.time, contactID: ContactID(parsed.contactID), kind: parsed.kind, firstContact: parsed.firstContact,
                  origin: origin, ids: parsed.ids)
        return nil
    }

    /// Reads the event a row holds into `event`, or says why it is a bad
    /// row. Touches no store, so a parallel load's workers run it on their
    /// chunks (`EventChunkParser`); the names' ids come from `registry`.
    /// Written into the caller's event rather than returned in a `Result`,
    /// whose copies measured at a twentieth of the workers' time (issue 11).
    static func parse<Registry: NameRegistry>(_ row: RowFields, clock: ZoneClock, names: inout NameInterner, dates: inout DateMemo,
                                              registry: inout Registry, into event: inout ParsedEvent) -> Rejection? {
        let tsBytes = row[0].trimmed()
        if tsBytes.isEmpty { return Rejection("missing ts") }
        guard let time = ValueParser.timestamp(tsBytes, clock: clock, dates: &dates) else {
            return Rejection(ValueParser.timestampProblem(tsBytes, name: "ts", clock: clock))
        }
        let idBytes = row[1].trimmed()
        if idBytes.isEmpty { return Rejection("missing contact_id") }
        let eventBytes = row[2].trimmed()
        guard let kind = Self.kind(eventBytes) else {
            return Rejection(eventBytes.isEmpty ? "missing event" : "unknown event \(Sanitize.quoted(eventBytes.string))")
        }
        let firstContact: Bool?
        switch ValueParser.boolean(row[6]) {
        case .missing: firstContact = nil
        case .value(let b): firstContact = b
        case .invalid: return Rejection("first_contact \(Sanitize.quoted(row.text(6))) is not a boolean")
        }
        let channel = names.id(row[3], registry: &registry)
        let queue = names.id(row[4], registry: &registry)
        let agent = names.id(row[5], registry: &registry)
        event.time = time
        event.contactID = idBytes.string
        event.kind = kind
        event.firstContact = firstContact
        event.ids = EventNameIDs(queue: queue, channel: channel, agent: agent)
        return nil
    }
}

extension EventsDecoder {
    /// The event a word names, in any case. Its length and first letter pick
    /// the one name it can be, which is then compared whole.
    @inline(__always)
    static func kind(_ b: FieldBytes) -> ContactEventKind? {
        guard b.count == 6 || b.count == 7 else { return nil }
        switch (b.count, b[0] | 0x20) {
        case (6, 0x61): return b.equalsLowercase("arrive") ? .arrive : b.equalsLowercase("answer") ? .answer : nil
        case (7, 0x61): return b.equalsLowercase("abandon") ? .abandon : nil
        case (7, 0x72): return b.equalsLowercase("resolve") ? .resolve : nil
        default: return nil
        }
    }
}

/// An events row read, before the store takes it: what the contact rules
/// read of it, its names as ids. Not a `ContactEvent`, whose five strings
/// were copied and destroyed on every row (issue 11). The plain-row reader
/// leaves `contactID` as it was (its id is a key: `PlainEventRow.contactKey`).
struct ParsedEvent {
    var time: Double
    var contactID: String
    var kind: ContactEventKind
    var firstContact: Bool?
    var ids: EventNameIDs

    /// Where a row is read into (`EventsDecoder.parse`).
    static let none = ParsedEvent(time: 0, contactID: "", kind: .arrive, firstContact: nil,
                                  ids: EventNameIDs(queue: NameTable.none, channel: NameTable.none, agent: NameTable.none))
}
