/// What the contact rules read of an event, once its names are ids: a
/// `ContactEvent` without its channel, queue and agent texts. Copying and
/// destroying the five strings of a `ContactEvent` on the way through the
/// rules measured at a tenth of a parallel load's main thread (issue 11).
struct StoreEvent {
    var time: Double
    var contactID: String
    var kind: ContactEventKind
    var firstContact: Bool?
    var handleSeconds: Double?
    var abandonCause: AbandonCause = .caller
    var caller = ""

    init(time: Double, contactID: String, kind: ContactEventKind, firstContact: Bool?) {
        self.time = time
        self.contactID = contactID
        self.kind = kind
        self.firstContact = firstContact
    }

    init(_ e: ContactEvent) {
        time = e.time
        contactID = e.contactID
        kind = e.kind
        firstContact = e.firstContact
        handleSeconds = e.handleSeconds
        abandonCause = e.abandonCause
        caller = e.caller
    }
}
