import Foundation

/// One contact that abandoned (not short): a caller to call back
/// (METRICS.md, "Abandon causes and recent abandons").
public struct RecentAbandon: Sendable, Equatable {
    public var contactID: String
    public var at: Double
    public var queue: String
    public var channel: String
    /// Nil for an orphan (no arrive seen).
    public var waitedSeconds: Double?
    public var cause: AbandonCause
    /// Nil when ENTERQUEUE carried none (or "unknown").
    public var caller: String?

    public init(contactID: String, at: Double, queue: String, channel: String, waitedSeconds: Double?,
                cause: AbandonCause, caller: String?) {
        self.contactID = contactID
        self.at = at
        self.queue = queue
        self.channel = channel
        self.waitedSeconds = waitedSeconds
        self.cause = cause
        self.caller = caller
    }

    /// Newest first, ties by contact id.
    static func newerFirst(_ a: RecentAbandon, _ b: RecentAbandon) -> Bool {
        a.at != b.at ? a.at > b.at : a.contactID < b.contactID
    }
}

extension MetricsStore {
    /// The list holds this many; each day keeps twice that, so an abandon
    /// that turns short when its arrive is read late leaves the day full.
    public static let recentAbandonCount = 20
    static let recentAbandonsKeptPerDay = 40

    /// The latest abandons (not short) of the window, newest first: the
    /// days' kept lists are small, so a window of any length is cheap.
    public func recentAbandons(in window: ResolvedWindow) -> [RecentAbandon] {
        var all: [RecentAbandon] = []
        for (day, list) in recentAbandons where window.days.contains(day) {
            all += list.filter { a in a.at <= window.to && (window.from.map { a.at >= $0 } ?? true) }
        }
        return Array(all.sorted(by: RecentAbandon.newerFirst).prefix(Self.recentAbandonCount))
    }

    /// Notes an abandon that is not short.
    mutating func noteRecentAbandon(_ a: RecentAbandon) {
        let day = clock.day(of: a.at)
        var list = recentAbandons[day, default: []]
        list.append(a)
        list.sort(by: RecentAbandon.newerFirst)
        if list.count > Self.recentAbandonsKeptPerDay { list.removeLast() }
        recentAbandons[day] = list
    }

    /// An arrive read after its abandon: the wait is known now, and a short
    /// one leaves the list.
    mutating func pairRecentAbandon(_ contactID: String, at time: Double, waited: Double, short: Bool, caller: String?) {
        let day = clock.day(of: time)
        guard var list = recentAbandons[day], let i = list.firstIndex(where: { $0.contactID == contactID }) else { return }
        if short {
            list.remove(at: i)
        } else {
            list[i].waitedSeconds = waited
            if list[i].caller == nil { list[i].caller = caller }
        }
        recentAbandons[day] = list
    }

    /// A caller id worth showing: not empty, not "unknown".
    static func callerID(_ raw: String) -> String? {
        let t = raw.trimmingCharacters(in: .whitespaces)
        return t.isEmpty || t.lowercased() == "unknown" ? nil : t
    }
}
