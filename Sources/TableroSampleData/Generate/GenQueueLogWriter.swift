import Foundation

/// Writes an Asterisk queue_log for a small PBX phone queue, `sales-pbx`:
/// members log in at the start of the shift, pause for lunch and breaks, take
/// a few dozen calls a day first come first served, and log out. Its calls
/// are contacts of their own, apart from events.csv.
struct GenQueueLogWriter {
    static let queue = "sales-pbx"

    /// A queue member as the PBX names it. Static members are added to the
    /// queue (ADDMEMBER/REMOVEMEMBER); agents log in (AGENTLOGIN/AGENTLOGOFF)
    /// and have names with spaces, which readers must keep whole.
    struct Member {
        var name: String
        var device: String?   // set for AGENTLOGIN-style agents
    }
    static let members = [
        Member(name: "SIP/2001", device: nil),
        Member(name: "SIP/2002", device: nil),
        Member(name: "Agent Maria Lopez", device: "SIP/2004"),
        Member(name: "SIP/2003", device: nil),
        Member(name: "Agent Tom Baker", device: "SIP/2005"),
        Member(name: "PJSIP/2006", device: nil),
    ]
    static let pauseReasons = ["Lunch", "Break", "Training", "Admin"]

    /// One line with the key it sorts by.
    private struct Line {
        var ts: Int
        var order: Int
        var text: String
    }

    let seed: UInt64
    let zone: GenZone

    /// Writes `queue_log` for these days (the last ones of the plan), nothing after `streamEnd`.
    func write(days: [GenDay], streamEnd: Int, into directory: URL) throws -> Int {
        let file = try GenFileWriter(directory: directory, relativePath: "queue_log")
        guard let firstDay = days.first else { return try file.close() }
        var rng = GenRandom(seed: seed, stream: GenStream.queueLog)
        // Asterisk uniqueids are "<epoch>.<sequence>"; the sequence only grows.
        var sequence = rng.int(100...900)
        let start = firstDay.instant(hour: 6, minute: 0) + rng.int(0...1800)
        try file.line("\(start)|NONE|NONE|NONE|QUEUESTART|")
        for day in days {
            var lines = simulate(day: day, sequence: &sequence)
            lines.sort { $0.ts != $1.ts ? $0.ts < $1.ts : $0.order < $1.order }
            for line in lines where line.ts <= streamEnd && line.ts > start {
                file.text(line.text)
                try file.endRow()
            }
        }
        return try file.close()
    }

