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

    /// Each kind of event is taken once, with its time: the contact was
    /// answered, abandoned or resolved when that time is known. A time is
    /// never NaN: the store refuses a row stamped so (`MetricsStore.admit`),
    /// and no reader makes one (they read times in 1970..2099 only).
    var answered: Bool { !answerTime.isNaN }
    var abandoned: Bool { !abandonTime.isNaN }
    var resolved: Bool { !resolveTime.isNaN }

    var queue: Int32
    var channel: Int32
    /// The named agent that answered it, while the contact is open: told
    /// when the contact ends (`AgentLog`); `NameTable.none` otherwise.
    var openAgent: Int32 = NameTable.none
    /// The file of the event that first mentioned the contact in the low
    /// 24 bits, and three facts above it (`Bits`). Apart, the facts made a
    /// contact 56 bytes, and its record beside its key 72: one record read
    /// two cache lines, where 64 read one (issue 11).
    private var fileAndFacts: UInt32

    private enum Bits {
        static let fileMask: UInt32 = 0x00FF_FFFF
        static let orphan: UInt32 = 1 << 24
        static let handleGiven: UInt32 = 1 << 25
        static let causeShift: UInt32 = 26
        static let causeMask: UInt32 = 0b111 << causeShift
        static let firstContactKnown: UInt32 = 1 << 29
        static let firstContactYes: UInt32 = 1 << 30
    }

    /// The file of the event that first mentioned the contact.
    var file: Int32 {
        get { Int32(fileAndFacts & Bits.fileMask) }
        set {
            precondition(newValue >= 0 && newValue < Self.filesHeld, "file ids are kept in 24 bits")
            fileAndFacts = fileAndFacts & ~Bits.fileMask | UInt32(newValue)
        }
    }

    /// The first event seen was not an arrive: counted as an orphan in
    /// `file` until its arrive turns up.
    var orphan: Bool {
        get { fileAndFacts & Bits.orphan != 0 }
        set { fileAndFacts = newValue ? fileAndFacts | Bits.orphan : fileAndFacts & ~Bits.orphan }
    }

    /// The resolve carried its own handle time (contacts' `handle_seconds`).
    var handleGiven: Bool {
        get { fileAndFacts & Bits.handleGiven != 0 }
        set { fileAndFacts = newValue ? fileAndFacts | Bits.handleGiven : fileAndFacts & ~Bits.handleGiven }
    }

    var abandonCause: AbandonCause {
        get { AbandonCause(rawValue: UInt8((fileAndFacts & Bits.causeMask) >> Bits.causeShift))! }
        set { fileAndFacts = fileAndFacts & ~Bits.causeMask | UInt32(newValue.rawValue) << Bits.causeShift }
    }

    /// The resolve's `first_contact`, kept so that its counts can move to
    /// the group a later event names (`MetricsStore.regroup`).
    var firstContact: Bool? {
        get { fileAndFacts & Bits.firstContactKnown == 0 ? nil : fileAndFacts & Bits.firstContactYes != 0 }
        set {
            fileAndFacts &= ~(Bits.firstContactKnown | Bits.firstContactYes)
            if let newValue { fileAndFacts |= Bits.firstContactKnown | (newValue ? Bits.firstContactYes : 0) }
        }
    }

    /// Files are counted from 0 per directory, a few per kind and rotation;
    /// 16 million is past any directory's life.
    static let filesHeld = Int32(Bits.fileMask) + 1

    init(queue: Int32, channel: Int32, file: Int32) {
        self.queue = queue
        self.channel = channel
        fileAndFacts = 0
        self.file = file
        abandonCause = .caller
    }

    // Each kind of event is taken once and keeps its time, so the times of
    // the events taken are the four above: the latest and the earliest are
    // worked out from them rather than kept. Kept, they would make a
    // contact 64 bytes, not 48, and its record with its key two cache
    // lines, not one (issue 11).

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
