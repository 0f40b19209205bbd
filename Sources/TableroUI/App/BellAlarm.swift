import TableroCore

/// When the terminal bell rings (issue 9, `[alerts] bell`): once per
/// crossing into critical, re-armed only after the figure has been good
/// again (a warning is not good), and at most once per `quietSeconds`
/// across all figures. A BEL is one byte, so it reaches an SSH user too.
/// The figures already critical when the dashboard starts do not ring: the
/// bell says something *turned* red.
public struct BellAlarm: Sendable, Equatable {
    public static let quietSeconds = 10.0
    /// Critical figures that rang (or were critical at the start) and have
    /// not been good since: `scope|figure`.
    var rang: Set<String> = []
    var lastRing: Double?
    var seeded = false

    public init() {}

    /// Whether this report rings the bell, at wall time `now`.
    public mutating func shouldRing(_ alerts: [Alert], now: Double, enabled: Bool) -> Bool {
        let key = { (a: Alert) in a.scope + "|" + a.figure }
        let critical = Set(alerts.filter { $0.level == .critical }.map(key))
        // A figure good again (no alert at all) is armed again.
        rang.formIntersection(Set(alerts.map(key)))
        guard seeded else {
            seeded = true
            rang = critical
            return false
        }
        let crossed = critical.subtracting(rang)
        guard !crossed.isEmpty else { return false }
        rang.formUnion(crossed)
        guard enabled, lastRing.map({ now - $0 >= Self.quietSeconds }) ?? true else { return false }
        lastRing = now
        return true
    }
}
