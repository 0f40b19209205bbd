import Foundation
import Testing
@testable import TableroIngest
import TableroCore

/// Asterisk `queue_log`: pipe-separated, events read by name.
@Suite("queue_log reader")
struct QueueLogReaderTests {
    /// 2026-11-22T09:00:00Z.
    static let t0 = 1_795_338_000

    /// `epoch|rest` with the epoch `seconds` after t0.
    static func at(_ seconds: Int, _ rest: String) -> String { "\(t0 + seconds)|\(rest)\n" }

    static let calls = [
        at(0, "NONE|NONE|NONE|QUEUESTART|"),
        at(1, "NONE|NONE|NONE|CONFIGRELOAD|"),
        at(2, "NONE|support|Agent/Jane Doe|AGENTLOGIN|SIP/1001-00000001"),
        at(3, "NONE|support|SIP/2002|ADDMEMBER|"),
        at(4, "NONE|support|SIP/3003|ADDMEMBER|"),
        at(5, "NONE|support|SIP/4004|ADDMEMBER|"),
        at(6, "NONE|support|SIP/3003|PAUSE|Lunch"),
        at(7, "NONE|support|SIP/4004|PAUSE|"),
        at(8, "NONE|support|SIP/4004|UNPAUSE|"),
        at(9, "NONE|support|SIP/2002|REMOVEMEMBER|"),
        at(10, "MANAGER|support|SIP/5005|CUSTOMAGENTTHING|x|y"),
        // c1: a callid with a system-name prefix, answered by an agent whose name has a space.
        at(100, "psy1-1292281041.87|support|NONE|ENTERQUEUE||5551234"),
        at(110, "psy1-1292281041.87|support|Agent/Jane Doe|RINGNOANSWER|2000"),
        at(111, "psy1-1292281041.87|support|Agent/Jane Doe|RINGCANCELED|1000"),
        at(112, "psy1-1292281041.87|support|Agent/Jane Doe|CONNECT|12|psy1-1292281041.88"),
        at(412, "psy1-1292281041.87|support|Agent/Jane Doe|COMPLETECALLER|12|300|1"),
        // c2..c6: every kind of abandon, with 2 to 5 data fields.
        at(120, "1292281100.2|support|NONE|ENTERQUEUE||5551235|1"),
        at(160, "1292281100.2|support|NONE|ABANDON|1|1|40"),
        at(130, "c3|support|NONE|ENTERQUEUE|url|555|2|extra"),
        at(190, "c3|support|NONE|EXITWITHTIMEOUT|1|1|60"),
        at(140, "c4|support|NONE|ENTERQUEUE||555"),
        at(150, "c4|support|NONE|EXITEMPTY|1|1|10"),
        at(141, "c5|support|NONE|ENTERQUEUE||555"),
        at(161, "c5|support|NONE|EXITWITHKEY|5|1|1|20"),
        at(142, "c6|support|NONE|ENTERQUEUE||555"),
        at(172, "c6|support|NONE|WITHDRAW|1|1|30|caller gave up"),
        // c7..c10: transfers with varying fields, a NONE queue, a short CONNECT.
        at(200, "c7|support|NONE|ENTERQUEUE||555"),
        at(205, "c7|support|SIP/4004|CONNECT|5|c7b|3"),
        at(405, "c7|support|SIP/4004|TRANSFER|100|default|5|200|1"),
        at(210, "c8|support|NONE|ENTERQUEUE||555"),
        at(217, "c8|support|SIP/4004|CONNECT|7|c8b|2"),
        at(467, "c8|support|SIP/4004|ATTENDEDTRANSFER|BRIDGE|1234-5678|7|250|1"),
        at(220, "c9|NONE|NONE|ENTERQUEUE||555"),
        at(224, "c9|NONE|SIP/4004|CONNECT|4|c9b|1"),
        at(404, "c9|NONE|SIP/4004|COMPLETEAGENT|4|180|1"),
        at(230, "c10|support|NONE|ENTERQUEUE||555"),
        at(233, "c10|support|Agent/Jane Doe|CONNECT|3"),
        at(333, "c10|support|Agent/Jane Doe|ATTENDEDTRANSFER|LINK|chan1|chan2|3|100|1"),
        at(500, "c9|support|NONE|AGENTDUMP"),
        at(501, "NONE|NONE|NONE|SYSCOMPAT|"),
        at(502, "REALTIME|NONE|NONE|MYCUSTOMEVENT|a|b|c"),
    ].joined()