    private func simulate(day: GenDay, sequence: inout Int) -> [Line] {
        var rng = GenRandom(seed: seed, stream: GenStream.queueLog, index: UInt64(bitPattern: Int64(day.dayNumber)))
        // Open 9-18 on weekdays, 10-14 on Saturdays with two people, closed on Sundays.
        let saturday = day.weekday == 7
        if day.weekday == 1 { return [] }
        let openHour = saturday ? 10 : 9
        let closeHour = saturday ? 14 : 18
        let open = day.instant(hour: openHour, minute: 0)
        let close = day.instant(hour: closeHour, minute: 0)
        var lines: [Line] = []
        func emit(_ ts: Int, _ text: String) {
            lines.append(Line(ts: ts, order: lines.count, text: text))
        }
        let q = GenQueueLogWriter.queue

        // Who works today, when they log in, and when they pause.
        var onDuty: [Int] = []
        for m in GenQueueLogWriter.members.indices {
            if saturday ? m < 2 : !rng.chance(0.12) { onDuty.append(m) }
        }
        if onDuty.isEmpty { onDuty = [0] }
        var loginAt = Array(repeating: 0, count: GenQueueLogWriter.members.count)
        var freeAt = Array(repeating: 0, count: GenQueueLogWriter.members.count)
        var pauses = Array(repeating: [(from: Int, to: Int)](), count: GenQueueLogWriter.members.count)
        for m in onDuty {
            let member = GenQueueLogWriter.members[m]
            let login = open - rng.int(0...600)
            loginAt[m] = login
            freeAt[m] = login
            if let device = member.device {
                emit(login, "\(login)|NONE|\(q)|\(member.name)|AGENTLOGIN|\(device)-0000\(String(rng.int(4096...65535), radix: 16))")
            } else {
                emit(login, "\(login)|NONE|\(q)|\(member.name)|ADDMEMBER|")
            }
            if !saturday && rng.chance(0.7) {
                let from = day.instant(hour: 12, minute: rng.int(0...90))
                pauses[m].append((from, from + rng.int(1800...2700)))
            }
            if rng.chance(0.5) {
                let from = saturday ? day.instant(hour: 11, minute: rng.int(0...60))
                    : day.instant(hour: rng.chance(0.5) ? 10 : 15, minute: rng.int(0...90))
                let to = from + rng.int(600...900)
                if !pauses[m].contains(where: { from < $0.to && $0.from < to }) { pauses[m].append((from, to)) }
            }
            pauses[m].sort { $0.from < $1.from }
            for p in pauses[m] {
                let reason = p.to - p.from >= 1800 ? "Lunch" : GenQueueLogWriter.pauseReasons[1 + rng.below(3)]
                emit(p.from, "\(p.from)|NONE|\(q)|\(member.name)|PAUSE|\(reason)")
                emit(p.to, "\(p.to)|NONE|\(q)|\(member.name)|UNPAUSE|\(reason)")
            }
        }
        let plannedLogout = close + rng.int(0...600)

        // A member's next moment free for a call from `from`, or nil once the shift is over.
        func available(_ m: Int, from: Int) -> Int? {
            var s = max(from, freeAt[m])
            for p in pauses[m] where s >= p.from && s < p.to { s = p.to }
            return s < plannedLogout ? s : nil
        }

        // Calls: a few dozen, shaped like the day, none in the last five minutes.
        let base = saturday ? 10.0 : 38.0 * GenCatalog.weekdayVolume[day.weekday]
        let count = max(1, Int(rng.logNormal(median: base, sigma: 0.15)))
        let hours = (openHour..<closeHour).map { GenCatalog.hourShape[$0] }.genCumulative()
        var arrivals = (0..<count).map { _ in
            min(close - 300, open + rng.pick(cumulative: hours) * 3600 + rng.below(3600))
        }
        arrivals.sort()

        var leaves: [Int] = []   // when each earlier call left the queue (connected or gave up)
        for (i, t) in arrivals.enumerated() {
            sequence += rng.int(2...6)
            let callid = "\(t - rng.int(2...12)).\(sequence)"
            let origPosition = 1 + leaves.filter { $0 > t }.count
            let caller = "+1\(rng.int(201...989))555\(String(rng.int(10_000...19_999)).dropFirst())"
            emit(t, "\(t)|\(callid)|\(q)|NONE|ENTERQUEUE||\(caller)|\(origPosition)")

            // Round-robin among the members free soonest.
            var best: (member: Int, at: Int)?
            for k in onDuty.indices {
                let m = onDuty[(k + i) % onDuty.count]
                if let at = available(m, from: t), best == nil || at < best!.at { best = (m, at) }
            }
            var ringNoAnswer: (member: Int, at: Int)?
            if let first = best, onDuty.count > 1, rng.chance(0.08) {
                // The first phone rings out; the call goes to the next member.
                ringNoAnswer = (first.member, first.at + 15)
                best = nil
                for m in onDuty where m != first.member {
                    if let at = available(m, from: first.at + 16), best == nil || at < best!.at { best = (m, at) }
                }
            }
            let ring = rng.int(2...9)
            let patience = rng.chance(0.04) ? Double(rng.int(1...4)) : rng.logNormal(median: 75, sigma: 0.8)
            let giveUp = t + Int(min(patience, 300))
            if let r = ringNoAnswer, r.at < giveUp {
                emit(r.at, "\(r.at)|\(callid)|\(q)|\(GenQueueLogWriter.members[r.member].name)|RINGNOANSWER|15000")
            }
            if let chosen = best, chosen.at + ring <= giveUp {
                let connect = chosen.at + ring
                let hold = connect - t
                let talk = Int(min(3600, max(20, rng.logNormal(median: 210, sigma: 0.6))))
                let name = GenQueueLogWriter.members[chosen.member].name
                let bridged = "\(chosen.at).\(sequence + 1)"
                emit(connect, "\(connect)|\(callid)|\(q)|\(name)|CONNECT|\(hold)|\(bridged)|\(ring)")
                let end = connect + talk
                let who = rng.chance(0.55) ? "COMPLETECALLER" : "COMPLETEAGENT"
                emit(end, "\(end)|\(callid)|\(q)|\(name)|\(who)|\(hold)|\(talk)|\(origPosition)")
                freeAt[chosen.member] = end + rng.int(5...30)
                leaves.append(connect)
            } else {
                let position = 1 + leaves.filter { $0 > giveUp }.count
                let waited = giveUp - t
                if patience >= 300 {
                    emit(giveUp, "\(giveUp)|\(callid)|\(q)|NONE|EXITWITHTIMEOUT|\(position)|\(origPosition)|\(waited)")
                } else {
                    emit(giveUp, "\(giveUp)|\(callid)|\(q)|NONE|ABANDON|\(position)|\(origPosition)|\(waited)")
                }
                leaves.append(giveUp)
            }
        }

        // Log out once the last call is done.
        for m in onDuty {
            let member = GenQueueLogWriter.members[m]
            let out = max(plannedLogout, freeAt[m]) + rng.int(0...90)
            if let device = member.device {
                emit(out, "\(out)|NONE|\(q)|\(member.name)|AGENTLOGOFF|\(device)|\(out - loginAt[m])")
            } else {
                emit(out, "\(out)|NONE|\(q)|\(member.name)|REMOVEMEMBER|")
            }
        }
        return lines
    }
}
