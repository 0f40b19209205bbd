import Foundation
import Testing
@testable import TableroIngest
import TableroCore

/// `events*.csv`: the live stream, one event per row.
@Suite("events reader")
struct EventsReaderTests {
    static let header = "ts,contact_id,event,channel,queue,agent,first_contact\n"

    @Test func aFullDay() throws {
        let text = Self.header
            + "2026-11-22T09:00:00Z,c1,arrive,phone,sales,,\n"
            + "2026-11-22T09:00:15Z,c1,answer,phone,sales,ana,\n"
            + "2026-11-22T09:05:15Z,c1,resolve,phone,sales,ana,yes\n"
            + "2026-11-22T09:01:00Z,c2,arrive,chat,support,,\n"
            + "2026-11-22T09:01:45Z,c2,answer,chat,support,bo,\n"
            + "2026-11-22T09:03:45Z,c2,resolve,chat,support,bo,FALSE\n"
            + "2026-11-22T09:02:00Z,c3,arrive,phone,sales,,\n"
            + "2026-11-22T09:02:40Z,c3,abandon,phone,sales,,\n"
            + "2026-11-22T09:02:30Z,c4,arrive,email,support,,\n"
        let loaded = try loadOne("events.csv", text)
        let q = loaded.quality("events.csv")
        #expect(q.rows == 9)
        #expect(q.rejected == 0)
        #expect(q.orphans == 0)
        let r = loaded.report(asOf: utc(2026, 11, 22, 9, 10))
        #expect(r.queue.offered == 4)
        #expect(r.queue.answered == 2)
        #expect(r.queue.abandoned == 1)
        #expect(r.queue.abandonedByCause == ["caller": 1])
        #expect(r.queue.asaSeconds == 30)
        #expect(r.queue.ahtSeconds == 210)
        #expect(r.queue.fcrPercent == 50)
        #expect(r.queue.waitingNow == 1)
        #expect(r.queue.longestWaitNowSeconds == 450)
        #expect(r.byQueue["sales"]?.offered == 2)
        #expect(r.byChannel["chat"]?.firstResponseSeconds == 45)
        #expect(r.byChannel["email"]?.waitingNow == 1)
    }

    @Test func unknownEventIsReportedWithItsLine() throws {
        var text = "ts,contact_id,event\n"
        for i in 2...16 { text += "2026-11-22T09:00:00Z,c\(i),arrive\n" }
        text += "2026-11-22T09:00:00Z,c17,arive\n"
        let loaded = try loadOne("events.csv", text)
        let q = loaded.quality("events.csv")
        #expect(q.errors == ["events.csv:17: unknown event 'arive'"])
        #expect(q.rows == 16)
        #expect(q.rejected == 1)
    }

    @Test func eventMatchesCaseInsensitively() throws {
        let text = "ts,contact_id,event\n"
            + "2026-11-22T09:00:00Z,c1,Arrive\n"
            + "2026-11-22T09:00:10Z,c1, ANSWER \n"
            + "2026-11-22T09:00:20Z,c1,rEsOlVe\n"
            + "2026-11-22T09:00:30Z,c2,ARRIVE\n"
            + "2026-11-22T09:00:40Z,c2,Abandon\n"
        let loaded = try loadOne("events.csv", text)
        #expect(!loaded.store.ledger.hasProblems)
        let r = loaded.report()
        #expect(r.queue.offered == 2)
        #expect(r.queue.answered == 1)
        #expect(r.queue.abandoned == 1)
    }

    @Test func missingValuesRejectTheRow() throws {
        let text = Self.header
            + ",c1,arrive,,,,\n"
            + "2026-11-22T09:00:00Z,,arrive,,,,\n"
            + "2026-11-22T09:00:00Z,c1,,,,,\n"
        let q = try loadOne("events.csv", text).quality("events.csv")
        #expect(q.errors == ["events.csv:2: missing ts", "events.csv:3: missing contact_id", "events.csv:4: missing event"])
    }

