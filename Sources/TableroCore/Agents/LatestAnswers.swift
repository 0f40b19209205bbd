/// Each agent's latest answer per group (agents counted from answers,
/// METRICS.md "Agents"), keyed by the agent's name id and the group's dense
/// id (`GroupIDs`): an open-addressing table with a multiply hash, so an
/// answer costs no Hasher and no search of the agent's groups (some 14 each
/// on the 1M file: a thirtieth of a large load's main thread, issue 11), and
/// memory follows the pairs that answered, not agents × groups.
struct LatestAnswers: Sendable {
    /// (agent + 1) << 32 | group: never 0, which marks an empty place.
    private var keys = [UInt64](repeating: 0, count: 64)
    private var times = [Double](repeating: 0, count: 64)
    private(set) var count = 0

    /// `agent`'s answer in group `group` at `time`: kept if its latest.
    mutating func note(agent: Int32, group: Int, at time: Double) {
        let key = UInt64(UInt32(bitPattern: agent) &+ 1) << 32 | UInt64(UInt32(truncatingIfNeeded: group))
        let mask = keys.count - 1
        var i = Self.place(key, mask: mask)
        while keys[i] != 0 {
            if keys[i] == key {
                if time > times[i] { times[i] = time }
                return
            }
            i = (i + 1) & mask
        }
        keys[i] = key
        times[i] = time
        count += 1
        if count * 2 > keys.count { grow() }
    }

    /// Every (agent, group, latest answer), in no particular order.
    func forEach(_ body: (_ agent: Int32, _ group: Int, _ time: Double) -> Void) {
        for i in keys.indices where keys[i] != 0 {
            body(Int32(bitPattern: UInt32(keys[i] >> 32) &- 1), Int(keys[i] & 0xFFFF_FFFF), times[i])
        }
    }

    @inline(__always)
    private static func place(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    private mutating func grow() {
        let (oldKeys, oldTimes) = (keys, times)
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        times = [Double](repeating: 0, count: oldKeys.count * 2)
        let mask = keys.count - 1
        for j in oldKeys.indices where oldKeys[j] != 0 {
            var i = Self.place(oldKeys[j], mask: mask)
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = oldKeys[j]
            times[i] = oldTimes[j]
        }
    }
}
