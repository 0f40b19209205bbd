import Testing
@testable import TableroCore

/// One morning on 2026-03-02 (UTC), as-of 10:00. Times are D + hh:mm:ss.
///
///   c1  "Phone" sales   arrive 09:00:00  answer 09:00:10 (ana)   resolve 09:05:10 first_contact=true
///   c2  chat    support arrive 09:01:00  answer 09:01:20 (ben)   resolve 09:03:00 first_contact=false
///   c3  email           arrive 09:02:00  answer 09:02:40 (ana)   resolve 09:06:00 handle_seconds=50
///   c4  phone           arrive 09:03:00  abandon 09:03:04         (waited 4 s < 5: short)
///   c5  phone           arrive 09:04:00  abandon 09:04:05         (waited 5 s: not short)
///   c6  phone           answer 09:10:00 (cat), no arrive           (orphan answer)
///   c7  phone           abandon 09:11:00, no arrive                (orphan abandon)
///   c8  phone           arrive 09:30:00                            (waiting at 10:00)
///   c9  chat            arrive 09:45:00                            (waiting at 10:00)
private func morning() -> Feed {
    var f = Feed()
    let d = mar2
    f.arrive("c1", at: d + 9 * hour, channel: "Phone", queue: "sales")
    f.answer("c1", at: d + 9 * hour + 10, agent: "ana")
    f.arrive("c2", at: d + 9 * hour + 60, channel: "chat", queue: "support")
    f.answer("c2", at: d + 9 * hour + 80, agent: "ben")
    f.arrive("c3", at: d + 9 * hour + 120, channel: "email")
    f.answer("c3", at: d + 9 * hour + 160, agent: "ana")
    f.arrive("c4", at: d + 9 * hour + 180, channel: "phone")
    f.abandon("c4", at: d + 9 * hour + 184)
    f.resolve("c2", at: d + 9 * hour + 180, firstContact: false)
    f.arrive("c5", at: d + 9 * hour + 240, channel: "phone")
    f.abandon("c5", at: d + 9 * hour + 245)
    f.resolve("c1", at: d + 9 * hour + 310, firstContact: true)
    f.resolve("c3", at: d + 9 * hour + 360, handle: 50)
    f.event(.answer, "c6", at: d + 9 * hour + 600, channel: "phone", agent: "cat")
    f.event(.abandon, "c7", at: d + 9 * hour + 660, channel: "phone")
    f.arrive("c8", at: d + 9 * hour + 30 * minute, channel: "phone")
    f.arrive("c9", at: d + 9 * hour + 45 * minute, channel: "chat")
    return f
}

private let morningAsOf = mar2 + 10 * hour

@Suite("Queue figures")
struct QueueFiguresTests {
    @Test func countsOfferedAnsweredAbandonedAndShort() {
        let q = morning().report(asOf: morningAsOf).queue
        // offered: arrivals c1 c2 c3 c4 c5 c8 c9 = 7 (orphans c6, c7 never arrived)
        #expect(q.offered == 7)
        // answered: c1 c2 c3 + orphan c6 = 4
        #expect(q.answered == 4)
        // abandoned: c5 (5 s is not < 5) + orphan c7 (never short) = 2; short: c4 (4 s < 5) = 1
        #expect(q.abandoned == 2)
        #expect(q.shortAbandoned == 1)
        #expect(q.abandonedByCause == ["caller": 2])
    }

    @Test func orphansAreCountedInDataQuality() {
        let f = morning()
        #expect(f.orphans == 2)
        #expect(f.rejected == 0)
    }

    @Test func asaExcludesOrphans() {
        // Waits of answered contacts with an arrive: c1 10, c2 20, c3 40 (c6 has none).
        // ASA = (10 + 20 + 40) / 3 = 70 / 3 = 23.333… s
        let q = morning().report(asOf: morningAsOf).queue
        #expect(near(q.asaSeconds, 70.0 / 3))
    }