    @Test func callsAbandonCausesAndSkippedEvents() throws {
        let loaded = try loadOne("queue_log", Self.calls)
        let q = loaded.quality("queue_log")
        #expect(q.errors.isEmpty)
        #expect(q.rejected == 0)
        #expect(q.orphans == 0)
        #expect(q.rows == Self.calls.split(separator: "\n").count)
        let r = loaded.report()
        #expect(r.queue.offered == 10)
        #expect(r.queue.answered == 5)
        #expect(r.queue.asaSeconds == 6.2)
        #expect(r.queue.abandoned == 5)
        #expect(r.queue.abandonedByCause == ["caller": 1, "timeout": 1, "empty": 1, "key": 1, "withdrawn": 1])
        #expect(r.queue.ahtSeconds == 206)
        // Every queue_log contact is on the phone channel; queue NONE is no queue.
        #expect(r.byChannel.keys.sorted() == ["phone"])
        #expect(r.byChannel["phone"]?.offered == 10)
        #expect(r.byQueue.keys.sorted() == ["support"])
        #expect(r.byQueue["support"]?.offered == 9)
    }

    @Test func agentEventsDriveTheAgentsFigure() throws {
        let loaded = try loadOne("queue_log", Self.calls)
        // Long after the last answer, so only queue_log's agent state counts:
        // Jane Doe logged in, SIP/4004 a member and unpaused; SIP/3003 paused,
        // SIP/2002 removed.
        let r = loaded.report(asOf: Double(Self.t0 + 6 * 3600))
        #expect(r.queue.agents == 2)
        // Both in support: Jane Doe's AGENTLOGIN names the queue, as
        // SIP/4004's ADDMEMBER does (her login counted in no queue before).
        #expect(r.byQueue["support"]?.agents == 2)
        #expect(r.byChannel["phone"]?.agents == 2)
    }

    @Test func logoffAndPauseAll() throws {
        let text = [
            Self.at(0, "NONE|NONE|Agent/1|AGENTLOGIN|SIP/1"),
            Self.at(1, "NONE|NONE|Agent/1|AGENTLOGOFF|SIP/1|100"),
            Self.at(2, "NONE|sales|SIP/2|ADDMEMBER|"),
            Self.at(3, "NONE|NONE|SIP/2|PAUSEALL|"),
            Self.at(4, "NONE|sales|SIP/3|ADDMEMBER|"),
            Self.at(5, "NONE|NONE|SIP/3|PAUSEALL|"),
            Self.at(6, "NONE|NONE|SIP/3|UNPAUSEALL|"),
            Self.at(7, "NONE|sales|NONE|ADDMEMBER|"), // no agent: nothing to track
        ].joined()
        let loaded = try loadOne("queue_log", text)
        #expect(!loaded.store.ledger.hasProblems)
        #expect(loaded.report(asOf: Double(Self.t0 + 60)).queue.agents == 1)
    }

