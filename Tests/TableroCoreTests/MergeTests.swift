import Testing
@testable import TableroCore

private let d1 = LocalDay(year: 2026, month: 3, day: 2)
private let d2 = LocalDay(year: 2026, month: 3, day: 3)
private let d3 = LocalDay(year: 2026, month: 3, day: 4)

@Suite("Merging days")
struct MergeTests {
    /// Day 1 (2026-03-02): waits 10, 20, 30 s; one 8 s abandon; one 2 s short abandon.
    /// Day 2 (2026-03-03): waits 40, 50 s; one contact arriving day 1 at 23:59:50 and
    /// answered day 2 at 00:00:30 (wait 40 s counts on day 2, its arrival on day 1).
    private func twoDays() -> Feed {
        var f = Feed()
        let a = mar2 + 10 * hour
        for (i, w) in [10.0, 20, 30].enumerated() {
            let t = a + Double(i) * 600
            f.arrive("a\(i)", at: t, channel: "chat", queue: "q1")
            f.answer("a\(i)", at: t + w, agent: "x")
            f.resolve("a\(i)", at: t + w + 100, firstContact: i != 1)
        }
        f.arrive("ab", at: a + 3000, channel: "phone")
        f.abandon("ab", at: a + 3008)
        f.arrive("sh", at: a + 3100, channel: "phone")
        f.abandon("sh", at: a + 3102)
        let b = mar2 + day + 10 * hour
        for (i, w) in [40.0, 50].enumerated() {
            let t = b + Double(i) * 600
            f.arrive("b\(i)", at: t, channel: "phone", queue: "q2")
            f.answer("b\(i)", at: t + w, agent: "y")
            f.resolve("b\(i)", at: t + w + 200, firstContact: true)
        }
        f.arrive("m", at: mar2 + day - 10, channel: "email")
        f.answer("m", at: mar2 + day + 30, agent: "z")
        return f
    }

    @Test func dayOneMergedWithDayTwoEqualsBothAtOnce() throws {
        let store = twoDays().store
        let both = store.aggregate(d1...d2)
        var merged = store.aggregate(d1...d1)
        merged.merge(store.aggregate(d2...d2))
        #expect(sameAggregate(merged, both))

        // By hand: offered day 1 = a0 a1 a2 ab sh m = 6, day 2 = b0 b1 = 2 → 8.
        // answered: 3 + (b0, b1, m) = 6; waits 10+20+30+40+50+40 = 190 → ASA 190/6.
        // abandoned 1 (8 s), short 1 (2 s). Handle: 100 × 3 + 200 × 2 = 700 over 5.
        // FCR: known 5, yes 4 (a1 is false).
        #expect(both.offered == 8 && merged.offered == 8)
        #expect(both.answered == 6 && both.waitCount == 6)
        #expect(both.waitSum == 190)
        #expect(both.answeredWithinTarget == 3) // phone 10 and 20 s ≤ 20; email m 40 s ≤ 4 h
        #expect(both.abandoned == 1 && both.shortAbandoned == 1)
        #expect(both.resolved == 5 && both.handleSum == 700 && both.handleCount == 5)
        #expect(both.firstContactKnown == 5 && both.firstContactYes == 4)
        // Waits 10, 20, 30, 40, 40, 50: nearest-rank p50 = ⌈3⌉rd = 30, p90 = ⌈5.4⌉ = 6th = 50.
        #expect(near(merged.waitPercentile(50), 30, 0.3))
        #expect(near(merged.waitPercentile(90), 50, 0.5))
        // Day 1 alone: offered 6 (m arrived on day 1), answered 3. Merging copies:
        // the store's day 1 still holds its own 3 waits (10, 20, 30 → p50 20).
        let one = store.aggregate(d1...d1)
        #expect(one.offered == 6 && one.answered == 3)
        #expect(one.waits?.totalCount == 3)
        #expect(near(one.waitPercentile(50), 20, 0.2))
        // Day 2 alone: offered 2, answered 3 (b0, b1 and m's answer), wait sum 130.
        let two = store.aggregate(d2...d2)
        #expect(two.offered == 2 && two.answered == 3 && two.waitSum == 130)
    }

    @Test func reportOverTwoDaysMatchesTheMergedFigures() throws {
        let f = twoDays()
        let r = f.report(.range(d1, d2), asOf: mar2 + 2 * day)
        var merged = f.store.aggregate(d1...d1)
        merged.merge(f.store.aggregate(d2...d2))
        var q = QueueFigures(merged)
        q.waitingNow = r.queue.waitingNow
        q.longestWaitNowSeconds = r.queue.longestWaitNowSeconds
        q.agents = r.queue.agents
        #expect(r.queue == q)
        #expect(near(r.queue.asaSeconds, 190.0 / 6))
        // The trend has one entry per day and its counts add up to the window.
        #expect(r.trend.map(\.offered) == [6, 2])
        #expect(r.trend.map(\.answered) == [3, 3])
    }

