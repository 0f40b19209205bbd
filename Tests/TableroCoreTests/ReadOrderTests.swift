import Testing
@testable import TableroCore

/// METRICS.md, "Details": read order never matters; a contact's events pair
/// by contact id whatever order their rows arrive in.
@Suite("Read order")
struct ReadOrderTests {
    /// Same timestamps, abandon read first: the arrive at 09:00:00 and the
    /// abandon at 09:00:00 give a 0-s wait: a short abandon, not a real one,
    /// and no orphan once the arrive is read.
    @Test func abandonBeforeItsArriveIsShort() {
        var f = Feed()
        f.abandon("c1", at: mar2 + 9 * hour, channel: "phone")
        f.arrive("c1", at: mar2 + 9 * hour, channel: "phone")
        let q = f.report(asOf: mar2 + 10 * hour).queue
        #expect(q.offered == 1)
        #expect(q.abandoned == 0)
        #expect(q.shortAbandoned == 1)
        #expect(q.abandonedByCause.isEmpty)
        #expect(f.orphans == 0)
        #expect(f.rejected == 0)
    }

    /// A rotated file read first holds the answer (09:00:40) and resolve
    /// (09:05:40); the live file the arrive (09:00:00). Wait 40 s, handle
    /// 300 s, resolution 340 s: as if read in order.
    @Test func answerAndResolveBeforeTheirArrive() {
        var inOrder = Feed(), reversed = Feed()
        let a = mar2 + 9 * hour
        inOrder.arrive("c1", at: a, channel: "phone")
        inOrder.answer("c1", at: a + 40)
        inOrder.resolve("c1", at: a + 340)
        reversed.resolve("c1", at: a + 340)
        reversed.answer("c1", at: a + 40)
        reversed.arrive("c1", at: a, channel: "phone")
        for f in [inOrder, reversed] {
            let q = f.report(asOf: a + hour).queue
            #expect(q.asaSeconds == 40)
            #expect(q.ahtSeconds == 300)
            #expect(q.resolutionSeconds == 340)
            // 40 s > 20 s: not within the phone target.
            #expect(q.serviceLevelPercent == 0)
            #expect(q.waitingNow == 0)
            #expect(f.orphans == 0)
            #expect(f.rejected == 0)
        }
    }

    /// An abandon read before its arrive, 8 s apart: a real abandon (8 ≥ 5)
    /// with its wait known, and the cause kept.
    @Test func lateArriveKeepsARealAbandon() {
        var f = Feed()
        f.abandon("c1", at: mar2 + 9 * hour + 8)
        f.arrive("c1", at: mar2 + 9 * hour)
        let q = f.report(asOf: mar2 + 10 * hour).queue
        #expect(q.abandoned == 1)
        #expect(q.shortAbandoned == 0)
        #expect(q.abandonedByCause == ["caller": 1])
    }

