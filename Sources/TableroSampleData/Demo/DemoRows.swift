import Foundation
import TableroCore

/// One events.csv row decided but not yet due (ordered as `GenRowOrder` says).
struct DemoEventRow: GenRowOrder, Sendable {
    var ts: Int
    var seq: Int
    var kind: UInt8          // 0 arrive, 1 answer, 2 abandon, 3 resolve
    var contact: String
    var channel: String
    var queue: String
    var agent: String
    var firstContact: Bool

    var order: (ts: Int, who: Int, what: Int) { (ts, seq, Int(kind)) }
}

/// One surveys.csv answer decided but not yet due, with the resolve it
/// answers (contact, channel, queue and agent come from there).
struct DemoSurveyRow: GenRowOrder, Sendable {
    var ts: Int
    var kind: Int            // 0 csat, 1 nps, 2 ces
    var score: Int
    var comment: Int         // index into GenComments.all, -1 = none
    var resolved: DemoEventRow

    var order: (ts: Int, who: Int, what: Int) { (ts, resolved.seq, kind) }
}

/// Lays rows out in the column order of the file's own header (DATA.md lets
/// a file order its columns freely; unknown columns get an empty field).
struct DemoRowFormat {
    enum Column { case ts, contact, event, type, score, channel, queue, agent, firstContact, comment, other }
    let columns: [Column]

    init(header: [String]) {
        columns = header.map { name in
            switch name {
            case "ts": .ts
            case "contact_id": .contact
            case "event": .event
            case "type": .type
            case "score": .score
            case "channel": .channel
            case "queue": .queue
            case "agent": .agent
            case "first_contact": .firstContact
            case "comment": .comment
            default: .other
            }
        }
    }

    static let eventNames = ["arrive", "answer", "abandon", "resolve"]

    func append(_ row: DemoEventRow, to out: inout [UInt8]) {
        for (i, column) in columns.enumerated() {
            if i > 0 { out.append(0x2C) }
            switch column {
            case .ts: DemoRowFormat.utc(row.ts, to: &out)
            case .contact: out.append(contentsOf: GenFormat.csvBytes(row.contact))
            case .event: out.append(contentsOf: DemoRowFormat.eventNames[Int(row.kind)].utf8)
            case .channel: out.append(contentsOf: GenFormat.csvBytes(row.channel))
            case .queue: out.append(contentsOf: GenFormat.csvBytes(row.queue))
            // Like the sample: the agent on answer and resolve, first_contact on resolve.
            case .agent: if row.kind == 1 || row.kind == 3 { out.append(contentsOf: GenFormat.csvBytes(row.agent)) }
            case .firstContact: if row.kind == 3 { out.append(contentsOf: (row.firstContact ? "true" : "false").utf8) }
            default: break
            }
        }
        out.append(0x0A)
    }

    func append(_ row: DemoSurveyRow, to out: inout [UInt8]) {
        for (i, column) in columns.enumerated() {
            if i > 0 { out.append(0x2C) }
            switch column {
            case .ts: DemoRowFormat.utc(row.ts, to: &out)
            case .type: out.append(contentsOf: GenSurveyModel.typeBytes[row.kind])
            case .score: out.append(contentsOf: String(row.score).utf8)
            case .contact: out.append(contentsOf: GenFormat.csvBytes(row.resolved.contact))
            case .channel: out.append(contentsOf: GenFormat.csvBytes(row.resolved.channel))
            case .queue: out.append(contentsOf: GenFormat.csvBytes(row.resolved.queue))
            case .agent: out.append(contentsOf: GenFormat.csvBytes(row.resolved.agent))
            case .comment: if row.comment >= 0 { out.append(contentsOf: GenComments.allBytes[row.comment]) }
            default: break
            }
        }
        out.append(0x0A)
    }

    /// RFC 3339 UTC, `2026-11-23T20:11:58Z`, as the sample writes it (a few
    /// rows a tick: the string is no cost here).
    static func utc(_ t: Int, to out: inout [UInt8]) {
        out.append(contentsOf: ZoneClock.utc.rfc3339(Double(t)).utf8)
    }
}