    @Test func serviceLevelCountsWaitEqualToTargetAndOrphanInDenominator() {
        // Within their own channel's target: c1 phone (10 s ≤ 20), c2 chat
        // (exactly 20 s, wait ≤ T), c3 email (40 s ≤ 4 h, the async target) = 3.
        // Denominator answered + abandoned = 4 + 2 = 6 (orphan answer c6 and
        // orphan abandon c7 included; short abandon c4 excluded).
        // SL = 3 / 6 × 100 = 50 %
        let q = morning().report(asOf: morningAsOf).queue
        #expect(near(q.serviceLevelPercent, 50))
    }

    @Test func abandonRate() {
        // abandoned / (answered + abandoned) = 2 / 6 × 100 = 33.333…%
        let q = morning().report(asOf: morningAsOf).queue
        #expect(near(q.abandonRatePercent, 200.0 / 6))
    }

    @Test func firstResponseOnlyForNonPhoneChannels() {
        // c1's channel "Phone" matches phone case-insensitively and is left out;
        // c2 chat 20 s, c3 email 40 s → (20 + 40) / 2 = 30 s.
        // (Counting c1 would give (10 + 20 + 40) / 3 = 23.3 s.)
        let r = morning().report(asOf: morningAsOf)
        #expect(near(r.queue.firstResponseSeconds, 30))
        #expect(r.byChannel["Phone"]?.firstResponseSeconds == nil)
        #expect(near(r.byChannel["chat"]?.firstResponseSeconds, 20))
        #expect(near(r.byChannel["email"]?.firstResponseSeconds, 40))
    }

    @Test func channelsThatDifferInCaseAreOneGroup() {
        // METRICS.md: channel names compare case-insensitively. c1 "Phone"
        // and c4–c8 "phone" are one group, named "Phone" as read first:
        // offered c1, c4, c5, c8 = 4 (c6, c7 orphans offer nothing);
        // answered c1, c6 = 2; abandoned c5, c7 = 2 (c4 short);
        // share 4 of the 7 offered (c1–c5, c8, c9) = 57.142…%;
        // service level: c1 waited 10 s ≤ 20 s, c6 has no wait, over
        // 2 answered + 2 abandoned = 25 %.
        let r = morning().report(asOf: morningAsOf)
        #expect(Set(r.byChannel.keys) == ["Phone", "chat", "email"])
        let phone = r.byChannel["Phone"]
        #expect(phone?.offered == 4)
        #expect(phone?.answered == 2)
        #expect(phone?.abandoned == 2)
        #expect(phone?.serviceLevelPercent == 25)
        #expect(r.sharePercent(channel: "Phone") == 400.0 / 7)
    }

    @Test func wholePercentagesAreWhole() {
        // 57 of 100 answered within target: 5,700 / 100 = 57 exactly, not
        // 57 / 100 × 100 = 56.99999999999999 (which a target of 57 judged below).
        #expect(Ratio.percent(57, 100) == 57)
        #expect(Ratio.percent(29, 100) == 29)
        #expect(Ratio.percent(2, 3) == 200.0 / 3)
        #expect(Ratio.percent(1, 0) == nil)
    }

    @Test func handleResolutionAndFirstContactResolution() {
        let q = morning().report(asOf: morningAsOf).queue
        // AHT: c1 09:05:10 − 09:00:10 = 300, c2 09:03:00 − 09:01:20 = 100,
        // c3 handle_seconds override 50 (not 09:06:00 − 09:02:40 = 200)
        // → (300 + 100 + 50) / 3 = 150 s
        #expect(near(q.ahtSeconds, 150))
        // Resolution: c1 310, c2 120, c3 240 → 670 / 3 = 223.333… s
        #expect(near(q.resolutionSeconds, 670.0 / 3))
        // FCR: first_contact known for c1 (true) and c2 (false) → 1 / 2 = 50 %
        #expect(near(q.fcrPercent, 50))
    }

    @Test func waitPercentilesOfAThreeContactMorning() {
        // Waits sorted 10, 20, 40. Nearest rank: p50 → ⌈0.50·3⌉ = 2nd = 20,
        // p90 → ⌈2.7⌉ = 3rd = 40, p95 → ⌈2.85⌉ = 3rd = 40; within 1 %.
        let q = morning().report(asOf: morningAsOf).queue
        #expect(near(q.waitP50Seconds, 20, 0.2))
        #expect(near(q.waitP90Seconds, 40, 0.4))
        #expect(near(q.waitP95Seconds, 40, 0.4))
    }

