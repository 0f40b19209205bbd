import Foundation
import TableroCore

/// Continues the sample's Asterisk `queue_log`: the `sales-pbx` queue's
/// members log in at opening and off after the last call, and a few calls
/// an hour are answered first come first served or given up, in the line
/// formats `GenQueueLogWriter` writes. Bursts leave this queue alone.
///
/// Shift changes and calls go through one time-ordered loop, so the bytes do
/// not depend on how the clock was cut into ticks.
struct DemoQueueLog: Sendable {
    private struct Line: GenRowOrder, Sendable {
        var ts: Int
        var seq: Int
        var text: String

        var order: (ts: Int, who: Int, what: Int) { (ts, seq, 0) }
    }

    private var file: DemoAppender
    private let rate: DemoRate
    private var lines = DemoHeap<Line>()
    private var lineSeq = 0
    private var callRng: GenRandom
    private var arrivalRng: GenRandom
    private var shiftRng: GenRandom
    /// Asterisk uniqueids are "<epoch>.<sequence>"; well above the sample's.
    private var sequence = 50_000
    private var nextCall: Double
    /// Next shift change: the plan of a local day at its midnight, or the close.
    private var nextShift: (time: Double, day: Int, isClose: Bool)
    private var onDuty: [Int] = []
    private var freeAt: [Double]
    private var loginAt: [Int]
    /// When each call still queued leaves the queue (for its position).
    private var leaves: [Double] = []
    private let maxPerHour: Double

    var pending: Int { lines.count }

    init(path: String, seed: UInt64, start: Double, rate: DemoRate) {
        file = DemoAppender(path: path, header: "")
        self.rate = rate
        callRng = GenRandom(seed: seed, stream: GenStream.demoQueueLog, index: 1)
        arrivalRng = GenRandom(seed: seed, stream: GenStream.demoQueueLog, index: 2)
        shiftRng = GenRandom(seed: seed, stream: GenStream.demoQueueLog, index: 3)
        let members = GenQueueLogWriter.members.count
        freeAt = Array(repeating: start, count: members)
        loginAt = Array(repeating: Int(start), count: members)
        maxPerHour = DemoQueueLog.peakPerHour
        nextCall = start
        nextShift = (start, 0, false)

        // The sample stops mid-afternoon with the members logged in; if the
        // demo starts before the day's opening, the day is planned as any other.
        let day = rate.clock.day(of: start).number
        let (open, close) = hours(day: day)
        if let open, start < open - 600 {
            nextShift = (start, day, false)
        } else {
            onDuty = Array(0..<members)
            nextShift = close.map { (max($0, start + 1), day, true) } ?? (start + 1, day, true)
        }
        nextCall = drawCall(after: start)
    }

    // MARK: the day

    /// The busiest hour (a Monday at 10:00): the thinning bound of the calls.
    private static let peakPerHour: Double = {
        let openShape: Double = (9..<18).map { GenCatalog.hourShape[$0] }.reduce(0, +)
        return 38.0 * 1.15 * 3.0 / openShape
    }()

    /// Opening and closing instants of a local day (nil on Sunday): 9-18 on
    /// weekdays, 10-14 on Saturdays, as the generator's PBX.
    private func hours(day: Int) -> (open: Double?, close: Double?) {
        let weekday = ((day + 4) % 7 + 7) % 7 + 1
        guard weekday != 1 else { return (nil, nil) }
        let (from, to) = weekday == 7 ? (10, 14) : (9, 18)
        return (rate.clock.instant(ofLocal: Double(day * 86_400 + from * 3600)),
                rate.clock.instant(ofLocal: Double(day * 86_400 + to * 3600)))
    }

    /// Calls per hour at `t`: a few dozen a day shaped like the day, none in
    /// the last five minutes before closing.
    private func perHour(at t: Double) -> Double {
        let (hour, weekday) = rate.local(t)
        let saturday = weekday == 7
        guard weekday != 1, hour >= (saturday ? 10 : 9), hour < (saturday ? 14 : 18) else { return 0 }
        if let close = hours(day: rate.clock.day(of: t).number).close, t > close - 300 { return 0 }
        let open = saturday ? 10..<14 : 9..<18
        let base = saturday ? 10.0 : 38.0 * GenCatalog.weekdayVolume[weekday]
        return base * GenCatalog.hourShape[hour] / open.map { GenCatalog.hourShape[$0] }.reduce(0, +)
    }

    private mutating func drawCall(after t: Double) -> Double {
        var candidate = t
        // A week without opening hours cannot happen; the bound keeps the loop finite anyway.
        for _ in 0..<100_000 {
            candidate += arrivalRng.exponential(mean: 3600 / maxPerHour)
            if arrivalRng.unit() * maxPerHour < perHour(at: candidate) { return candidate }
        }
        return .infinity
    }

