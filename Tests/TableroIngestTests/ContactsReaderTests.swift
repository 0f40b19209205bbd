import Foundation
import Testing
@testable import TableroIngest
import TableroCore

/// `contacts*.csv`: one finished contact per row, read as its events.
@Suite("contacts reader")
struct ContactsReaderTests {
    static let header = "contact_id,arrived_at,answered_at,abandoned_at,resolved_at,channel,queue,agent,first_contact,handle_seconds\n"

    @Test func rowsBecomeEventsAndBadRowsAreRejectedWhole() throws {
        let text = Self.header
            + "k1,2026-11-22T09:00:00Z,2026-11-22T09:00:20Z,,2026-11-22T09:10:20Z,phone,sales,ana,yes,\n" // line 2
            + "k2,2026-11-22T09:01:00Z,2026-11-22T09:01:10Z,,2026-11-22T09:03:10Z,chat,support,bo,no,90\n"
            + "k3,2026-11-22T09:02:00Z,,2026-11-22T09:02:30Z,,phone,sales,,,\n"
            + "k4,2026-11-22T09:03:00Z,2026-11-22T09:03:10Z,2026-11-22T09:03:20Z,,phone,sales,,,\n" // line 5
            + "k5,2026-11-22T09:05:00Z,2026-11-22T09:04:00Z,,,phone,sales,,,\n"
            + "k6,2026-11-22T09:05:00Z,2026-11-22T09:06:00Z,,2026-11-22T09:05:30Z,phone,sales,,,\n"
            + "k7,2026-11-22T09:05:00Z,,,2026-11-22T09:04:00Z,phone,sales,,,\n"
            + "k8,2026-11-22T09:05:00Z,2026-11-22T09:05:10Z,,2026-11-22T09:06:00Z,phone,sales,ana,maybe,\n"
            + "k9,2026-11-22T09:05:00Z,2026-11-22T09:05:10Z,,2026-11-22T09:06:00Z,phone,sales,ana,,-5\n" // line 10
            + "k1,2026-11-22T09:07:00Z,,,,phone,sales,,,\n"
            + "k11,,,,,phone,sales,,,\n"
            + "k12,2026-11-22T09:08:00Z,nonsense,,,phone,sales,,,\n"
            + "k10,2026-11-22T09:09:00Z,,,,phone,sales,,,\n"
        let loaded = try loadOne("contacts.csv", text)
        let q = loaded.quality("contacts.csv")
        #expect(q.errors == [
            "contacts.csv:5: both answered_at and abandoned_at",
            "contacts.csv:6: answered_at before arrived_at (negative wait)",
            "contacts.csv:7: resolved_at before answered_at (negative handle time)",
            "contacts.csv:8: resolved_at before arrived_at (negative resolution time)",
            "contacts.csv:9: first_contact 'maybe' is not a boolean",
            "contacts.csv:10: handle_seconds '-5' is negative",
            "contacts.csv:11: contact 'k1' seen before",
            "contacts.csv:12: missing arrived_at",
            "contacts.csv:13: bad timestamp in answered_at: 'nonsense'",
        ])
        #expect(q.rows == 13)
        #expect(q.rejected == 9)
        #expect(q.orphans == 0)
        let r = loaded.report(asOf: utc(2026, 11, 22, 9, 10))
        #expect(r.queue.offered == 4)
        #expect(r.queue.answered == 2)
        #expect(r.queue.asaSeconds == 15)
        #expect(r.queue.abandoned == 1)
        #expect(r.queue.fcrPercent == 50)
        #expect(r.queue.waitingNow == 1)
        #expect(r.queue.resolutionSeconds == 375)
        #expect(r.byChannel["chat"]?.offered == 1)
        #expect(r.byQueue["sales"]?.offered == 3)
    }

    @Test func handleSecondsOverridesResolveMinusAnswer() throws {
        let text = Self.header
            + "a,2026-11-22T09:00:00Z,2026-11-22T09:00:20Z,,2026-11-22T09:10:20Z,,,,,90\n"
            + "b,2026-11-22T09:00:00Z,2026-11-22T09:00:20Z,,2026-11-22T09:10:20Z,,,,,30.5\n"
            + "c,2026-11-22T09:00:00Z,2026-11-22T09:00:20Z,,2026-11-22T09:10:20Z,,,,,\n"
        let loaded = try loadOne("contacts.csv", text)
        #expect(!loaded.store.ledger.hasProblems)
        #expect(loaded.report().queue.ahtSeconds == 720.5 / 3.0)
    }

    @Test func onlyRequiredColumnsInAnyOrder() throws {
        let text = "Arrived_At,CONTACT_ID\n2026-11-22T09:00:00Z,only\n"
        let loaded = try loadOne("contacts-2026-11.csv", text)
        #expect(!loaded.store.ledger.hasProblems)
        #expect(loaded.report(asOf: utc(2026, 11, 22, 9, 1)).queue.waitingNow == 1)
    }

    @Test func missingArrivedAtColumnIsAFileError() throws {
        let loaded = try loadOne("contacts.csv", "contact_id,answered_at\nx,2026-11-22T09:00:00Z\n")
        #expect(loaded.quality("contacts.csv").errors == ["contacts.csv:1: missing required column 'arrived_at' in the header"])
    }

    @Test func contactSeenInEventsIsNotReadAgain() throws {
        let dir = try TempDataDir([
            "contacts.csv": Self.header + "e1,2026-11-22T09:00:00Z,,,,,,,,\n",
            "events.csv": "ts,contact_id,event\n2026-11-22T08:00:00Z,e1,arrive\n",
        ])
        let loaded = try dir.load()
        // Files are read in path order: contacts.csv before events.csv.
        #expect(loaded.quality("contacts.csv").rejected == 0)
        #expect(loaded.quality("events.csv").errors == ["events.csv:2: second arrive for contact 'e1'"])
    }
}
