import TableroCore

/// What the dashboard remembers of the alerts between reports (issue 9):
/// when each figure turned critical, so its tile or row flashes in reverse
/// video at 1 Hz for `alerts.flash_seconds` and then stays red; and the log
/// of crossings the `A` overlay lists, newest first. Pure, like BellAlarm:
/// fed every report with the tick's wall time; the view only reads it.
public struct AlertWatch: Sendable, Equatable {
    /// The log keeps the latest crossings only: a day of a flapping figure
    /// must not grow the model without bound.
    public static let logLimit = 200

    /// One crossing: a figure that raised an alert, or whose alert turned critical.
    public struct Entry: Sendable, Equatable {
        /// The as-of of the report that showed it (the data's time, so a
        /// replay logs the replayed time).
        public var time: Double
        public var alert: Alert
    }

    /// The figures critical now (`scope|figure`) and the wall time each turned critical.
    var criticalSince: [String: Double] = [:]
    /// The alerts of the last report by figure, to see what changed.
    var levels: [String: Level] = [:]
    /// Newest first, at most `logLimit`.
    public private(set) var log: [Entry] = []
    var seeded = false

    public init() {}

    static func key(_ scope: String, _ figure: String) -> String { scope + "|" + figure }

    /// Takes in a report's alerts at wall time `now` (flash) and data time `asOf` (log). The figures already
    /// critical in the first report do not flash (nothing *turned* red while
    /// anyone watched, as for the bell), but they are logged.
    public mutating func observe(_ alerts: [Alert], now: Double, asOf: Double) {
        var current: [String: Level] = [:]
        var crossings: [Alert] = []
        for a in alerts {
            let k = Self.key(a.scope, a.figure)
            current[k] = a.level
            let before = levels[k]
            if before == nil || (a.level == .critical && before != .critical) { crossings.append(a) }
            if a.level == .critical {
                if criticalSince[k] == nil { criticalSince[k] = seeded ? now : -Double.infinity }
            } else {
                criticalSince[k] = nil
            }
        }
        // A figure good again (no alert) is forgotten, so its next crossing flashes.
        for k in criticalSince.keys where current[k] != .critical { criticalSince[k] = nil }
        levels = current
        seeded = true
        guard !crossings.isEmpty else { return }
        // Within a report the contract's order; the log reads newest first.
        log.insert(contentsOf: crossings.map { Entry(time: asOf, alert: $0) }, at: 0)
        if log.count > Self.logLimit { log.removeLast(log.count - Self.logLimit) }
    }

    /// Whether the figure is within its flashing time at `now`.
    public func isFlashing(_ scope: String, _ figure: String, now: Double, seconds: Double) -> Bool {
        guard let since = criticalSince[Self.key(scope, figure)] else { return false }
        return now >= since && now - since < seconds
    }

    /// Whether the figure is drawn reversed at `now`: on for the first half
    /// of each second of its flashing time (1 Hz).
    public func isReversed(_ scope: String, _ figure: String, now: Double, seconds: Double) -> Bool {
        guard isFlashing(scope, figure, now: now, seconds: seconds), let since = criticalSince[Self.key(scope, figure)] else { return false }
        return (now - since).truncatingRemainder(dividingBy: 1) < 0.5
    }

    /// The end of the latest flash, for the loop to keep waking until then.
    public func flashEnds(seconds: Double) -> Double? {
        criticalSince.values.filter(\.isFinite).max().map { $0 + seconds }
    }
}
