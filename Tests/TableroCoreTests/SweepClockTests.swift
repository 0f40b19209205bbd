import Foundation
import Testing
@testable import TableroCore

/// The sweep that forgets old contacts (`MetricsStore.sweep`) goes by the
/// newest row of the file being read, so a directory split into files that
/// cover the same weeks (a file per queue or site) gives what one file gives.
@Suite struct SweepClockTests {
    /// Both files' rows through the store, `newer.csv` first as a directory
    /// read would when its name sorts first; and `older.csv`'s file id.
    static func store(readingNewerFirst: Bool) -> (MetricsStore, older: Int32) {
        var store = MetricsStore()
        let newer = store.ledger.fileID(path: "newer.csv", kind: .events)
        let older = store.ledger.fileID(path: "older.csv", kind: .events)
        var line: Int32 = 1
        func add(_ kind: ContactEventKind, _ id: String, _ time: Double, _ file: Int32) {
            line += 1
            store.add(ContactEvent(time: time, contactID: id, kind: kind, channel: "phone", queue: "sales"),
                      origin: RowOrigin(file: file, line: line))
        }
        func readNewer() {
            for n in 0..<25_000 {
                add(.arrive, "n\(n)", mar2 + 9 * day, newer)
                add(.resolve, "n\(n)", mar2 + 9 * day + 60, newer)
            }
        }
        if readingNewerFirst { readNewer() }
        add(.arrive, "x", mar2, older)
        for o in 0..<25_000 {
            add(.arrive, "o\(o)", mar2 + 30, older)
            add(.resolve, "o\(o)", mar2 + 30, older)
        }
        add(.answer, "x", mar2 + 60, older)
        if !readingNewerFirst { readNewer() }
        return (store, older)
    }

    @Test("a file read after one with later rows keeps its waiting contacts until their answers")
    func laterRowsOfAnotherFileDoNotAgeThisOne() {
        // newer.csv: 25,000 contacts arrive and resolve on 11 Mar (50,000
        // rows; a sweep after them, at 11 Mar, forgets none).
        // older.csv: x arrives 2 Mar 00:00:00; 25,000 contacts arrive and
        // resolve at 00:00:30 (50,000 more rows: the second sweep runs among
        // them); x is answered at 00:01:00.
        // By older.csv's newest row (00:00:30) x has waited 30 s at that
        // sweep: kept, and its answer gives a wait of 60 s.
        // By the newest row of both files (11 Mar) x had waited 9 days, past
        // the 12 h horizon: forgotten as unclosed, its answer an orphan.
        let (store, older) = Self.store(readingNewerFirst: true)
        #expect(store.eventsSinceSweep < 50_000, "a sweep ran while older.csv was read")
        #expect(store.ledger.files[Int(older)].orphans == 0)
        #expect(store.ledger.files[Int(older)].unclosed == 0)
        // 2 Mar, as-of 12:00: x answered after 60 s, the only wait.
        let q = store.report(window: .today, asOf: mar2 + 12 * hour).queue
        #expect(q.answered == 1)
        #expect(near(q.asaSeconds, 60))
        // The same figures as reading older.csv first.
        let (inOrder, _) = Self.store(readingNewerFirst: false)
        let (a, b) = (inOrder.report(window: .all, asOf: mar2 + 10 * day), store.report(window: .all, asOf: mar2 + 10 * day))
        #expect(a.queue == b.queue && a.queue.answered == 1 && near(a.queue.asaSeconds, 60))
        #expect(a.dataQuality == b.dataQuality)
    }

