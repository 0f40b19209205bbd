import Foundation

/// Writes `agents.csv`: the team's logins (to its two queues), lunch pauses
/// and logouts (from every queue) by shift,
/// as a workforce tool beside the PBX would export them, for the days the
/// queue_log covers. Without it the team that answers events.csv had no
/// agent events, and `queue.agents` (logged in and not paused, from agent
/// events once there are any: METRICS.md) counted the PBX's few members
/// alone against every live call of the centre.
struct GenAgentsWriter {
    let seed: UInt64
    let roster: GenRoster

    /// One row: time, then the order it was made in (`GenOrderedFile`).
    struct Row: GenRowOrder {
        var ts: Int
        var sequence: Int
        var agent: Int
        var event: String
        var queue: String
        var reason: String
        var order: (ts: Int, who: Int, what: Int) { (ts, sequence, 0) }
    }

    /// Writes `agents.csv` for these days, nothing after `streamEnd`.
    func write(days: [GenDay], streamEnd: Int, into directory: URL) throws -> Int {
        let roster = roster
        let file = try GenOrderedFile<Row>(directory: directory, relativePath: "agents.csv",
                                           header: "ts,agent,event,queue,reason") { row, file in
            file.utcStamp(row.ts)
            file.byte(UInt8(ascii: ","))
            file.bytes(roster.agents[row.agent].csvName)
            file.text(",\(row.event),\(row.queue),\(row.reason)")
        }
        var rows: [Row] = []
        for day in days {
            var rng = GenRandom(seed: seed, stream: GenStream.agentShifts, index: UInt64(bitPattern: Int64(day.dayNumber)))
            for (index, agent) in roster.agents.enumerated() {
                if agent.daysOff.0 == day.weekday || agent.daysOff.1 == day.weekday { continue }
                let home = GenCatalog.queueNames[agent.homeQueue], second = GenCatalog.queueNames[agent.secondQueue]
                // The hours the simulator has the agent on duty this day
                // (`GenRoster.duty`): a night shift from 22:00 is 22–24 and
                // 00–06 of the same day, so each stretch is logged apart.
                for (from, to) in Self.stretches(start: agent.shiftStart, hours: agent.shiftHours) {
                    // A few minutes either side, as people log in and out.
                    let login = day.instant(hour: from, minute: 0) - rng.int(0...300)
                    let logout = (to == 24 ? day.end : day.instant(hour: to, minute: 0)) + rng.int(0...600)
                    var steps = [(login, "login", home, ""), (login, "login", second, "")]
                    if to - from >= 6 {
                        let lunch = login + 4 * 3600 + rng.int(0...1800)
                        steps += [(lunch, "pause", "", "Lunch"), (lunch + rng.int(1800...2700), "unpause", "", "")]
                    }
                    steps.append((logout, "logout", "", ""))
                    for (ts, event, queue, reason) in steps {
                        rows.append(Row(ts: ts, sequence: rows.count, agent: index, event: event, queue: queue, reason: reason))
                    }
                }
            }
        }
        file.add(rows.filter { $0.ts <= streamEnd })
        return try file.close()
    }

    /// A shift's hours within one day, as stretches of local hours
    /// `[from, to)`: 9 for 8 h is [(9, 17)]; 22 for 8 h is [(0, 6), (22, 24)].
    static func stretches(start: Int, hours: Int) -> [(from: Int, to: Int)] {
        let end = start + hours
        return end <= 24 ? [(start, end)] : [(0, end - 24), (start, 24)]
    }
}