    @Test func waitPercentilesNearestRankOverAHundredWaits() {
        // 100 contacts waiting 1, 2, …, 100 s. Nearest rank p = ⌈p/100 · 100⌉-th
        // value: p50 = 50 s, p90 = 90 s, p95 = 95 s (histogram within 1 %).
        // ASA = (1 + … + 100) / 100 = 5050 / 100 = 50.5 s exactly.
        var f = Feed()
        for i in 1...100 {
            let t = mar2 + 8 * hour + Double(i) * 200
            f.arrive("w\(i)", at: t)
            f.answer("w\(i)", at: t + Double(i))
        }
        let q = f.report(asOf: mar2 + 16 * hour).queue
        #expect(near(q.waitP50Seconds, 50, 0.5))
        #expect(near(q.waitP90Seconds, 90, 0.9))
        #expect(near(q.waitP95Seconds, 95, 0.95))
        #expect(near(q.asaSeconds, 50.5))
    }

    @Test func waitingNowAndLongestWaitAtAsOf() throws {
        // c8 (09:30) and c9 (09:45) are waiting at 10:00; the earliest is c8:
        // longest = 10:00 − 09:30 = 1,800 s.
        let r = morning().report(asOf: morningAsOf)
        #expect(r.queue.waitingNow == 2)
        #expect(r.queue.longestWaitNowSeconds == 1800)
        // "Phone" (c1, read first) and "phone" are one channel, named as
        // first read: c8 waits in it.
        #expect(r.byChannel["Phone"]?.waitingNow == 1)
        #expect(r.byChannel["phone"] == nil)
        #expect(r.byChannel["chat"]?.waitingNow == 1)
        let chatLongest = try #require(r.byChannel["chat"]?.longestWaitNowSeconds)
        #expect(chatLongest == 900, "\(chatLongest.bitPattern)")
        // Taken at as-of: at 09:40 only c8 has arrived (600 s ago).
        let earlier = morning().report(asOf: mar2 + 9 * hour + 40 * minute)
        #expect(earlier.queue.waitingNow == 1)
        #expect(earlier.queue.longestWaitNowSeconds == 600)
    }

    @Test func resolveWithoutAnswerEndsWaiting() {
        var f = Feed()
        f.arrive("r1", at: mar2 + 9 * hour)
        f.resolve("r1", at: mar2 + 9 * hour + 120)
        let q = f.report(asOf: mar2 + 10 * hour).queue
        #expect(q.waitingNow == 0)
        #expect(q.longestWaitNowSeconds == nil)
        // Resolution 120 s, no answer → no handle time.
        #expect(near(q.resolutionSeconds, 120))
        #expect(q.ahtSeconds == nil)
    }

    @Test func forgottenWaitersDropOutAndCountAsUnclosed() {
        // forget_waiting_after_hours = 12. As-of 13:00:
        //   z1 arrived 00:30 → waiting 12.5 h > 12 → dropped, 1 unclosed
        //   z2 arrived 02:00 → waiting 11 h → still waiting, longest 39,600 s
        var f = Feed()
        f.arrive("z1", at: mar2 + 30 * minute)
        f.arrive("z2", at: mar2 + 2 * hour)
        let r = f.report(asOf: mar2 + 13 * hour)
        #expect(r.queue.waitingNow == 1)
        #expect(r.queue.longestWaitNowSeconds == 11 * hour)
        #expect(r.dataQuality.first?.unclosed == 1)
        // Both still arrived in the window.
        #expect(r.queue.offered == 2)
        // At 12:00 neither has waited past 12 h (z1 11.5 h): both wait, nothing unclosed.
        let before = f.report(asOf: mar2 + 12 * hour)
        #expect(before.queue.waitingNow == 2)
        #expect(before.dataQuality.first?.unclosed == 0)
    }