    @Test("within one file the sweep still forgets by that file's newest row")
    func aFileStillForgetsItsOwnOldContacts() {
        // One file: w arrives 2 Mar 00:00 and is never answered; 50,000
        // rows of 25,000 contacts arriving and resolving at 14:00 (past the
        // 12 h horizon after w's arrive) make the sweep run at 14:00.
        // w is forgotten as unclosed then, not at the report.
        var store = MetricsStore()
        let file = store.ledger.fileID(path: "events.csv", kind: .events)
        var line: Int32 = 1
        func add(_ kind: ContactEventKind, _ id: String, _ time: Double) {
            line += 1
            store.add(ContactEvent(time: time, contactID: id, kind: kind, channel: "phone", queue: "sales"),
                      origin: RowOrigin(file: file, line: line))
        }
        add(.arrive, "w", mar2)
        for n in 0..<25_000 {
            add(.arrive, "c\(n)", mar2 + 14 * hour)
            add(.resolve, "c\(n)", mar2 + 14 * hour)
        }
        #expect(store.eventsSinceSweep < 50_000, "a sweep ran")
        #expect(store.ledger.files[Int(file)].unclosed == 1)
        #expect(!store.hasContact("w"))
    }

    @Test("a contact's resolve in a file read later, over the same days, still finds its answer")
    func aFileStillToComeHoldsTheClockBack() {
        // acd.csv: y arrives 2 Mar 00:00:00 and is answered at 00:01:00;
        // 25,000 contacts arrive and are answered on 11 Mar (50,000 rows:
        // a sweep runs among them, by acd.csv's newest row 9 days on).
        // crm.csv, read after it, starts 2 Mar 00:11:00 (told beforehand):
        // y's resolve. The sweep goes by 00:11:00, not 11 Mar: y, in
        // service 10 minutes, is kept, and its resolve gives a handle time
        // of 600 s and a resolution time of 660 s. By 11 Mar, y was in
        // service over 7 days: forgotten, and the resolve an orphan.
        func load(tellingCRMStart: Bool) -> (MetricsStore, crm: Int32) {
            var store = MetricsStore()
            let acd = store.ledger.fileID(path: "acd.csv", kind: .events)
            let crm = store.ledger.fileID(path: "crm.csv", kind: .events)
            if tellingCRMStart { store.expectContactRows(in: [("crm.csv", mar2 + 11 * minute, nil)]) }
            var line: Int32 = 1
            func add(_ kind: ContactEventKind, _ id: String, _ time: Double, _ file: Int32) {
                line += 1
                store.add(ContactEvent(time: time, contactID: id, kind: kind, channel: "phone", queue: "sales"),
                          origin: RowOrigin(file: file, line: line))
            }
            add(.arrive, "y", mar2, acd)
            add(.answer, "y", mar2 + minute, acd)
            for n in 0..<25_000 {
                add(.arrive, "n\(n)", mar2 + 9 * day, acd)
                add(.answer, "n\(n)", mar2 + 9 * day + 30, acd)
            }
            add(.resolve, "y", mar2 + 11 * minute, crm)
            add(.resolve, "n0", mar2 + 9 * day + 90, crm)
            // crm.csv has begun: nothing is to come, the clock is its own (11 Mar).
            #expect(store.sweepClock == store.sweepNow)
            store.endExpectedContactRows()
            return (store, crm)
        }
        let (store, crm) = load(tellingCRMStart: true)
        #expect(store.eventsSinceSweep < 50_000, "a sweep ran while acd.csv was read")
        #expect(store.ledger.files[Int(crm)].orphans == 0)
        let q = store.report(window: .today, asOf: mar2 + 12 * hour).queue
        #expect(near(q.ahtSeconds, 600))
        #expect(near(q.resolutionSeconds, 660))
        // Not told, the sweep went by 11 Mar.
        let (untold, untoldCRM) = load(tellingCRMStart: false)
        #expect(untold.ledger.files[Int(untoldCRM)].orphans == 1)
        // Told and ended, the clock is the file's own again.
        #expect(store.sweepClock == store.sweepNow)
    }

