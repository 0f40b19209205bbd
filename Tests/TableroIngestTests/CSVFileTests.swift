import Foundation
import Testing
@testable import TableroIngest
import TableroCore

/// CSV as a whole file through `DirectoryLoader`: header, BOM, blank rows,
/// file-level errors, records across the 1 MiB read chunk.
@Suite("CSV files")
struct CSVFileTests {
    @Test func bomCRLFAnyColumnOrderAndUnknownColumns() throws {
        let text = "\u{FEFF} Event ,TS,extra,Contact_ID,QUEUE\r\n"
            + "arrive,2026-11-22T09:00:00Z,zzz,c1,sales\r\n"
            + "ANSWER,2026-11-22T09:00:30Z,\"z,z\",c1,sales\r\n"
        let loaded = try loadOne("events.csv", text)
        let q = loaded.quality("events.csv")
        #expect(q.rows == 2)
        #expect(q.rejected == 0)
        #expect(q.errors.isEmpty)
        let r = loaded.report()
        #expect(r.queue.offered == 1)
        #expect(r.queue.answered == 1)
        #expect(r.queue.asaSeconds == 30)
        #expect(r.byQueue["sales"]?.offered == 1)
        // No channel column: a missing optional column is fine, no channel group.
        #expect(r.byChannel.isEmpty)
    }

    @Test func missingRequiredColumnIsAFileErrorNotACrash() throws {
        let dir = try TempDataDir([
            "events.csv": "contact_id,event,queue\nc1,arrive,sales\nc2,arrive,sales\n",
            "events-2.csv": "ts,contact_id,event\n2026-11-22T09:00:00Z,c3,arrive\n",
        ])
        let loaded = try dir.load()
        let bad = loaded.quality("events.csv")
        #expect(bad.errors == ["events.csv:1: missing required column 'ts' in the header"])
        #expect(bad.unreadable)
        #expect(bad.rows == 0)
        #expect(bad.rejected == 0)
        #expect(loaded.store.ledger.hasProblems)
        // The report carries it under data quality.
        let inReport = loaded.report(asOf: utc(2026, 11, 22, 10)).dataQuality.first { $0.path == "events.csv" }
        #expect(inReport?.errors == ["events.csv:1: missing required column 'ts' in the header"])
        // The other file is read.
        #expect(loaded.quality("events-2.csv").rows == 1)
        #expect(loaded.report().queue.offered == 1)
    }

