import Foundation

/// How busy the demo's simulated centre is. The defaults continue
/// `sample-data` (27,000 contacts over 60 days) so the figures do not jump
/// when the demo starts appending.
public struct DemoOptions: Sendable, Equatable {
    /// Contacts on an average day; each weekday and hour gets its share
    /// through the generator's curves (Monday heaviest, 10:00 the peak).
    public var contactsPerDay: Double
    /// Mean number of bursts per simulated hour (a Poisson process).
    public var burstsPerHour: Double
    /// Phone and chat are staffed, hour by hour, for this percentage
    /// answered within 20 seconds (Erlang C): waits stay short until a burst.
    public var plannedServiceLevel: Double
    /// Also append phone calls of the `sales-pbx` queue to `queue_log` when
    /// the directory has one.
    public var queueLog: Bool

    public init(contactsPerDay: Double = 450, burstsPerHour: Double = 1.5, plannedServiceLevel: Double = 80,
                queueLog: Bool = true) {
        self.contactsPerDay = contactsPerDay
        self.burstsPerHour = burstsPerHour
        self.plannedServiceLevel = plannedServiceLevel
        self.queueLog = queueLog
    }
}

/// What one `advance(to:)` did, for a status line or a test.
public struct DemoProgress: Sendable, Equatable {
    /// The simulated instant the files are now complete up to.
    public var simulatedTime: Double
    /// Rows appended by this call.
    public var eventRows = 0
    public var surveyRows = 0
    public var queueLogRows = 0
    /// Rows decided but not yet due (an email answered in three hours, a
    /// survey an hour after its resolve): what the feed holds in memory.
    public var pendingRows = 0

    public init(simulatedTime: Double) {
        self.simulatedTime = simulatedTime
    }
}

/// Why the demo cannot run; the command line turns these into exit 2.
public enum DemoError: Error, CustomStringConvertible, Sendable {
    case sourceMissing(String)
    case notADirectory(String)
    case badHeader(path: String, reason: String)
    case io(path: String, errno: Int32)

    public var description: String {
        switch self {
        case .sourceMissing(let path): "demo data directory \"\(path)\" does not exist"
        case .notADirectory(let path): "\"\(path)\" is not a directory"
        case .badHeader(let path, let reason): "\(path): \(reason)"
        case .io(let path, let code): "\(path): \(String(cString: strerror(code)))"
        }
    }
}
