/// What the store remembers of one contact while it may still receive
/// events. Closed contacts are kept a while only to catch duplicates.
struct ContactState: Sendable {
    var arrive: Double?
    var answer: Double?
    var answered = false
    var abandoned = false
    var resolved = false
    var queue: Int32
    var channel: Int32
    /// The file of the event that first mentioned the contact.
    var file: Int32
    var lastTime: Double
    /// The earliest time among its accepted events: an arrive stamped after
    /// it would make a negative wait or resolution time.
    var firstTime = Double.infinity

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

struct AgentGroup: Sendable, Hashable {
    var agent: Int32
    var group: GroupKey
}
