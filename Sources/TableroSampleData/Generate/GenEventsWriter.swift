import Foundation

/// One row of events.csv before it is written.
struct GenEvent: GenRowOrder {
    var ts: Int
    var contact: Int
    var kind: UInt8        // 0 arrive, 1 answer, 2 abandon, 3 resolve
    var channel: UInt8
    var queue: UInt8
    var firstContact: Bool
    var agent: Int32

    var order: (ts: Int, who: Int, what: Int) { (ts, contact, Int(kind)) }
}

/// events.csv: every event of the contacts kept in the stream (not
/// archived), written in time order through a `GenOrderedFile`.
enum GenEventsWriter {
    static let header = "ts,contact_id,event,channel,queue,agent,first_contact"
    static let kindBytes = ["arrive", "answer", "abandon", "resolve"].map { Array($0.utf8) }
    static let trueBytes = Array("true".utf8)
    static let falseBytes = Array("false".utf8)

    static func open(directory: URL, roster: GenRoster) throws -> GenOrderedFile<GenEvent> {
        try GenOrderedFile(directory: directory, relativePath: "events.csv", header: header) { e, file in
            write(e, roster: roster, to: file)
        }
    }

    /// The events of these contacts that happen by the horizon.
    static func events(of contacts: [GenContact], horizon: Int) -> [GenEvent] {
        var events: [GenEvent] = []
        events.reserveCapacity(contacts.count * 3)
        for c in contacts {
            let channel = UInt8(c.channel), queue = UInt8(c.queue)
            func push(_ ts: Int, _ kind: UInt8, agent: Int = -1) {
                guard ts >= 0, ts <= horizon else { return }
                events.append(GenEvent(ts: ts, contact: c.number, kind: kind, channel: channel, queue: queue,
                                       firstContact: c.firstContact, agent: Int32(agent)))
            }
            push(c.arrive, 0)
            push(c.answer, 1, agent: c.agent)
            push(c.abandon, 2)
            // No resolve without its answer (the answer is always earlier, so this only guards the horizon).
            if c.answer >= 0, c.answer <= horizon { push(c.resolve, 3, agent: c.agent) }
        }
        return events
    }

    private static func write(_ e: GenEvent, roster: GenRoster, to file: GenFileWriter) {
        file.utcStamp(e.ts)
        file.byte(0x2C)
        file.byte(UInt8(ascii: "C"))
        file.padded(e.contact, width: 7)
        file.byte(0x2C)
        file.bytes(GenEventsWriter.kindBytes[Int(e.kind)])
        file.byte(0x2C)
        file.bytes(GenCatalog.channelBytes[Int(e.channel)])
        file.byte(0x2C)
        file.bytes(GenCatalog.queueBytes[Int(e.queue)])
        file.byte(0x2C)
        if e.agent >= 0 { file.bytes(roster.agents[Int(e.agent)].csvName) }
        file.byte(0x2C)
        if e.kind == 3 { file.bytes(e.firstContact ? GenEventsWriter.trueBytes : GenEventsWriter.falseBytes) }
    }
}
