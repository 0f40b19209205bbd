import Testing
@testable import TableroCore

/// Issue 11: a large load may apply the contact rules' tallies on a thread
/// of their own (`MetricsStore.beginTallies`). The same events then give
/// the same store, to the last bit of every sum: the tallies are applied
/// in the order the rules made them, whichever thread applies them.
@Suite struct TallyPipelineTests {
    /// Random events over three days, in an order that exercises every
    /// tally: late arrives (an answer, abandon or resolve read first),
    /// short and long abandons with callers and causes, resolves with and
    /// without handle times or first-contact flags, answers after their
    /// resolve, duplicates, agents, and enough rows for the sweep.
    ///
    /// Handle times are sevenths of a second, so their sums are rounded and
    /// depend on the order they are added in: times near 1.77e9 s are
    /// multiples of 2^-22, and so are the waits made from them, whose sums
    /// are exact in any order. And 6,000 phone contacts arrive within 50
    /// minutes, so the list of live arrivals is pruned (at 4,096) while
    /// the tallies are apart.
    static func events(seed: UInt64, contacts: Int) -> [ContactEvent] {
        var r = SplitMix(state: seed)
        func below(_ n: Int) -> Int { Int(r.next() % UInt64(n)) }
        let channels = ["phone", "chat", "email", ""]
        let queues = ["sales", "billing", ""]
        let agents = ["Ana", "Bo", "Cy", "Di", ""]
        let causes: [AbandonCause] = [.caller, .timeout, .emptyQueue, .key, .withdrawn]
        var rows: [ContactEvent] = []
        for c in 0..<contacts {
            let id = "C\(c)" + (c % 7 == 0 ? "-with-a-long-id" : "")
            let burst = (contacts / 3)..<(contacts / 3 + 6000)
            let arrive = burst.contains(c)
                ? mar2 + day + Double(c - burst.lowerBound) / 2
                : mar2 + Double(c) * 3 * day / Double(contacts) + Double(below(1000)) / 10
            let channel = burst.contains(c) ? "phone" : channels[below(channels.count)]
            let queue = queues[below(queues.count)]
            var contact: [ContactEvent] = []
            var a = ContactEvent(time: arrive, contactID: id, kind: .arrive, channel: channel, queue: queue)
            if channel == "phone" && below(2) == 0 { a.caller = "+1555\(below(10_000))" }
            contact.append(a)
            let wait = Double(below(900)) + Double(below(10)) / 8
            switch below(10) {
            case 0...5:
                let answer = arrive + wait
                contact.append(ContactEvent(time: answer, contactID: id, kind: .answer, channel: channel,
                                            agent: agents[below(agents.count)]))
                if below(6) > 0 {
                    let handle: Double? = below(3) == 0 ? Double(below(4200)) / 7 : nil
                    let fc: Bool? = below(3) == 0 ? nil : below(2) == 0
                    contact.append(ContactEvent(time: answer + Double(below(3600)) + 0.25, contactID: id, kind: .resolve,
                                                firstContact: fc, handleSeconds: handle))
                }
            case 6...8:
                contact.append(ContactEvent(time: arrive + wait / 4, contactID: id, kind: .abandon, channel: channel,
                                            abandonCause: causes[below(causes.count)]))
            default:
                break
            }
            // A late arrive: the contact's other events are read first.
            if below(5) == 0 { contact.append(contact.removeFirst()) }
            // A duplicate of one of its events.
            if below(20) == 0 { contact.append(contact[below(contact.count)]) }
            // Interleaved with the contacts around it.
            for e in contact { rows.insert(e, at: max(0, rows.count - below(30))) }
        }
        return rows
    }

    /// Feeds `rows`; with `apart`, in runs whose tallies go to the
    /// pipeline (begun and ended as the dashboard's slices do), with a few
    /// rows between runs applied at once.
    static func feed(_ rows: [ContactEvent], apart: Bool, seed: UInt64) -> MetricsStore {
        var store = MetricsStore(settings: Settings(), clock: .utc)
        let file = store.ledger.fileID(path: "events.csv", kind: .events)
        var r = SplitMix(state: seed)
        var i = 0
        while i < rows.count {
            let run = 1 + Int(r.next() % 20_000)
            let alone = Int(r.next() % 50)
            if apart { store.beginTallies() }
            for row in rows[i..<min(rows.count, i + run)] {
                store.add(row, origin: RowOrigin(file: file, line: Int32(i + 2)))
                i += 1
            }
            if apart { store.endTallies() }
            for row in rows[i..<min(rows.count, i + alone)] {
                store.add(row, origin: RowOrigin(file: file, line: Int32(i + 2)))
                i += 1
            }
        }
        return store
    }