    @Test func duplicateEventsAreRejectedAndTheFirstKept() {
        var f = Feed()
        let d = mar2 + 9 * hour
        // d1: second arrive at +30 s rejected; wait from the first = 60 s.
        f.arrive("d1", at: d)
        f.arrive("d1", at: d + 30)
        f.answer("d1", at: d + 60)
        // d2: wait 10 s; second answer at +50 s rejected; resolve at +310 s
        // (handle 300 s from the first answer); second resolve at +660 s rejected.
        f.arrive("d2", at: d + 600)
        f.answer("d2", at: d + 610)
        f.answer("d2", at: d + 650)
        f.resolve("d2", at: d + 910)
        f.resolve("d2", at: d + 1260)
        // d3: abandon after 30 s; second abandon rejected.
        f.arrive("d3", at: d + 1800)
        f.abandon("d3", at: d + 1830)
        f.abandon("d3", at: d + 1860)
        #expect(f.rejected == 4)
        let q = f.report(asOf: mar2 + 12 * hour).queue
        #expect(q.offered == 3)
        #expect(q.answered == 2)
        #expect(q.abandoned == 1 && q.shortAbandoned == 0)
        // ASA = (60 + 10) / 2 = 35 s; AHT = 910 − 610 = 300 s; resolution 910 − 600 = 310 s.
        #expect(near(q.asaSeconds, 35))
        #expect(near(q.ahtSeconds, 300))
        #expect(near(q.resolutionSeconds, 310))
    }

    @Test func negativeDurationRejectsTheLaterEventAndKeepsTheRest() {
        var f = Feed()
        let d = mar2 + 10 * hour
        // n1: arrive 10:00, answer read next stamped 09:59 → negative wait,
        // the answer is rejected; the contact keeps waiting and abandons at
        // 10:01 (waited 60 s, not short).
        f.arrive("n1", at: d)
        f.answer("n1", at: d - 60)
        f.abandon("n1", at: d + 60)
        // n2: arrive 10:10, answer 10:11 (wait 60 s); a resolve stamped
        // 10:10:30 is before the answer → rejected; the resolve at 10:16 counts
        // (handle 10:16 − 10:11 = 300 s, resolution 10:16 − 10:10 = 360 s).
        f.arrive("n2", at: d + 600)
        f.answer("n2", at: d + 660)
        f.resolve("n2", at: d + 630)
        f.resolve("n2", at: d + 960)
        #expect(f.rejected == 2)
        let q = f.report(asOf: mar2 + 12 * hour).queue
        #expect(q.offered == 2)
        #expect(q.answered == 1)
        #expect(q.abandoned == 1)
        #expect(near(q.asaSeconds, 60))
        #expect(near(q.ahtSeconds, 300))
        #expect(near(q.resolutionSeconds, 360))
        #expect(q.waitingNow == 0)
    }

    @Test func arriveReadAfterALaterStampedEndIsANegativeDuration() {
        // Rows read in this order (the arrive is both read later and stamped later):
        //   o1: answer 10:00 (orphan), then arrive 10:05 → wait 10:00 − 10:05 = −300 s
        //   o2: abandon 10:00 (orphan), then arrive 10:05 → abandon wait −300 s
        //   o3: resolve 10:00 (orphan), then arrive 10:05 → resolution time −300 s
        // Each arrive is rejected (METRICS.md: a negative duration rejects the later
        // event of the pair); the orphans keep counting as before.
        var f = Feed()
        let d = mar2 + 10 * hour
        f.answer("o1", at: d)
        f.arrive("o1", at: d + 300)
        f.abandon("o2", at: d)
        f.arrive("o2", at: d + 300)
        f.resolve("o3", at: d)
        f.arrive("o3", at: d + 300)
        #expect(f.orphans == 3)
        #expect(f.rejected == 3)
        let q = f.report(asOf: mar2 + 12 * hour).queue
        #expect(q.offered == 0)
        #expect(q.answered == 1 && q.abandoned == 1)
        #expect(q.waitingNow == 0)
        // o5: orphan abandon 10:00 and resolve 10:10, then arrive 10:05: the abandon
        // wait would be −300 s even though the resolve is later → rejected too.
        f.abandon("o5", at: d)
        f.resolve("o5", at: d + 600)
        f.arrive("o5", at: d + 300)
        #expect(f.rejected == 4)
        #expect(f.report(asOf: mar2 + 12 * hour).queue.offered == 0)
        // An arrive stamped no later than the orphan's event is fine (wait ≥ 0).
        var g = Feed()
        g.abandon("o4", at: d)
        g.arrive("o4", at: d - 30)
        #expect(g.rejected == 0)
        #expect(g.report(asOf: mar2 + 12 * hour).queue.offered == 1)
    }

