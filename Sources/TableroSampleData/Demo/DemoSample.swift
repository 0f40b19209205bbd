import Foundation
import TableroCore
import TableroIngest

/// A contact the sample left open: still waiting, or answered and not yet
/// resolved. The demo closes them, or they would wait on the wallboard for
/// the next twelve hours and hold "longest wait" in the red.
struct DemoOpenContact {
    var id: String
    var channel: String
    var queue: String
    var arrive: Double?
    var answer: Double?
    var agent: String
}

/// What the demo carries on from the directory: the open contacts at the end
/// of events.csv and the names of the agents who answered there.
struct DemoSample {
    var open: [DemoOpenContact] = []
    /// Agents by answers, most first (ties by name): the pool takes the busiest.
    var agents: [String] = []

    /// Reads the last `tailBytes` of events.csv (the whole sample's file is
    /// 1.2 MB). Contacts whose first event is before the tail are not seen;
    /// at worst one of them stays open, as it would have without the demo.
    static func scan(eventsPath: String, clock: ZoneClock, tailBytes: Int = 16 << 20) -> DemoSample {
        guard let header = DemoTail.header(path: eventsPath),
              let ts = header.firstIndex(of: "ts"), let id = header.firstIndex(of: "contact_id"),
              let event = header.firstIndex(of: "event") else { return DemoSample() }
        let channel = header.firstIndex(of: "channel"), queue = header.firstIndex(of: "queue")
        let agent = header.firstIndex(of: "agent")
        func text(_ row: [String], _ column: Int?) -> String {
            guard let column, column < row.count else { return "" }
            return row[column].trimmingCharacters(in: .whitespaces)
        }

        var contacts: [String: DemoOpenContact] = [:]
        var closed = Set<String>()
        var answers: [String: Int] = [:]
        for row in DemoTail.records(path: eventsPath, maxBytes: tailBytes) where row.count > max(ts, id, event) {
            guard let time = Timestamp.parse(row[ts], clock: clock) else { continue }
            let contact = text(row, id)
            guard !contact.isEmpty, !closed.contains(contact) else { continue }
            var c = contacts[contact] ?? DemoOpenContact(id: contact, channel: text(row, channel), queue: text(row, queue),
                                                         arrive: nil, answer: nil, agent: "")
            if c.channel.isEmpty { c.channel = text(row, channel) }
            if c.queue.isEmpty { c.queue = text(row, queue) }
            switch text(row, event).lowercased() {
            case "arrive": c.arrive = time
            case "answer":
                c.answer = time
                c.agent = text(row, agent)
                if !c.agent.isEmpty { answers[c.agent, default: 0] += 1 }
            case "abandon", "resolve":
                contacts[contact] = nil
                closed.insert(contact)
                continue
            default: continue
            }
            contacts[contact] = c
        }
        var sample = DemoSample()
        // Orphans (an answer without its arrive in the tail) are left alone:
        // too little is known of them to continue them believably.
        sample.open = contacts.values.filter { $0.arrive != nil }
            .sorted { ($0.arrive!, $0.id) < ($1.arrive!, $1.id) }
        sample.agents = answers.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        return sample
    }
}