    static func expectSame(_ a: MetricsStore, _ b: MetricsStore) {
        #expect(a.ledger == b.ledger)
        #expect(a.newestRowTime == b.newestRowTime)
        #expect(a.hourlyWaits == b.hourlyWaits)
        #expect(a.recentArrivals == b.recentArrivals)
        #expect(a.agentLastAnswer.map { $0.map(\.bitPattern) } == b.agentLastAnswer.map { $0.map(\.bitPattern) })
        #expect(a.groupIDs.keys == b.groupIDs.keys)
        for agent in 0..<Int32(a.names.names.count) {
            #expect(a.agentLog.contacts(of: agent) == b.agentLog.contacts(of: agent), "agent \(agent)")
        }
        #expect(Set(a.days.keys) == Set(b.days.keys))
        for (day, bucket) in a.days {
            guard let other = b.days[day] else { continue }
            #expect(bucket.recentAbandons == other.recentAbandons, "day \(day)")
            #expect(Set(bucket.groups.keys) == Set(other.groups.keys), "day \(day)")
            for (group, index) in bucket.groups {
                guard let j = other.groups[group] else { continue }
                #expect(sameAggregate(a.aggregates[index], b.aggregates[j]), "day \(day), group \(group)")
            }
        }
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func tallyingApartGivesTheSameStore(seed: UInt64) {
        // 24,000 contacts make some 60,000 rows: past the sweep's 50,000.
        let rows = Self.events(seed: seed, contacts: 24_000)
        let atOnce = Self.feed(rows, apart: false, seed: seed)
        let apart = Self.feed(rows, apart: true, seed: seed)
        #expect(atOnce.ledger.files[0].rejected > 0, "the duplicates were rejected")
        #expect(atOnce.days.values.contains { !$0.recentAbandons.isEmpty })
        #expect(!atOnce.talliesApart && !apart.talliesApart)
        Self.expectSame(atOnce, apart)
        // And so do the reports built on them.
        let asOf = mar2 + 4 * day
        let x = atOnce.report(window: .all, asOf: asOf)
        let y = apart.report(window: .all, asOf: asOf)
        #expect(x.queue == y.queue)
        #expect(x.recentAbandons == y.recentAbandons)
    }

    /// The live arrivals are pruned when their list reaches its mark (4,096,
    /// then twice what is left): a mark moved while the tallies were apart
    /// comes back with them. 8,000 phone arrivals 0.9 s apart (two hours),
    /// the tallies apart for the first 5,000: the list reaches 4,096 at
    /// arrival 4,095 (3,685.5 s); the 96 at or before 85.5 s (an hour
    /// older) go, 4,000 stay, and the mark goes to 8,000. The other 3,904
    /// come in below it: 7,904 kept. Had the mark stayed at 4,096 after the
    /// tallies came back, arrival 5,000 would have pruned again.
    @Test func theArrivalsMarkComesBack() {
        var atOnce = Feed()
        var apart = Feed()
        apart.store.beginTallies()
        for k in 0..<8000 {
            if k == 5000 { apart.store.endTallies() }
            atOnce.arrive("L\(k)", at: mar2 + Double(k) * 0.9, channel: "phone")
            apart.arrive("L\(k)", at: mar2 + Double(k) * 0.9, channel: "phone")
        }
        #expect(atOnce.store.recentArrivals.count == 7904)
        #expect(apart.store.recentArrivals == atOnce.store.recentArrivals)
        #expect(apart.store.arrivalsPruneAt == 8000)
    }

    /// A store whose tallies are apart holds none of them until they come back.
    @Test func theTalliesComeBackWhole() {
        var f = Feed()
        f.arrive("A", at: mar2, channel: "phone")
        f.store.beginTallies()
        #expect(f.store.talliesApart)
        #expect(f.store.aggregates.isEmpty)
        f.answer("A", at: mar2 + 30, agent: "Ana", channel: "phone")
        f.resolve("A", at: mar2 + 330)
        f.store.endTallies()
        #expect(!f.store.talliesApart)
        let q = f.report(.all, asOf: mar2 + hour).queue
        // Offered before the pipeline, answered (30 s wait) and resolved (300 s handle) in it.
        #expect(q.offered == 1)
        #expect(q.asaSeconds == 30)
        #expect(q.ahtSeconds == 300)
    }
}
