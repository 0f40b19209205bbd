import Testing
@testable import TableroCore

/// Issue 11: an agent's open answers are a multiset of times in a hash
/// table (`OpenAnswers`), an end taking out one equal time. Answers read
/// out of order (another file), equal times, and an end whose answer was
/// forgotten must still leave exactly the answers not ended.
@Suite("Agent log")
struct AgentLogTests {
    @Test("ends remove their own answer, near or far back, whatever order the answers were read in")
    func endsFindTheirAnswers() {
        var log = AgentLog()
        // 100, then 50 read later (another file), 300, 200, 100 again, and
        // twenty more recent answers.
        for t in [100.0, 50, 300, 200, 100] { log.answered(by: 2, at: t, endedAt: nil) }
        for k in 0..<20 { log.answered(by: 2, at: 1000 + Double(k), endedAt: nil) }
        #expect(log.contacts(of: 2)?.open == [50, 100, 100, 200, 300] + (0..<20).map { 1000 + Double($0) })
        log.ended(by: 2, answeredAt: 50, at: 400)     // far back
        log.ended(by: 2, answeredAt: 100, at: 400)    // one of two equal ones
        log.ended(by: 2, answeredAt: 1019, at: 1100)  // the newest
        log.ended(by: 2, answeredAt: 1012, at: 1100)  // among the newest few
        log.ended(by: 2, answeredAt: 999, at: 1200)   // forgotten (or never open): nothing removed
        let expected: [Double] = [100, 200, 300] + (0..<19).filter { $0 != 12 }.map { 1000 + Double($0) }
        #expect(log.contacts(of: 2)?.open == expected)
        #expect(log.contacts(of: 2)?.latestEnd == 1200)
        #expect(log.contacts(of: 2)?.latestAnswer == 1019)
        // Agents without answers have none, below and above the ids used.
        #expect(log.contacts(of: 0) == nil)
        #expect(log.contacts(of: 7) == nil)
        log.ended(by: 7, answeredAt: 1, at: 2)
        #expect(log.contacts(of: 7) == nil)
    }

    @Test("random answers and ends leave what a plain sorted list leaves")
    func randomAgainstAModel() {
        var log = AgentLog()
        var model: [Double] = []
        var r = SplitMix(state: 11)
        // Few distinct times, so equal answers are common; ends of answers
        // open or not, newest or far back.
        for _ in 0..<20_000 {
            let t = Double(r.next() % 400)
            if r.next() % 3 == 0 {
                log.ended(by: 0, answeredAt: t, at: 500)
                if let i = model.firstIndex(of: t) { model.remove(at: i) }
            } else if r.next() % 4 == 0, let newest = model.last {
                log.ended(by: 0, answeredAt: newest, at: 500)
                model.removeLast()
            } else {
                log.answered(by: 0, at: t, endedAt: nil)
                model.insert(t, at: model.firstIndex { $0 > t } ?? model.count)
            }
            // The first difference only: one is enough to tell, thousands drown the log.
            guard (log.contacts(of: 0)?.open ?? []) == model else {
                Issue.record("the open answers differ from the model's after \(model.count) open")
                return
            }
        }
    }

    /// The multiset behind the open answers, against a sorted list: equal
    /// times (one home, so long runs that wrap round the table's end),
    /// both zeros, removals of times there and not there, growth, and a
    /// filter. A removal that left a time behind its gap, or moved one
    /// before its home, loses it from every later search.
    @Test("open answers as a multiset: what a sorted list holds, through removals that close gaps")
    func openAnswersAgainstAModel() {
        var r = SplitMix(state: 7)
        for round in 0..<40 {
            var answers = OpenAnswers()
            var model: [Double] = []
            // Few distinct times in some rounds (runs of equal ones), many in others.
            let distinct = UInt64([3, 12, 60, 1000][round % 4])
            for step in 0..<3000 {
                var t = Double(r.next() % distinct) - Double(distinct / 2)
                if t == 0 && r.next() % 2 == 0 { t = -0.0 }
                if r.next() % 5 < 2 {
                    let removed = answers.remove(t)
                    let i = model.firstIndex(of: t)
                    if let i { model.remove(at: i) }
                    #expect(removed == (i != nil))
                } else {
                    answers.insert(t)
                    model.append(t)
                }
                if step % 700 == 699 {
                    let limit = Double(r.next() % distinct) - Double(distinct / 2)
                    answers.keepOnly { $0 >= limit }
                    model.removeAll { $0 < limit }
                }
                guard answers.times.sorted() == model.sorted(), answers.count == model.count else {
                    Issue.record("round \(round), step \(step): \(answers.times.sorted()) against \(model.sorted())")
                    return
                }
            }
        }
    }