    @Test func firstContactNotABooleanRejectsTheRow() throws {
        let text = Self.header
            + "2026-11-22T09:00:00Z,c1,arrive,,,,\n"
            + "2026-11-22T09:00:10Z,c1,answer,,,ana,\n"
            + "2026-11-22T09:01:00Z,c1,resolve,,,ana,maybe\n"
            + "2026-11-22T09:02:00Z,c1,resolve,,,ana,Yes\n"
            + "2026-11-22T09:00:00Z,c2,resolve,,,ana,1\n"
            + "2026-11-22T09:00:00Z,c3,resolve,,,ana,0\n"
            + "2026-11-22T09:00:00Z,c4,resolve,,,ana,no\n"
            + "2026-11-22T09:00:00Z,c5,resolve,,,ana,TRUE\n"
        let loaded = try loadOne("events.csv", text)
        let q = loaded.quality("events.csv")
        #expect(q.errors == ["events.csv:4: first_contact 'maybe' is not a boolean"])
        let r = loaded.report()
        // The rejected resolve did not close c1: the later one did, with its own value.
        #expect(r.queue.ahtSeconds == 110) // only c1 has an answer, so a handle time
        #expect(r.queue.fcrPercent == 60)
    }

    @Test func negativeDurationsRejectTheLaterEvent() throws {
        let text = Self.header
            + "2026-11-22T09:00:00Z,w,arrive,,,,\n"
            + "2026-11-22T08:59:00Z,w,answer,,,,\n" // negative wait
            + "2026-11-22T09:00:30Z,w,answer,,,,\n" // the contact stays: this one counts
            + "2026-11-22T09:00:20Z,w,resolve,,,,\n" // negative handle time
            + "2026-11-22T09:10:00Z,a,arrive,,,,\n"
            + "2026-11-22T09:09:00Z,a,abandon,,,,\n" // negative abandon wait
            + "2026-11-22T09:20:00Z,r,arrive,,,,\n"
            + "2026-11-22T09:19:00Z,r,resolve,,,,\n" // negative resolution time
            + "2026-11-22T09:30:00Z,x,answer,,,,\n"
            + "2026-11-22T09:31:00Z,x,arrive,,,,\n" // arrive after its answer: negative wait
        let loaded = try loadOne("events.csv", text)
        let q = loaded.quality("events.csv")
        #expect(q.errors == [
            "events.csv:3: answer before arrive for contact 'w' (negative wait)",
            "events.csv:5: resolve before answer for contact 'w' (negative handle time)",
            "events.csv:7: abandon before arrive for contact 'a' (negative wait)",
            "events.csv:9: resolve before arrive for contact 'r' (negative resolution time)",
            "events.csv:11: arrive after its answer for contact 'x' (negative wait)",
        ])
        #expect(q.rejected == 5)
        #expect(q.orphans == 1)
        let r = loaded.report()
        #expect(r.queue.offered == 3)
        #expect(r.queue.answered == 2)
        #expect(r.queue.asaSeconds == 30)
        #expect(r.queue.abandoned == 0)
        #expect(r.queue.ahtSeconds == nil)
    }

    @Test func orphansCountButGiveNoWait() throws {
        let text = Self.header
            + "2026-11-22T09:00:00Z,o1,answer,,,ana,\n"
            + "2026-11-22T09:05:00Z,o1,resolve,,,ana,yes\n"
            + "2026-11-22T09:00:00Z,o2,abandon,,,,\n"
            + "2026-11-22T09:00:00Z,o3,resolve,,,,\n"
            + "2026-11-22T09:00:00Z,c1,arrive,,,,\n"
            + "2026-11-22T09:00:08Z,c1,answer,,,,\n"
        let loaded = try loadOne("events.csv", text)
        let q = loaded.quality("events.csv")
        #expect(q.orphans == 3)
        #expect(q.rejected == 0)
        let r = loaded.report()
        #expect(r.queue.offered == 1)
        #expect(r.queue.answered == 2)
        #expect(r.queue.asaSeconds == 8)
        #expect(r.queue.abandoned == 1) // an orphan abandon is never short
        #expect(r.queue.ahtSeconds == 300)
    }

    @Test func duplicateEventsAreRejectedAndTheFirstKept() throws {
        let dir = try TempDataDir([
            "events-a.csv": Self.header
                + "2026-11-22T09:00:00Z,c1,arrive,,first,,\n"
                + "2026-11-22T09:00:10Z,c1,answer,,,ana,\n",
            "events-b.csv": Self.header
                + "2026-11-22T08:00:00Z,c1,arrive,,second,,\n"
                + "2026-11-22T09:00:20Z,c1,answer,,,bo,\n"
                + "2026-11-22T09:01:00Z,c1,resolve,,,,\n"
                + "2026-11-22T09:02:00Z,c1,resolve,,,,\n"
                + "2026-11-22T09:02:00Z,c1,abandon,,,,\n",
        ])
        let loaded = try dir.load()
        #expect(loaded.quality("events-a.csv").rejected == 0)
        let b = loaded.quality("events-b.csv")
        #expect(b.errors == [
            "events-b.csv:2: second arrive for contact 'c1'",
            "events-b.csv:3: second answer for contact 'c1'",
            "events-b.csv:5: second resolve for contact 'c1'",
            "events-b.csv:6: abandon after answer for contact 'c1'",
        ])
        let r = loaded.report()
        #expect(r.queue.offered == 1)
        #expect(r.queue.asaSeconds == 10)
        #expect(r.queue.ahtSeconds == 50)
        #expect(r.byQueue.keys.sorted() == ["first"])
    }

    @Test func waitingPastTheForgetHorizonIsUnclosed() throws {
        let text = Self.header
            + "2026-11-22T00:00:00Z,old,arrive,,,,\n"
            + "2026-11-22T13:00:00Z,new,arrive,,,,\n"
        let loaded = try loadOne("events.csv", text)
        let r = loaded.report(asOf: utc(2026, 11, 22, 13, 30))
        #expect(r.queue.waitingNow == 1)
        #expect(r.dataQuality.first { $0.path == "events.csv" }?.unclosed == 1)
    }

    @Test func cutoffSkipsLaterRowsWithoutRejecting() throws {
        let dir = try TempDataDir(["events.csv": Self.header
            + "2026-11-22T09:00:00Z,c1,arrive,,,,\n"
            + "2026-11-22T10:00:00Z,c2,arrive,,,,\n"])
        let loaded = try dir.load(cutoff: utc(2026, 11, 22, 9, 30))
        #expect(loaded.store.skippedAfterCutoff == 1)
        #expect(loaded.quality("events.csv").rejected == 0)
        #expect(loaded.report(asOf: utc(2026, 11, 22, 9, 30)).queue.offered == 1)
    }
}

