/// Which local days a report covers (METRICS.md, "Window and time").
public enum WindowSpec: Sendable, Equatable, CustomStringConvertible {
    case today
    case lastDays(Int)
    case all
    case range(LocalDay, LocalDay)

    /// `today`, `7d`, `30d`, `all` or `FROM..TO`; nil when it is none of those.
    public init?(parsing text: String) {
        switch text.lowercased() {
        case "today": self = .today
        case "all": self = .all
        default:
            if text.hasSuffix("d"), let n = Int(text.dropLast()), n >= 1, n <= 36_600 {
                self = .lastDays(n)
                return
            }
            let parts = text.components(separatedBy: "..")
            guard parts.count == 2, let from = LocalDay(iso: Substring(parts[0])),
                  let to = LocalDay(iso: Substring(parts[1])), from <= to,
                  Self.heldDays.contains(from), Self.heldDays.contains(to) else { return nil }
            self = .range(from, to)
        }
    }

    /// The days a FROM..TO may name: those of the times a row may have
    /// (DATA.md: 1970-01-01 up to 2100-01-01, UTC). `0001-01-01..` made a
    /// 740,000-day trend with years printed in one digit (an audit).
    public static let heldDays = LocalDay(year: 1970, month: 1, day: 1)...LocalDay(year: 2099, month: 12, day: 31)

    public var description: String {
        switch self {
        case .today: "today"
        case .lastDays(let n): "\(n)d"
        case .all: "all"
        case .range(let a, let b): "\(a)..\(b)"
        }
    }

    /// The next window the dashboard's `w` key cycles to.
    public var next: WindowSpec {
        switch self {
        case .today: .lastDays(7)
        case .lastDays(7): .lastDays(30)
        case .lastDays(30): .all
        default: .today
        }
    }
}

/// A window resolved against an as-of time and the data held.
public struct ResolvedWindow: Sendable, Equatable {
    public var spec: WindowSpec
    public var days: ClosedRange<LocalDay>
    /// Start instant, nil for `all`.
    public var from: Double?
    /// End instant: as-of, or TO's end when earlier.
    public var to: Double
    public var asOf: Double
    /// As-of's local day.
    public var asOfDay: LocalDay

    public init(spec: WindowSpec, asOf: Double, clock: ZoneClock, firstDataDay: LocalDay?) {
        self.spec = spec
        self.asOf = asOf
        let today = clock.day(of: asOf)
        asOfDay = today
        var first: LocalDay
        var last = today
        switch spec {
        case .today: first = today
        case .lastDays(let n): first = today.advanced(by: -(n - 1))
        case .all: first = min(firstDataDay ?? today, today)
        case .range(let a, let b):
            first = a
            last = min(b, today)
            if last < first { last = first }
        }
        days = first...last
        from = spec == .all ? nil : clock.start(of: first)
        if case .range(_, let b) = spec {
            to = min(asOf, clock.start(of: b.advanced(by: 1)))
        } else {
            to = asOf
        }
    }

    /// The equal window just before this one (for trend arrows).
    public func previous(clock: ZoneClock) -> ResolvedWindow {
        let length = days.count
        let first = days.lowerBound.advanced(by: -length)
        let last = days.lowerBound.advanced(by: -1)
        return ResolvedWindow(spec: .range(first, last), asOf: clock.start(of: last.advanced(by: 1)), clock: clock, firstDataDay: nil)
    }
}