    @Test("the files still to come: the earliest start of those after the last begun, a start at -infinity holding everything")
    func laterFilesFloor() {
        var later = LaterContactFiles()
        #expect(later.floor == .infinity && later.isEmpty)
        // Read order b, c, d, starting at 30, 10 and 20; e at -infinity, which holds everything (as a start not known would).
        later.expect([("b", 30, nil), ("c", 10, nil), ("d", 20, nil), ("e", -.infinity, nil)])
        #expect(later.floor == -.infinity)
        later.expect([("e", 40, nil)])
        // Before b: min(30, 10, 20, 40) = 10.
        #expect(later.floor == 10 && later.expects("b"))
        later.begin("b")
        #expect(later.floor == 10 && !later.expects("b"))
        // c begins: d and e remain, min(20, 40) = 20.
        later.begin("c")
        #expect(later.floor == 20)
        // e begins before d's rows came (d had none): nothing is to come.
        later.begin("e")
        #expect(later.floor == .infinity && later.isEmpty && !later.expects("d"))
        // A file begun again, or not expected, changes nothing.
        later.begin("c")
        later.begin("x")
        #expect(later.floor == .infinity)
    }

    @Test("a file written newest first keeps a contact until its earliest rows, which come last")
    func aFileWrittenNewestFirstHoldsTheClockBack() {
        // export.csv, newest first: 25,000 contacts arrive and resolve on
        // 11 Mar (50,000 rows: a sweep after them, at 11 Mar, forgets none);
        // y's resolve, 2 Mar 00:11:00; 25,000 contacts arrive and resolve at
        // 00:05:00 (50,000 rows: a sweep among them); y's answer at 00:01:00
        // and arrive at 00:00:00. Told its earliest row is 00:00:00, the
        // sweep goes by that: y, resolved at 00:11, is kept, and its answer
        // and arrive pair with the resolve: wait 60 s, handle time 600 s
        // (the only one), resolution time 660 s. By its newest row (11 Mar), y was closed
        // over 48 h: forgotten, and its answer and arrive a new contact
        // with no resolve (no handle time).
        func load(tellingEarliest: Bool) -> MetricsStore {
            var store = MetricsStore()
            let file = store.ledger.fileID(path: "export.csv", kind: .events)
            if tellingEarliest { store.expectContactRows(in: [("export.csv", mar2, mar2)]) }
            var line: Int32 = 1
            func add(_ kind: ContactEventKind, _ id: String, _ time: Double) {
                line += 1
                store.add(ContactEvent(time: time, contactID: id, kind: kind, channel: "phone", queue: "sales"),
                          origin: RowOrigin(file: file, line: line))
            }
            for n in 0..<25_000 {
                add(.resolve, "n\(n)", mar2 + 9 * day + 60)
                add(.arrive, "n\(n)", mar2 + 9 * day)
            }
            add(.resolve, "y", mar2 + 11 * minute)
            for o in 0..<25_000 {
                add(.resolve, "o\(o)", mar2 + 5 * minute)
                add(.arrive, "o\(o)", mar2 + 5 * minute)
            }
            add(.answer, "y", mar2 + minute)
            add(.arrive, "y", mar2)
            #expect(store.eventsSinceSweep < 50_000, "a sweep ran among the 00:05 rows")
            store.endExpectedContactRows()
            return store
        }
        let q = load(tellingEarliest: true).report(window: .today, asOf: mar2 + 12 * hour).queue
        #expect(q.answered == 1 && near(q.asaSeconds, 60))
        #expect(near(q.ahtSeconds, 600))
        // Resolution: y's 660 s among the 25,000 contacts of 00:05 that
        // resolved as they arrived: 660 / 25,001 = 0.0263989... s.
        #expect(near(q.resolutionSeconds, 660.0 / 25_001))
        // Not told: the resolve was forgotten before the answer came.
        #expect(load(tellingEarliest: false).report(window: .today, asOf: mar2 + 12 * hour).queue.ahtSeconds == nil)
    }

    @Test("a file written newest first holds the clock only while it is read")
    func holdLastsWhileTheFileIsRead() {
        var later = LaterContactFiles()
        // a (newest first, earliest row 5), then b starting at 50.
        later.expect([("a", 5, 5), ("b", 50, nil)])
        later.begin("a")
        #expect(later.floor == 5 && !later.isEmpty)
        later.begin("b")
        #expect(later.floor == .infinity && later.isEmpty)
    }
}