    @Test func severalMissingColumnsAreListedOnTheHeaderLine() throws {
        let loaded = try loadOne("events.csv", "\n\ncontact_id,channel\nc1,phone\n")
        #expect(loaded.quality("events.csv").errors
            == ["events.csv:3: missing required columns 'ts', 'event' in the header"])
    }

    @Test func shortRowIsPaddedAndExtraFieldsIgnored() throws {
        let text = "ts,contact_id,event,queue,agent,channel\n"
            + "2026-11-22T09:00:00Z,c1,arrive\n" // short: queue, agent, channel empty
            + "2026-11-22T09:00:10Z,c1,answer,,ana,chat,extra,more\n" // extra fields
            + "2026-11-22T09:00:20Z,c2\n" // short and missing a required value
        let loaded = try loadOne("events.csv", text)
        let q = loaded.quality("events.csv")
        #expect(q.rows == 3)
        #expect(q.rejected == 1)
        #expect(q.errors == ["events.csv:4: missing event"])
        let r = loaded.report()
        #expect(r.queue.offered == 1)
        #expect(r.queue.answered == 1)
        #expect(r.queue.asaSeconds == 10)
    }

    @Test func blankLinesAndRowsOfEmptyFieldsAreSkippedAndNotCounted() throws {
        let text = "\n\r\nts,contact_id,event\n"
            + "\n"
            + "2026-11-22T09:00:00Z,c1,arrive\n"
            + ",,\n"
            + "  ,\t, \r\n"
            + "\"\",\"\",\"\"\n"
            + "\r\n"
            + "2026-11-22T09:01:00Z,c2,arrive\n"
            + "\n\n"
        let loaded = try loadOne("events.csv", text)
        let q = loaded.quality("events.csv")
        #expect(q.rows == 2)
        #expect(q.rejected == 0)
        #expect(q.errors.isEmpty)
        #expect(loaded.report().queue.offered == 2)
    }

    @Test func lastLineWithoutNewlineCounts() throws {
        let loaded = try loadOne("events.csv", "ts,contact_id,event\n2026-11-22T09:00:00Z,c1,arrive\n2026-11-22T09:00:05Z,c2,arrive")
        #expect(loaded.quality("events.csv").rows == 2)
        #expect(loaded.report().queue.offered == 2)
    }

    @Test func unterminatedQuoteIsReportedAndFollowingLinesRead() throws {
        let text = "ts,contact_id,event,queue\n"
            + "2026-11-22T09:00:00Z,c1,arrive,\"sales\n"
            + "2026-11-22T09:01:00Z,c2,arrive,support\n"
            + "2026-11-22T09:02:00Z,c3,arrive,support\n"
        let loaded = try loadOne("events.csv", text)
        let q = loaded.quality("events.csv")
        #expect(q.errors == ["events.csv:2: unterminated quoted field"])
        #expect(q.rows == 3)
        #expect(q.rejected == 1)
        let r = loaded.report()
        #expect(r.queue.offered == 2)
        #expect(r.byQueue["support"]?.offered == 2)
    }

    @Test func errorLinesCountQuotedLineBreaksAndTheHeader() throws {
        var text = "ts,contact_id,event,queue\n" // line 1
        text += "2026-11-22T09:00:00Z,c1,arrive,\"North\nSales\"\n" // lines 2-3
        for i in 4...16 { text += "2026-11-22T09:00:\(10 + i)Z,c\(i),arrive,x\n" } // lines 4-16
        text += "2026-11-22T09:01:00Z,c17,arive,x\n" // line 17
        text += "2026-11-22T09:01:01Z,\"c\n18\",nope,x\n" // lines 18-19, starts on 18
        let loaded = try loadOne("events.csv", text)
        let q = loaded.quality("events.csv")
        #expect(q.errors == ["events.csv:17: unknown event 'arive'", "events.csv:18: unknown event 'nope'"])
        #expect(q.rows == 16)
        #expect(loaded.report().byQueue["North\nSales"]?.offered == 1)
    }

    @Test func onlyTheFirstTenRejectionsAreKeptButAllCounted() throws {
        var text = "ts,contact_id,event\n"
        for i in 0..<25 { text += "2026-11-22T09:00:00Z,c\(i),bogus\n" }
        let q = try loadOne("events.csv", text).quality("events.csv")
        #expect(q.rows == 25)
        #expect(q.rejected == 25)
        #expect(q.errors.count == FileQuality.errorsKept)
        #expect(q.errors.first == "events.csv:2: unknown event 'bogus'")
        #expect(q.errors.last == "events.csv:11: unknown event 'bogus'")
    }

    /// A file larger than `FileCursor.chunkSize` with a quoted, multi-line
    /// record whose bytes straddle the end of the first read at `offset`.
    @Test(arguments: [1, 2, 10, 33, 34, 35, 36, 50, 60])
    func recordStraddlingTheReadChunk(offset: Int) throws {
        let chunk = FileCursor.chunkSize
        var text = "ts,contact_id,event,queue,agent\n"
        var n = 0
        func row(_ agent: String) -> String {
            n += 1
            return "\(1_795_338_000 + 2 * n),f\(n),arrive,fill,\(agent)\n"
        }
        while text.utf8.count < chunk - 200 { text += row("a") }
        // Pad so that the special record starts `offset` bytes before the chunk end.
        let bare = row("").utf8.count
        n -= 1
        let pad = chunk - offset - text.utf8.count - bare
        text += row(String(repeating: "p", count: pad))
        let special = "2026-11-22T09:00:00Z,special,arrive,\"Line one\r\nline two, \"\"quoted\"\"\",ana\r\n"
        #expect(text.utf8.count == chunk - offset)
        text += special
        text += "2026-11-22T09:00:00Z,after,arive,fill,a\n"
        // Newline bytes so far (a String splits "\r\n" as one Character).
        let linesBefore = text.utf8.filter { $0 == 0x0A }.count
        for _ in 0..<10 { text += row("a") }

        let loaded = try loadOne("events.csv", text)
        let q = loaded.quality("events.csv")
        #expect(q.rows == n + 2)
        #expect(q.rejected == 1)
        // The bad row is on the last line counted before the filler rows.
        #expect(q.errors == ["events.csv:\(linesBefore): unknown event 'arive'"])
        let r = loaded.report()
        #expect(r.queue.offered == n + 1)
        #expect(r.byQueue["Line one\r\nline two, \"quoted\""]?.offered == 1)
        #expect(r.byQueue["fill"]?.offered == n)
    }
}
