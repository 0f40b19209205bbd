/// What the store remembers of one contact while it may still receive
/// events. Closed contacts are kept a while only to catch duplicates.
struct ContactState: Sendable {
    // The four times are stored as NaN when unknown rather than as
    // optionals: 8 bytes each instead of 16 keeps the open-contact table of
    // a large load (some 130,000 slots) inside the cache (issue 11).
    private var arriveTime = Double.nan
    private var answerTime = Double.nan
    private var abandonTime = Double.nan
    private var resolveTime = Double.nan

    var arrive: Double? {
        get { arriveTime.isNaN ? nil : arriveTime }
        set { arriveTime = newValue ?? .nan }
    }

    var answer: Double? {
        get { answerTime.isNaN ? nil : answerTime }
        set { answerTime = newValue ?? .nan }
    }

    /// Kept so that an arrive (or answer) read after them still pairs:
    /// read order never matters (METRICS.md, "Details").
    var abandonAt: Double? {
        get { abandonTime.isNaN ? nil : abandonTime }
        set { abandonTime = newValue ?? .nan }
    }

    var resolveAt: Double? {
        get { resolveTime.isNaN ? nil : resolveTime }
        set { resolveTime = newValue ?? .nan }
    }

    var abandonCause: AbandonCause = .caller
    /// The resolve carried its own handle time (contacts' `handle_seconds`).
    var handleGiven = false
    /// The first event seen was not an arrive: counted as an orphan in
    /// `file` until its arrive turns up.
    var orphan = false
    var answered = false
    var abandoned = false
    var resolved = false
    var queue: Int32
    var channel: Int32
    /// The named agent that answered it, while the contact is open: told
    /// when the contact ends (`AgentLog`); `NameTable.none` otherwise.
    var openAgent: Int32 = NameTable.none
    /// The file of the event that first mentioned the contact.
    var file: Int32

    init(queue: Int32, channel: Int32, file: Int32) {
        self.queue = queue
        self.channel = channel
        self.file = file
    }

    // Each kind of event is taken once and keeps its time, so the times of
    // the events taken are the four above: the latest and the earliest are
    // worked out from them rather than kept. Kept, they made a contact 72
    // bytes, not 56, and a 10M load's table of them (490,000) outgrew the
    // cache by more (issue 11).

    /// The latest time among its accepted events (the sweep forgets by it).
    var lastTime: Double {
        .maximum(.maximum(arriveTime, answerTime), .maximum(abandonTime, resolveTime))
    }

    /// The earliest time among its accepted events: an arrive stamped after
    /// it would make a negative wait or resolution time. NaN before any.
    var firstTime: Double {
        .minimum(.minimum(arriveTime, answerTime), .minimum(abandonTime, resolveTime))
    }

    var isWaiting: Bool { arrive != nil && !answered && !abandoned && !resolved }
    var isClosed: Bool { abandoned || resolved }
}

/// queue_log's view of one agent (DATA.md: ADDMEMBER … UNPAUSEALL).
struct PBXAgent: Sendable {
    var loggedIn = false
    var queues: Set<Int32> = []
    var paused = false

    var available: Bool { (loggedIn || !queues.isEmpty) && !paused }
}