    @Test func badLinesAreRejectedAndOthersRead() throws {
        let text = [
            Self.at(0, "c1|support|NONE|ENTERQUEUE||555"),
            Self.at(1, "c1|support"), // 3 fields
            "\n", // blank: skipped
            "12ab|c2|support|NONE|ENTERQUEUE||555\n",
            Self.at(2, "|support|NONE|ENTERQUEUE||555"),
            Self.at(3, " |support|NONE|abandon|1|1|5"),
            Self.at(4, "c1|support|Agent/X|CONNECT|4"),
            "-5|c3|support|NONE|ENTERQUEUE||555\n",
            Self.at(5, "|NONE|NONE|QUEUESTART|"), // not a call event: an empty callid is fine
            "\(Self.t0 + 6)|c4|support|NONE|ENTERQUEUE||555", // no newline at the end
        ].joined()
        let loaded = try loadOne("queue_log", text)
        let q = loaded.quality("queue_log")
        #expect(q.errors == [
            "queue_log:2: queue_log line has 3 fields, needs at least 5",
            "queue_log:4: queue_log epoch '12ab' is not a number",
            "queue_log:5: queue_log ENTERQUEUE without a callid",
            "queue_log:6: queue_log ABANDON without a callid",
            "queue_log:8: queue_log epoch '-5' is before 1970 or from 2100 on",
        ])
        #expect(q.rows == 9)
        #expect(q.rejected == 5)
        let r = loaded.report()
        #expect(r.queue.offered == 2)
        #expect(r.queue.answered == 1)
        #expect(r.queue.asaSeconds == 4)
    }

    @Test func callsWhoseEnterQueueWasNotSeenAreOrphans() throws {
        let text = [
            Self.at(10, "m1|support|SIP/1|CONNECT|30|m1b|2"),
            Self.at(70, "m1|support|SIP/1|COMPLETEAGENT|30|60|1"),
            Self.at(20, "m2|support|NONE|EXITWITHTIMEOUT|1|1|300"),
        ].joined()
        let loaded = try loadOne("queue_log", text)
        let q = loaded.quality("queue_log")
        #expect(q.orphans == 2)
        #expect(q.rejected == 0)
        let r = loaded.report()
        #expect(r.queue.offered == 0)
        #expect(r.queue.answered == 1)
        #expect(r.queue.asaSeconds == nil)
        #expect(r.queue.ahtSeconds == 60)
        #expect(r.queue.abandonedByCause == ["timeout": 1])
    }

    @Test func rotatedFilesAreAllRead() throws {
        let dir = try TempDataDir([
            "queue_log.1": Self.at(0, "r1|support|NONE|ENTERQUEUE||555") + Self.at(10, "r1|support|A|CONNECT|10"),
            "queue_log-20261121": Self.at(-86_400, "r2|support|NONE|ENTERQUEUE||555"),
            "queue_log": Self.at(20, "r3|support|NONE|ENTERQUEUE||555"),
        ])
        let loaded = try dir.load()
        #expect(loaded.files.map(\.path) == ["queue_log.1", "queue_log-20261121", "queue_log"])
        #expect(loaded.files.allSatisfy { $0.kind == .queueLog })
        #expect(!loaded.store.ledger.hasProblems)
        #expect(loaded.report().queue.offered == 3)
    }

    @Test func crlfLinesAndSurroundingSpaces() throws {
        let text = "\(Self.t0)| c1 | support | NONE | ENTERQUEUE ||555\r\n\(Self.t0 + 9)|c1|support|Agent/Jane Doe|connect|9\r\n"
        let loaded = try loadOne("queue_log", text)
        #expect(!loaded.store.ledger.hasProblems)
        let r = loaded.report()
        #expect(r.queue.asaSeconds == 9)
        #expect(r.byQueue["support"]?.answered == 1)
    }

    /// Times come from line timestamps only (DATA.md, "queue_log"):
    ///   b1 CONNECT at 10, BLINDTRANSFER as Asterisk 1.4 writes it (extension,
    ///      context, holdtime 12, calltime 240: no origposition) at 250 → handle 240
    ///   b2 CONNECT at 20, COMPLETEAGENT with a corrupt calltime −99999999 at 80 → handle 60
    /// AHT = (240 + 60) / 2 = 150 s. Reading the data fields gave 12 s and −33 million.
    @Test func handleTimesComeFromLineTimestampsNotDataFields() throws {
        let text = [
            Self.at(0, "b1|support|NONE|ENTERQUEUE||555"),
            Self.at(10, "b1|support|SIP/1|CONNECT|10"),
            Self.at(250, "b1|support|SIP/1|BLINDTRANSFER|1234|default|12|240"),
            Self.at(0, "b2|support|NONE|ENTERQUEUE||555"),
            Self.at(20, "b2|support|SIP/2|CONNECT|20"),
            Self.at(80, "b2|support|SIP/2|COMPLETEAGENT|20|-99999999|1"),
        ].joined()
        let r = try loadOne("queue_log", text).report()
        #expect(r.queue.ahtSeconds == 150)
    }

    /// An epoch before 1970 or from 2100 on is a bad row; the rows around it count.
    @Test func epochsOutsideTheCenturyAreBadRows() throws {
        let text = [
            Self.at(0, "g1|support|NONE|ENTERQUEUE||555"),
            "4102444800|g2|support|NONE|ENTERQUEUE||555\n",
            "-5|g3|support|NONE|ENTERQUEUE||555\n",
        ].joined()
        let loaded = try loadOne("queue_log", text)
        let q = loaded.quality("queue_log")
        #expect(q.rejected == 2)
        #expect(q.errors.first?.contains("before 1970 or from 2100 on") == true)
        #expect(loaded.report().queue.offered == 1)
    }
}
