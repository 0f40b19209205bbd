/// How a figure stands against its target (METRICS.md, "Levels and alerts").
/// Decided once here, so the dashboard's colours, its alerts and `report`'s
/// `alerts` agree. Ordered from nothing to say to the worst.
public enum Level: Int, Sendable, Equatable, Comparable, CaseIterable {
    case good, warning, critical, unknown

    /// Worse than good: what raises an alert.
    public var isAlert: Bool { self == .warning || self == .critical }

    /// The JSON word of an alert's level.
    public var name: String {
        switch self {
        case .good: "good"
        case .warning: "warning"
        case .critical: "critical"
        case .unknown: "unknown"
        }
    }

    /// Severity order for sorting rows: critical first, unknown last.
    public var severity: Int {
        switch self {
        case .critical: 3
        case .warning: 2
        case .good: 1
        case .unknown: 0
        }
    }

    public static func < (a: Level, b: Level) -> Bool { a.severity < b.severity }
}
