/// One abandoned (not short) contact, for the call-back list (METRICS.md,
/// "Abandon causes and recent abandons").
public struct AbandonRecord: Sendable, Equatable {
    public var contactID: String
    public var time: Double
    public var queue: Int32
    public var channel: Int32
    /// Nil for an orphan (its arrive never seen).
    public var waited: Double?
    public var cause: AbandonCause
    /// The caller id the arrive carried; nil when empty or unknown.
    public var caller: String?

    /// Newest first; ties by contact id.
    static func newerFirst(_ a: AbandonRecord, _ b: AbandonRecord) -> Bool {
        a.time != b.time ? a.time > b.time : a.contactID < b.contactID
    }
}

/// A recent abandon as `report` lists it, with names.
public struct RecentAbandon: Sendable, Equatable {
    public var contactID: String
    public var time: Double
    public var queue: String?
    public var channel: String?
    public var waitedSeconds: Double?
    public var cause: AbandonCause
    public var caller: String?
}

extension MetricsStore {
    /// Abandons a report lists, and a margin kept per day so that one that
    /// turns short when its arrive is read late does not leave the list short.
    public static let recentAbandonCount = 20
    static let recentAbandonsKept = 32

    /// Caller ids of contacts that arrived and are still open, kept apart
    /// from the contact state: only queue_log gives them.
    mutating func noteCaller(_ id: String, _ caller: String) {
        guard !caller.isEmpty else { return }
        callers[id] = caller
    }

    mutating func recordRecentAbandon(_ record: AbandonRecord) {
        Self.insert(record, into: &days[day(of: record.time), default: DayBucket()].recentAbandons)
    }

    /// In place in the day's bucket: a copy of the list per abandon cost an
    /// allocation and a retain per record kept (issue 11).
    private static func insert(_ record: AbandonRecord, into list: inout [AbandonRecord]) {
        let at = list.firstIndex { AbandonRecord.newerFirst(record, $0) } ?? list.count
        guard at < recentAbandonsKept else { return }
        list.insert(record, at: at)
        if list.count > recentAbandonsKept { list.removeLast() }
    }

    /// The arrive of an abandon read first turned up: its wait and caller
    /// are known now, or it was short and leaves the list; or a later
    /// event named the contact's queue or channel (`group`).
    mutating func pairRecentAbandon(_ pairing: PairedAbandon, at time: Double) {
        let day = day(of: time)
        guard let i = days[day]?.recentAbandons.firstIndex(where: { $0.contactID == pairing.id }) else { return }
        if pairing.short {
            days[day]!.recentAbandons.remove(at: i)
            return
        }
        if let waited = pairing.waited { days[day]!.recentAbandons[i].waited = waited }
        if let caller = pairing.caller, !caller.isEmpty { days[day]!.recentAbandons[i].caller = caller }
        if let group = pairing.group {
            days[day]!.recentAbandons[i].queue = group.queue
            days[day]!.recentAbandons[i].channel = group.channel
        }
    }

    /// The window's latest abandons, newest first.
    func recentAbandons(_ range: ClosedRange<LocalDay>, asOf: Double) -> [RecentAbandon] {
        var all: [AbandonRecord] = []
        for day in heldDays(range) { all += days[day]!.recentAbandons.filter { $0.time <= asOf } }
        return all.sorted(by: AbandonRecord.newerFirst).prefix(Self.recentAbandonCount).map {
            RecentAbandon(contactID: $0.contactID, time: $0.time, queue: names.name($0.queue), channel: names.name($0.channel),
                          waitedSeconds: $0.waited, cause: $0.cause, caller: $0.caller)
        }
    }
}
