/// Interned names: queue, channel and agent names repeat millions of times,
/// so the store keys its tables by small integers instead of strings.
public struct NameTable: Sendable {
    public static let none: Int32 = -1
    public private(set) var names: [String] = []
    /// Per id: is it the `phone` channel (any case)? First response leaves phone out.
    private var phone: [Bool] = []
    private var ids: [String: Int32] = [:]
    /// Per id, the id its name has as a channel: that of the first spelling
    /// of it seen as a channel, whatever its case (METRICS.md: channel names
    /// compare case-insensitively, so `Phone` and `PHONE` are one group);
    /// -1 until asked (`channel`).
    private var channelIDs: [Int32] = []
    /// Those channel ids by lowercased name.
    private var channelsByFoldedName: [String: Int32] = [:]

    public init() {}

    /// The channel of a contact or group for the name `id`: the same id for
    /// every spelling that differs only in case (`NameTable.none` stays none).
    @inline(__always)
    public mutating func channel(_ id: Int32) -> Int32 {
        guard id >= 0 else { return id }
        if Int(id) < channelIDs.count, channelIDs[Int(id)] >= 0 { return channelIDs[Int(id)] }
        return foldChannel(id)
    }

    private mutating func foldChannel(_ id: Int32) -> Int32 {
        if Int(id) >= channelIDs.count { channelIDs += repeatElement(-1, count: Int(id) + 1 - channelIDs.count) }
        let folded = names[Int(id)].lowercased()
        let channel = channelsByFoldedName[folded] ?? id
        channelsByFoldedName[folded] = channel
        channelIDs[Int(id)] = channel
        return channel
    }

    /// The channel id of `name` in any case, once a row has had it as a channel.
    public func channelLookup(_ name: String) -> Int32? { channelsByFoldedName[name.lowercased()] }

    public mutating func id(_ name: String) -> Int32 {
        if name.isEmpty { return Self.none }
        if let id = ids[name] { return id }
        let id = Int32(names.count)
        names.append(name)
        phone.append(name.lowercased() == "phone")
        ids[name] = id
        return id
    }

    public func isPhone(_ id: Int32) -> Bool { id >= 0 && phone[Int(id)] }

    public func lookup(_ name: String) -> Int32? { ids[name] }

    public func name(_ id: Int32) -> String? { id < 0 ? nil : names[Int(id)] }
}

/// One cell of the per-day store: a queue × channel (either may be none).
public struct GroupKey: Sendable, Hashable {
    public var queue: Int32
    public var channel: Int32
    public init(queue: Int32, channel: Int32) {
        self.queue = queue
        self.channel = channel
    }
}

/// Everything the store keeps for one local day.
public struct DayBucket: Sendable {
    /// Each group's aggregate, as an index into `MetricsStore.aggregates`.
    public var groups: [GroupKey: Int] = [:]

    /// The groups in the order their aggregates were made (the order the
    /// rows first counted in them). Sums over groups go in this order: in
    /// the dictionary's, which is seeded per process, the same rows gave
    /// figures differing in their last bits (decimal handle times, say).
    public var groupsInOrder: [(key: GroupKey, value: Int)] {
        groups.sorted { $0.value < $1.value }
    }
    public var satisfaction = SatisfactionAggregate()
    /// The latest abandons (not short) of the day, newest first, a few more
    /// than a report lists: any window's latest are among its days' latest.
    public var recentAbandons: [AbandonRecord] = []
    public init() {}
}

/// Dense ids of the groups seen (0, 1, …, in order of first use), so that
/// a table per group is an array indexed by them: an agent's latest answer
/// per group (`MetricsStore.agentLastAnswer`). A load has a few dozen.
struct GroupIDs: Sendable {
    /// The group of each id.
    private(set) var keys: [GroupKey] = []
    private var ids: [GroupKey: Int32] = [:]
    /// The ids of groups whose queue and channel ids are both under
    /// `denseSide - 1`, by place, plus one (0: none yet): no hashing.
    /// Queues, channels and agents share one `NameTable`, so a queue or
    /// channel first named after 62 other names is found through the
    /// dictionary instead. A table of recent groups keyed by a hash of the
    /// two ids, which this replaces, missed into the dictionary on most
    /// answers (its places collided): a sixtieth of a large load's tallies
    /// (issue 11).
    private var dense: [Int32] = []
    private static let denseSide = 64

    @inline(__always)
    private static func densePlace(_ group: GroupKey) -> Int? {
        let (q, c) = (Int(group.queue) + 1, Int(group.channel) + 1)
        guard q < denseSide && c < denseSide else { return nil }
        return q * denseSide + c
    }

    mutating func id(_ group: GroupKey) -> Int {
        let place = Self.densePlace(group)
        if let place, place < dense.count, dense[place] > 0 { return Int(dense[place] - 1) }
        let id: Int32
        if let known = ids[group] {
            id = known
        } else {
            id = Int32(keys.count)
            keys.append(group)
            ids[group] = id
        }
        if let place {
            if dense.isEmpty { dense = Array(repeating: 0, count: Self.denseSide * Self.denseSide) }
            dense[place] = id + 1
        }
        return Int(id)
    }
}
