/// What the contact rules read of an event, once its names are ids and its
/// contact id a key: a `ContactEvent` without its texts, so that it is
/// plain bytes, copied and dropped with no retain or release. Copying and
/// destroying the five strings of a `ContactEvent` on the way through the
/// rules measured at a tenth of a parallel load's main thread (issue 11).
struct StoreEvent {
    var time: Double
    var key: ContactKey
    var kind: ContactEventKind
    var firstContact: Bool?
    var handleSeconds: Double?
    var abandonCause: AbandonCause = .caller

    init(time: Double, key: ContactKey, kind: ContactEventKind, firstContact: Bool?) {
        self.time = time
        self.key = key
        self.kind = kind
        self.firstContact = firstContact
    }

    init(_ e: ContactEvent, key: ContactKey) {
        time = e.time
        self.key = key
        kind = e.kind
        firstContact = e.firstContact
        handleSeconds = e.handleSeconds
        abandonCause = e.abandonCause
    }
}

/// The texts of an event the rules rarely read, apart from it: a long
/// contact id's text (its key does not hold it) and the caller's number
/// (queue_log only). Empty on nearly every row.
struct EventText {
    var longID: String
    var caller: String

    static let none = EventText(longID: "", caller: "")

    /// The text of the contact id whose key is `key`.
    @inline(__always)
    func id(_ key: ContactKey) -> String { key.text(long: longID) }
}