    @Test func twoStoresMergeLikeOne() throws {
        // Days fed to separate stores merge to what one store holding both computes.
        let whole = twoDays().store
        var first = Feed()
        var second = Feed()
        let a = mar2 + 10 * hour
        for (i, w) in [10.0, 20, 30].enumerated() {
            let t = a + Double(i) * 600
            first.arrive("a\(i)", at: t, channel: "chat", queue: "q1")
            first.answer("a\(i)", at: t + w, agent: "x")
            first.resolve("a\(i)", at: t + w + 100, firstContact: i != 1)
        }
        first.arrive("ab", at: a + 3000, channel: "phone")
        first.abandon("ab", at: a + 3008)
        first.arrive("sh", at: a + 3100, channel: "phone")
        first.abandon("sh", at: a + 3102)
        first.arrive("m", at: mar2 + day - 10, channel: "email")
        let b = mar2 + day + 10 * hour
        for (i, w) in [40.0, 50].enumerated() {
            let t = b + Double(i) * 600
            second.arrive("b\(i)", at: t, channel: "phone", queue: "q2")
            second.answer("b\(i)", at: t + w, agent: "y")
            second.resolve("b\(i)", at: t + w + 200, firstContact: true)
        }
        // m's answer lands in the second store without its arrive: an orphan there,
        // so its 40 s wait is missing and only the counts agree for it.
        second.event(.answer, "m", at: mar2 + day + 30, channel: "email", agent: "z")
        var merged = first.store.aggregate(d1...d2)
        merged.merge(second.store.aggregate(d1...d2))
        let all = whole.aggregate(d1...d2)
        #expect(merged.offered == all.offered)
        #expect(merged.answered == all.answered)
        #expect(merged.abandoned == all.abandoned && merged.shortAbandoned == all.shortAbandoned)
        #expect(merged.handleSum == all.handleSum && merged.resolved == all.resolved)
        // 190 − 40 = 150 over 5 waits.
        #expect(merged.waitCount == 5 && merged.waitSum == 150)
    }

    @Test(arguments: [1 as UInt64, 42, 2026])
    func randomDaysMergeInAnyGrouping(seed: UInt64) throws {
        // Property: over three days of random contacts, (1 ⊕ 2) ⊕ 3 = 1 ⊕ (2 ⊕ 3) =
        // the three days at once, for every count, sum and percentile.
        var rng = SplitMix(state: seed)
        var f = Feed()
        let channels = ["phone", "chat", "email", ""]
        let queues = ["sales", "support", ""]
        for i in 0..<600 {
            let id = "r\(i)"
            let t = mar2 + Double(rng.next() % (3 * 86_400 - 7200))
            let channel = channels[Int(rng.next() % 4)]
            let queue = queues[Int(rng.next() % 3)]
            // Whole seconds keep every sum exact, whatever the order of addition.
            let wait = Double(rng.next() % 400)
            f.arrive(id, at: t, channel: channel, queue: queue)
            switch rng.next() % 4 {
            case 0:
                f.abandon(id, at: t + wait)
            case 1:
                f.answer(id, at: t + wait, agent: "g\(rng.next() % 5)")
            default:
                f.answer(id, at: t + wait, agent: "g\(rng.next() % 5)")
                f.resolve(id, at: t + wait + Double(rng.next() % 900), firstContact: rng.next() % 3 == 0 ? nil : rng.next() % 2 == 0)
            }
        }
        let s = f.store
        var left = s.aggregate(d1...d1)
        left.merge(s.aggregate(d2...d2))
        left.merge(s.aggregate(d3...d3))
        var rightTail = s.aggregate(d2...d2)
        rightTail.merge(s.aggregate(d3...d3))
        var right = s.aggregate(d1...d1)
        right.merge(rightTail)
        let all = s.aggregate(d1...d3)
        #expect(all.offered == 600)
        #expect(sameAggregate(left, all))
        #expect(sameAggregate(right, all))
        // The report over the three days agrees with its trend, day by day.
        let r = f.report(.range(d1, d3), asOf: mar2 + 3 * day)
        #expect(r.trend.count == 3)
        #expect(r.trend.reduce(0) { $0 + $1.offered } == r.queue.offered)
        #expect(r.trend.reduce(0) { $0 + $1.answered } == r.queue.answered)
        #expect(r.trend.reduce(0) { $0 + $1.abandoned } == r.queue.abandoned)
    }
}
