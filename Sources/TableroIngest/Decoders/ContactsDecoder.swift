import TableroCore

/// `contacts*.csv|jsonl`: one finished contact per row, read as the events
/// it implies so that the same rules apply.
struct ContactsDecoder: RowDecoder {
    static let columns = ["contact_id", "arrived_at", "answered_at", "abandoned_at", "resolved_at",
                          "channel", "queue", "agent", "first_contact", "handle_seconds"]
    static let required = ["contact_id", "arrived_at"]

    func decode(_ row: RowFields, origin: RowOrigin, into store: inout MetricsStore) -> String? {
        do {
            let clock = store.clock
            let id = row.text(0)
            if id.isEmpty { return "missing contact_id" }
            let arrived = try Field.required(Field.timestamp(row, 1, "arrived_at", clock: clock).get(), "arrived_at").get()
            let answered = try Field.timestamp(row, 2, "answered_at", clock: clock).get()
            let abandoned = try Field.timestamp(row, 3, "abandoned_at", clock: clock).get()
            let resolved = try Field.timestamp(row, 4, "resolved_at", clock: clock).get()
            let firstContact = try Field.boolean(row, 8, "first_contact").get()
            let handle = try Field.number(row, 9, "handle_seconds").get()
            if answered != nil && abandoned != nil { return "both answered_at and abandoned_at" }
            if let answered, answered < arrived { return "answered_at before arrived_at (negative wait)" }
            if let abandoned, abandoned < arrived { return "abandoned_at before arrived_at (negative wait)" }
            if let resolved, resolved < arrived { return "resolved_at before arrived_at (negative resolution time)" }
            if let resolved, let answered, resolved < answered { return "resolved_at before answered_at (negative handle time)" }
            if store.hasContact(id) { return "contact \(Sanitize.quoted(id)) seen before" }

            let channel = row.text(5)
            let queue = row.text(6)
            let agent = row.text(7)
            store.add(ContactEvent(time: arrived, contactID: id, kind: .arrive, channel: channel, queue: queue), origin: origin)
            if let answered {
                store.add(ContactEvent(time: answered, contactID: id, kind: .answer, channel: channel, queue: queue, agent: agent), origin: origin)
            }
            if let abandoned {
                store.add(ContactEvent(time: abandoned, contactID: id, kind: .abandon, channel: channel, queue: queue), origin: origin)
            }
            if let resolved {
                store.add(ContactEvent(time: resolved, contactID: id, kind: .resolve, channel: channel, queue: queue,
                                       agent: agent, firstContact: firstContact, handleSeconds: handle), origin: origin)
            }
            return nil
        } catch {
            return error.reason
        }
    }
}
