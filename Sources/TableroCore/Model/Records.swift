/// Where a row came from: an index into the store's file table and the line
/// where the record starts. Kept small because every event carries one.
public struct RowOrigin: Sendable, Hashable {
    public var file: Int32
    public var line: Int32
    public init(file: Int32, line: Int32) {
        self.file = file
        self.line = line
    }
}

public enum ContactEventKind: UInt8, Sendable, CaseIterable {
    case arrive, answer, abandon, resolve

    public var name: String {
        switch self {
        case .arrive: "arrive"
        case .answer: "answer"
        case .abandon: "abandon"
        case .resolve: "resolve"
        }
    }
}

/// Why a contact left the queue unanswered (queue_log tells them apart).
public enum AbandonCause: UInt8, Sendable, CaseIterable, BitwiseCopyable {
    case caller, timeout, emptyQueue, key, withdrawn

    /// CLI.md's order of `queue.abandon_causes`: caller, timeout, key, empty, withdrawn.
    public static let contractOrder: [AbandonCause] = [.caller, .timeout, .key, .emptyQueue, .withdrawn]

    public var name: String {
        switch self {
        case .caller: "caller"
        case .timeout: "timeout"
        case .emptyQueue: "empty"
        case .key: "key"
        case .withdrawn: "withdrawn"
        }
    }
}

/// One thing that happened to one contact. Every reader (events, contacts,
/// queue_log) turns its rows into these, so one set of rules applies.
public struct ContactEvent: Sendable, Equatable {
    public var time: Double
    public var contactID: String
    public var kind: ContactEventKind
    public var channel: String
    public var queue: String
    public var agent: String
    public var firstContact: Bool?
    /// Overrides resolve − answer as the handle time (contacts, queue_log).
    public var handleSeconds: Double?
    public var abandonCause: AbandonCause
    /// The caller id an arrive carried (queue_log's ENTERQUEUE), for call-backs.
    public var caller: String = ""

    public init(
        time: Double, contactID: String, kind: ContactEventKind,
        channel: String = "", queue: String = "", agent: String = "",
        firstContact: Bool? = nil, handleSeconds: Double? = nil,
        abandonCause: AbandonCause = .caller
    ) {
        self.time = time
        self.contactID = contactID
        self.kind = kind
        self.channel = channel
        self.queue = queue
        self.agent = agent
        self.firstContact = firstContact
        self.handleSeconds = handleSeconds
        self.abandonCause = abandonCause
    }
}

public enum SurveyType: UInt8, Sendable {
    case csat, nps, ces
}

public struct SurveyAnswer: Sendable, Equatable {
    public var time: Double
    public var type: SurveyType
    public var score: Double
    /// A non-blank comment came with it.
    public var hasComment: Bool
    /// When the company answered the comment.
    public var respondedAt: Double?
    public init(time: Double, type: SurveyType, score: Double, hasComment: Bool = false, respondedAt: Double? = nil) {
        self.time = time
        self.type = type
        self.score = score
        self.hasComment = hasComment
        self.respondedAt = respondedAt
    }
}

/// An agent event (queue_log's ADDMEMBER … UNPAUSEALL, or a row of an
/// `agents` file): who is logged in, paused or in wrap-up.
public struct AgentStateEvent: Sendable, Equatable {
    public enum Change: Sendable, Equatable {
        case login, logoff, addMember, removeMember, pause, unpause, pauseAll, unpauseAll
        /// After-contact work begins / ends (`agents` files only).
        case wrapUp, ready
    }
    public var time: Double
    public var agent: String
    /// Empty: every queue.
    public var queue: String
    public var change: Change
    /// Why a pause (free text; empty otherwise).
    public var reason: String
    public init(time: Double, agent: String, queue: String, change: Change, reason: String = "") {
        self.time = time
        self.agent = agent
        self.queue = queue
        self.change = change
        self.reason = reason
    }
}