    /// METRICS.md: a contact's channel and queue are the first non-empty
    /// values among its events, and read order never matters. Each of 300
    /// seeded contacts names its channel and queue on one event only (the
    /// arrive, or the answer or abandon; the resolve when it was not
    /// answered), and its rows are read in a random order. The figures must
    /// be those of the same contacts with every row naming its group, read
    /// in time order. (Before, the counts made before the naming event stayed
    /// in no group: an answer read before its arrive was judged live.)
    @Test func aGroupNamedByOneEventCountsWhateverTheOrder() {
        var rng = SplitMix(state: 2026)
        let channels = ["phone", "chat", "email", "video", "whatsapp"], queues = ["sales", "support"]
        struct Row { var kind: ContactEventKind; var id: String; var time: Double; var firstContact: Bool? }
        var truth = Feed(), shuffled = Feed()
        var rows: [(row: Row, named: Bool)] = []
        var groups: [String: (String, String)] = [:]
        for n in 0..<300 {
            let id = "c\(n)"
            let arrive = mar2 + 8 * hour + Double(n * 37)
            groups[id] = (channels[Int(rng.next() % 5)], queues[Int(rng.next() % 2)])
            var mine = [Row(kind: .arrive, id: id, time: arrive, firstContact: nil)]
            let answered = rng.next() % 3 != 0
            if answered {
                let answer = arrive + Double(rng.next() % 60)
                mine.append(Row(kind: .answer, id: id, time: answer, firstContact: nil))
                if rng.next() % 4 != 0 {
                    mine.append(Row(kind: .resolve, id: id, time: answer + 30 + Double(rng.next() % 600),
                                    firstContact: rng.next() % 2 == 0))
                }
            } else {
                mine.append(Row(kind: .abandon, id: id, time: arrive + Double(rng.next() % 12), firstContact: nil))
                if rng.next() % 3 == 0 {
                    mine.append(Row(kind: .resolve, id: id, time: mine[1].time + 5, firstContact: nil))
                }
            }
            // The event that names the group: never a resolve after an answer
            // with its wait (a histogram takes no wait back: README, departures).
            let naming = Int(rng.next() % UInt64(answered ? 2 : mine.count))
            for (k, row) in mine.enumerated() { rows.append((row, k == naming)) }
        }
        func add(_ f: inout Feed, _ row: Row, named: Bool) {
            let (channel, queue) = named ? groups[row.id]! : ("", "")
            f.event(row.kind, row.id, at: row.time, channel: channel, queue: queue, firstContact: row.firstContact)
        }
        for (row, _) in rows.sorted(by: { $0.row.time < $1.row.time }) { add(&truth, row, named: true) }
        for (row, named) in rows.shuffled(using: &rng) { add(&shuffled, row, named: named) }
        let asOf = mar2 + 12 * hour
        let a = truth.report(asOf: asOf), b = shuffled.report(asOf: asOf)
        #expect(b.queue == a.queue)
        #expect(b.byQueue == a.byQueue)
        #expect(b.byChannel == a.byChannel)
        #expect(b.byClass == a.byClass)
        #expect(b.recentAbandons == a.recentAbandons)
        #expect(truth.rejected == 0 && shuffled.rejected == 0)
        #expect(a.byChannel.count == 5 && a.byQueue.count == 2)
    }

    /// Worked by hand. c1 is answered at 09:01 (read first, no channel),
    /// its arrive at 09:00 names email/support: one async contact that
    /// waited 60 s against email's 4 h, so service level 100 %, async
    /// offered 1 and answered 1, and no live class at all (before: an
    /// answered live contact with no wait, service level 0 %). c2 arrives
    /// at 09:10 with no channel and is answered at 09:10:30 on chat/sales:
    /// chat offered 1, answered 1, waited 30 s (> 20 s: not within).
    @Test func aGroupNamedLaterByHand() {
        var f = Feed()
        f.answer("c1", at: mar2 + 9 * hour + 60)
        f.arrive("c1", at: mar2 + 9 * hour, channel: "email", queue: "support")
        let one = f.report(asOf: mar2 + 10 * hour)
        #expect(one.queue.serviceLevelPercent == 100)
        #expect(one.byClass[.async]?.offered == 1 && one.byClass[.async]?.answered == 1)
        #expect(one.byClass[.live] == nil)
        #expect(one.byChannel["email"]?.asaSeconds == 60)
        f.arrive("c2", at: mar2 + 9 * hour + 600)
        f.event(.answer, "c2", at: mar2 + 9 * hour + 630, channel: "chat", queue: "sales")
        let two = f.report(asOf: mar2 + 10 * hour)
        #expect(two.byChannel["chat"]?.offered == 1 && two.byChannel["chat"]?.answered == 1)
        #expect(two.byChannel["chat"]?.serviceLevelPercent == 0)
        #expect(two.byQueue["sales"]?.offered == 1)
        #expect(two.queue.offered == 2)
    }

    /// An answer by alice read before its arrive, which alone names phone
    /// and sales: with no agent events, the agents are those who answered
    /// in the last hour, and alice is one in sales and phone, as when the
    /// arrive is read first (a review: she was in no group).
    @Test func aMovedAnswerKeepsItsAgentInTheNamedGroup() {
        var f = Feed()
        f.answer("c1", at: mar2 + 9 * hour + 60, agent: "alice")
        f.arrive("c1", at: mar2 + 9 * hour, channel: "phone", queue: "sales")
        let r = f.report(asOf: mar2 + 9 * hour + 600)
        #expect(r.byQueue["sales"]?.agents == 1)
        #expect(r.byChannel["phone"]?.agents == 1)
        #expect(r.queue.agents == 1)
    }

    /// The later event in read order of a negative pair is still rejected.
    @Test func answerAfterItsResolveInTimeIsRejected() {
        var f = Feed()
        f.resolve("c1", at: mar2 + 9 * hour)
        f.answer("c1", at: mar2 + 9 * hour + 10)
        #expect(f.rejected == 1)
    }
}