    // MARK: advancing

    /// Appends every line due by `due` (epoch seconds); returns how many.
    mutating func advance(to due: Int) throws -> Int {
        while true {
            let t = min(nextCall, nextShift.time)
            guard t.rounded(.down) <= Double(due) else { break }
            if nextShift.time <= nextCall {
                shiftChange()
            } else {
                call(at: nextCall)
                nextCall = drawCall(after: nextCall)
            }
        }
        var bytes: [UInt8] = []
        var count = 0
        while let line = lines.first, line.ts <= due {
            bytes.append(contentsOf: lines.pop()!.text.utf8)
            bytes.append(0x0A)
            count += 1
        }
        try file.append(bytes)
        return count
    }

    private mutating func emit(_ ts: Int, _ text: String) {
        lines.push(Line(ts: ts, seq: lineSeq, text: "\(ts)|" + text))
        lineSeq += 1
    }

    private mutating func shiftChange() {
        let (_, day, isClose) = nextShift
        let q = GenQueueLogWriter.queue
        let members = GenQueueLogWriter.members
        if isClose {
            // Everyone logs off once their last call is done.
            for m in onDuty {
                let out = Int(max(nextShift.time + shiftRng.uniform(0, 600), freeAt[m] + shiftRng.uniform(5, 30)))
                if let device = members[m].device {
                    emit(out, "NONE|\(q)|\(members[m].name)|AGENTLOGOFF|\(device)|\(max(0, out - loginAt[m]))")
                } else {
                    emit(out, "NONE|\(q)|\(members[m].name)|REMOVEMEMBER|")
                }
            }
            onDuty = []
            nextShift = (rate.clock.start(of: LocalDay(number: day + 1)), day + 1, false)
            return
        }
        // Midnight: who works today (two on Saturdays), logged in before opening.
        let (open, close) = hours(day: day)
        guard let open, let close else {
            nextShift = (rate.clock.start(of: LocalDay(number: day + 1)), day + 1, false)
            return
        }
        let saturday = rate.local(open).weekday == 7
        onDuty = members.indices.filter { saturday ? $0 < 2 : !shiftRng.chance(0.12) }
        if onDuty.isEmpty { onDuty = [0] }
        for m in onDuty {
            let login = Int(open) - shiftRng.int(0...600)
            loginAt[m] = login
            freeAt[m] = Double(login)
            if let device = members[m].device {
                emit(login, "NONE|\(q)|\(members[m].name)|AGENTLOGIN|\(device)-0000\(String(shiftRng.int(4096...65535), radix: 16))")
            } else {
                emit(login, "NONE|\(q)|\(members[m].name)|ADDMEMBER|")
            }
        }
        nextShift = (close, day, true)
    }

    private mutating func call(at time: Double) {
        guard !onDuty.isEmpty else { return }
        let q = GenQueueLogWriter.queue
        let t = Int(time.rounded(.down))
        leaves.removeAll { $0 <= time }
        sequence += callRng.int(2...6)
        let callid = "\(t - callRng.int(2...12)).\(sequence)"
        let position = 1 + leaves.count
        let caller = "+1\(callRng.int(201...989))555\(String(callRng.int(10_000...19_999)).dropFirst())"
        emit(t, "\(callid)|\(q)|NONE|ENTERQUEUE||\(caller)|\(position)")

        var best = onDuty[0]
        for m in onDuty where freeAt[m] < freeAt[best] { best = m }
        let ring = callRng.int(2...9)
        let patience = callRng.chance(0.04) ? Double(callRng.int(1...4)) : callRng.logNormal(median: 75, sigma: 0.8)
        let giveUp = t + Int(min(patience, 300))
        let connect = Int(max(time, freeAt[best]).rounded(.down)) + ring
        if connect <= giveUp {
            let hold = connect - t
            let talk = Int(min(3600, max(20, callRng.logNormal(median: 210, sigma: 0.6))))
            let name = GenQueueLogWriter.members[best].name
            emit(connect, "\(callid)|\(q)|\(name)|CONNECT|\(hold)|\(connect - ring).\(sequence + 1)|\(ring)")
            let who = callRng.chance(0.55) ? "COMPLETECALLER" : "COMPLETEAGENT"
            emit(connect + talk, "\(callid)|\(q)|\(name)|\(who)|\(hold)|\(talk)|\(position)")
            freeAt[best] = Double(connect + talk) + Double(callRng.int(5...30))
            leaves.append(Double(connect))
        } else {
            let cause = patience >= 300 ? "EXITWITHTIMEOUT" : "ABANDON"
            emit(giveUp, "\(callid)|\(q)|NONE|\(cause)|\(1 + leaves.filter { $0 > Double(giveUp) }.count)|\(position)|\(giveUp - t)")
            leaves.append(Double(giveUp))
        }
        sequence += 1
    }
}