    @Test("forgetting drops the answers before the horizon and keeps the order")
    func forgetKeepsOrder() {
        var log = AgentLog()
        for t in [500.0, 100, 300, 200, 400] { log.answered(by: 0, at: t, endedAt: nil) }
        log.forget(answeredBefore: 250)
        #expect(log.contacts(of: 0)?.open == [300, 400, 500])
        log.ended(by: 0, answeredAt: 300, at: 600)
        #expect(log.contacts(of: 0)?.open == [400, 500])
    }
    /// Issue 11: a store keeps its agents' open answers from its first agent
    /// event on (before it no agent has a state), taking those of the
    /// contacts open then. Agent events read after the contacts (queue_log
    /// sorts after events.csv) must give the states of agent events read first.
    @Test("agent events read after the contacts give the states of agent events read first")
    func openAnswersFromTheFirstAgentEvent() {
        let t: Double = 1_795_338_000
        func contacts(_ store: inout MetricsStore) {
            _ = store.ledger.fileID(path: "events.csv", kind: .events)
            let o = RowOrigin(file: 0, line: 1)
            func add(_ kind: ContactEventKind, _ id: String, _ time: Double, _ agent: String = "") {
                store.add(ContactEvent(time: t + time, contactID: id, kind: kind, channel: "phone", queue: "sales", agent: agent),
                          origin: o)
            }
            add(.arrive, "c1", 100); add(.answer, "c1", 110, "ana")
            add(.arrive, "c2", 200); add(.answer, "c2", 210, "ana")
            add(.resolve, "c1", 300)
            add(.arrive, "c3", 400); add(.answer, "c3", 410, "ben")
            add(.resolve, "c3", 500)
            // Read before its answer (another file): ended when answered.
            add(.resolve, "c4", 700); add(.arrive, "c4", 600); add(.answer, "c4", 650, "ben")
        }
        let logins = ["ana", "ben"].map { AgentStateEvent(time: t, agent: $0, queue: "sales", change: .addMember) }
        var first = MetricsStore()
        for e in logins { first.add(e) }
        contacts(&first)
        var after = MetricsStore()
        contacts(&after)
        #expect(after.agentStates(asOf: t + 800) == nil)  // no agent events yet
        for e in logins { after.add(e) }
        let offsets: [Double] = [250, 350, 450, 800, 3600, 13 * 3600]
        for offset in offsets {
            let asOf = t + offset
            #expect(first.agentStates(asOf: asOf) == after.agentStates(asOf: asOf), "as of t + \(offset)")
        }
        // By hand, at t + 800: ana answered c2 at 210 and it is open: on
        // contact since 210. Ben's contacts ended at 500 and 700: available
        // since 700. At t + 13 h c2 has been open past the 12-hour horizon:
        // ana is available since her latest end, c1's at 300.
        let at800 = after.agentStates(asOf: t + 800)!.list
        #expect(at800.map(\.activity) == [.onContact, .available])
        #expect(at800.map(\.since) == [t + 210, t + 700])
        let later = after.agentStates(asOf: t + 13 * 3600)!.list
        #expect(later.map(\.activity) == [.available, .available])
        #expect(later.map(\.since) == [t + 300, t + 700])
        // A sweep 13 hours on forgets c2's answer for the first store; the
        // second takes it from the contact table, still past the horizon.
        first.sweep(now: t + 13 * 3600)
        var swept = MetricsStore()
        contacts(&swept)
        swept.sweep(now: t + 13 * 3600)
        for e in logins { swept.add(e) }
        #expect(first.agentStates(asOf: t + 13 * 3600) == swept.agentStates(asOf: t + 13 * 3600))
    }
}