/// DATA.md: a time before 1970-01-01 or from 2100-01-01 on (UTC) is a bad row.
/// One stray year-0001 row made a 740,000-day `all` trend before.
@Suite("Timestamps out of range")
struct TimestampRangeTests {
    @Test func year0001And2100AreBadRowsAndTheTrendStaysShort() throws {
        let text = """
        ts,contact_id,event,channel
        2026-11-22T09:00:00Z,a,arrive,phone
        0001-01-01T00:00:00Z,b,arrive,phone
        2100-01-01T00:00:00Z,c,arrive,phone
        2099-12-31T23:59:59Z,d,arrive,phone
        -1,e,arrive,phone
        2026-11-22T09:00:10Z,a,answer,phone
        """
        let loaded = try loadOne("events.csv", text)
        let q = loaded.quality("events.csv")
        // b (year 1), c (2100), e (1969) are rejected; a and d are read.
        #expect(q.rejected == 3)
        #expect(q.errors.contains { $0.contains(":3:") && $0.contains("before 1970 or from 2100 on") })
        let r = loaded.store.report(window: .all, asOf: utc(2026, 11, 22, 10))
        // d is after as-of: not counted. The trend is one day, not 740,000.
        #expect(r.queue.offered == 1)
        #expect(r.trend.count == 1)
    }
}