    @Test func agentsAreDistinctAnswerersInTheLastHour() {
        // Answers by ana (09:00:10, 09:02:40), ben (09:01:20), cat (09:10) are all
        // within (09:00, 10:00] → 3 distinct agents.
        #expect(morning().report(asOf: morningAsOf).queue.agents == 3)
        // At 10:05 the window is (09:05, 10:05]: only cat (09:10) remains.
        #expect(morning().report(asOf: morningAsOf + 5 * minute).queue.agents == 1)
        // At 11:30 nobody answered in the last hour: unknown.
        #expect(morning().report(asOf: mar2 + 11.5 * hour).queue.agents == nil)
    }

    @Test func agentsSettingOverrides() {
        var s = Settings()
        s.queue.agents = 12
        var f = Feed(settings: s)
        f.arrive("a", at: mar2 + 9 * hour)
        f.answer("a", at: mar2 + 9 * hour + 5, agent: "ana")
        #expect(f.report(asOf: mar2 + 9.5 * hour).queue.agents == 12)
    }

    @Test func agentsFromQueueLogAreLoggedInAndNotPaused() {
        var f = Feed()
        let t = mar2 + 8 * hour
        let events: [AgentStateEvent] = [
            .init(time: t, agent: "a1", queue: "NONE", change: .login),          // in
            .init(time: t + 1, agent: "a2", queue: "NONE", change: .login),
            .init(time: t + 2, agent: "a2", queue: "NONE", change: .pause),      // paused: out
            .init(time: t + 3, agent: "a3", queue: "sales", change: .addMember), // member: in
            .init(time: t + 4, agent: "a4", queue: "NONE", change: .login),
            .init(time: t + 5, agent: "a4", queue: "NONE", change: .logoff),     // logged off: out
            .init(time: t + 6, agent: "a5", queue: "NONE", change: .login),
            .init(time: t + 7, agent: "a5", queue: "NONE", change: .pause),
            .init(time: t + 8, agent: "a5", queue: "NONE", change: .unpause),    // back: in
        ]
        for e in events { f.store.add(e) }
        // a1, a3, a5 → 3 agents.
        #expect(f.report(asOf: mar2 + 10 * hour).queue.agents == 3)
    }

    @Test func emptyWindowHasZeroCountsAndUnknownFigures() {
        // Data on 2026-03-02 only; the report for 2026-03-03 has nothing.
        let r = morning().report(.today, asOf: mar2 + day + 12 * hour)
        let q = r.queue
        #expect(q.offered == 0 && q.answered == 0 && q.abandoned == 0 && q.shortAbandoned == 0)
        #expect(q.asaSeconds == nil)
        #expect(q.waitP50Seconds == nil && q.waitP90Seconds == nil && q.waitP95Seconds == nil)
        #expect(q.serviceLevelPercent == nil)
        #expect(q.abandonRatePercent == nil)
        #expect(q.firstResponseSeconds == nil)
        #expect(q.ahtSeconds == nil)
        #expect(q.resolutionSeconds == nil)
        #expect(q.fcrPercent == nil)
        #expect(q.agents == nil)
        // c8 and c9 (arrived 09:30 / 09:45 the day before) have now waited
        // over 26 h, past the 12 h horizon: not waiting, but unclosed.
        #expect(q.waitingNow == 0 && q.longestWaitNowSeconds == nil)
        #expect(r.dataQuality.first?.unclosed == 2)

        let empty = Feed().report(.today, asOf: mar2 + 12 * hour)
        #expect(empty.queue == QueueFigures())
        #expect(empty.satisfaction == SatisfactionFigures())
        #expect(empty.roi.roiPercent == nil && empty.retention.retentionPercent == nil)
    }
}
