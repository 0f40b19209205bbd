import Foundation

/// What `tablero generate` asks for. Every field has a default except the
/// last day, which the command line fills with today so the sample data is
/// always "live"; tests pass a fixed date so their output never changes.
public struct GeneratorOptions: Sendable {
    /// Local calendar days generated, ending at `endDate`.
    public var days: Int
    /// Contacts over all days in `events.csv` and `archive/` (queue_log calls come on top).
    public var contacts: Int
    /// The only source of randomness: same options, same bytes.
    public var seed: UInt64
    /// `YYYY-MM-DD`, the last local day generated (it stops mid-afternoon, as a live stream would).
    public var endDate: String
    /// IANA zone the arrival shape and the archive's local times are in.
    public var timeZone: String
    /// The most recent N days go to `events.csv`; older days to `archive/contacts-YYYY-MM.csv`.
    public var eventDays: Int
    /// Days of Asterisk `queue_log` for the `sales-pbx` queue (0 = no queue_log).
    public var queueLogDays: Int
    /// Agents on the roster (names, shifts) and the size of the personnel cost.
    public var agents: Int

    public init(days: Int = 60, contacts: Int = 27_000, seed: UInt64 = 42, endDate: String,
                timeZone: String = "America/New_York", eventDays: Int = 14, queueLogDays: Int = 7,
                agents: Int = 40) {
        self.days = days
        self.contacts = contacts
        self.seed = seed
        self.endDate = endDate
        self.timeZone = timeZone
        self.eventDays = eventDays
        self.queueLogDays = queueLogDays
        self.agents = agents
    }
}

/// What was written, so the command line can print it and tests can check it.
public struct GeneratorSummary: Sendable {
    /// Path relative to the data directory -> size in bytes.
    public var files: [String: Int]
    /// Contacts written to `events.csv` and `archive/` (queue_log calls not included).
    public var contacts: Int
    /// Data rows of `events.csv`.
    public var eventRows: Int
    /// Data rows of `surveys.csv`.
    public var surveyRows: Int

    public init(files: [String: Int] = [:], contacts: Int = 0, eventRows: Int = 0, surveyRows: Int = 0) {
        self.files = files
        self.contacts = contacts
        self.eventRows = eventRows
        self.surveyRows = surveyRows
    }
}

/// Options the generator cannot honour; the command line turns these into exit 2.
public enum GeneratorError: Error, CustomStringConvertible, Sendable {
    case badEndDate(String)
    case unknownTimeZone(String)
    case outOfRange(String)

    public var description: String {
        switch self {
        case .badEndDate(let text): "end date \"\(text)\" is not a YYYY-MM-DD date"
        case .unknownTimeZone(let name): "unknown time zone \"\(name)\""
        case .outOfRange(let what): what
        }
    }
}
