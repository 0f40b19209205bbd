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
    var lastTime: Double
    /// The earliest time among its accepted events: an arrive stamped after
    /// it would make a negative wait or resolution time.
    var firstTime = Double.infinity

    init(queue: Int32, channel: Int32, file: Int32, lastTime: Double, firstTime: Double = .infinity) {
        self.queue = queue
        self.channel = channel
        self.file = file
        self.lastTime = lastTime
        self.firstTime = firstTime
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
