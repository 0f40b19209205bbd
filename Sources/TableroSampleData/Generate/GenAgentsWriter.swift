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

    /// One row with the key it sorts by.
    private struct Row {
        var ts: Int
        var order: Int
        var agent: Int
        var event: String
        var queue: String
        var reason: String
    }

    /// Writes `agents.csv` for these days, nothing after `streamEnd`.
    func write(days: [GenDay], streamEnd: Int, into directory: URL) throws -> Int {
        let file = try GenFileWriter(directory: directory, relativePath: "agents.csv")
        try file.line("ts,agent,event,queue,reason")
        var rows: [Row] = []
        for day in days {
            var rng = GenRandom(seed: seed, stream: GenStream.agentShifts, index: UInt64(bitPattern: Int64(day.dayNumber)))
            for (index, agent) in roster.agents.enumerated() {
                if agent.daysOff.0 == day.weekday || agent.daysOff.1 == day.weekday { continue }
                // A few minutes either side of the shift, as people log in.
                let login = day.instant(hour: agent.shiftStart, minute: 0) - rng.int(0...300)
                let logout = login + agent.shiftHours * 3600 + rng.int(0...600)
                let lunch = login + 4 * 3600 + rng.int(0...1800)
                let back = lunch + rng.int(1800...2700)
                let home = GenCatalog.queueNames[agent.homeQueue], second = GenCatalog.queueNames[agent.secondQueue]
                for (ts, event, queue, reason) in [(login, "login", home, ""), (login, "login", second, ""),
                                                   (lunch, "pause", "", "Lunch"), (back, "unpause", "", ""),
                                                   (logout, "logout", "", "")] {
                    rows.append(Row(ts: ts, order: rows.count, agent: index, event: event, queue: queue, reason: reason))
                }
            }
        }
        rows.sort { $0.ts != $1.ts ? $0.ts < $1.ts : $0.order < $1.order }
        for row in rows where row.ts <= streamEnd {
            file.utcStamp(row.ts)
            file.byte(UInt8(ascii: ","))
            file.bytes(roster.agents[row.agent].csvName)
            file.text(",\(row.event),\(row.queue),\(row.reason)")
            try file.endRow()
        }
        return try file.close()
    }
}
