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

    /// The later event in read order of a negative pair is still rejected.
    @Test func answerAfterItsResolveInTimeIsRejected() {
        var f = Feed()
        f.resolve("c1", at: mar2 + 9 * hour)
        f.answer("c1", at: mar2 + 9 * hour + 10)
        #expect(f.rejected == 1)
    }
}
