import Foundation
import Testing
@testable import TableroIngest
import TableroCore

/// METRICS.md, "Abandon causes and recent abandons", on queue_log lines.
/// t0 = 2026-11-22T09:00:00Z; as-of t0 + 1 h.
///
///   a1 ENTERQUEUE at 0 caller 5551001, ABANDON at 30          caller, waited 30
///   a2 ENTERQUEUE at 10 caller 5551002, EXITWITHTIMEOUT at 70  timeout, waited 60
///   a3 ENTERQUEUE at 20 (no caller), EXITWITHKEY at 70         key, waited 50 (ties a2 at 70: a2 first by id)
///   a4 ENTERQUEUE at 30 caller 5551004, EXITEMPTY at 33        3 s < 5: short, not listed, not counted
///   a5 WITHDRAW at 100, its ENTERQUEUE (caller 5551005) at 40 read after it   withdrawn, waited 60
///   a6 ABANDON at 200, never entered                          caller, orphan: waited null, caller null
/// abandon_causes: caller 2 (a1, a6), timeout 1, key 1, empty 0 (a4 short), withdrawn 1.
/// recent, newest first: a6 (200), a5 (100), a2 (70), a3 (70), a1 (30).
@Suite("Abandon causes and recent abandons")
struct RecentAbandonsTests {
    static let t0 = 1_795_338_000
    static func at(_ s: Int, _ rest: String) -> String { "\(t0 + s)|\(rest)\n" }
    static let log = [
        at(0, "a1|sales|NONE|ENTERQUEUE||5551001|1"), at(30, "a1|sales|NONE|ABANDON|1|1|30"),
        at(10, "a2|sales|NONE|ENTERQUEUE||5551002|2"), at(70, "a2|sales|NONE|EXITWITHTIMEOUT|1|1|60"),
        at(20, "a3|sales|NONE|ENTERQUEUE|||3"), at(70, "a3|sales|NONE|EXITWITHKEY|5|1|1|50"),
        at(30, "a4|sales|NONE|ENTERQUEUE||5551004|1"), at(33, "a4|sales|NONE|EXITEMPTY|1|1|3"),
        at(100, "a5|sales|NONE|WITHDRAW|1|1|60"), at(40, "a5|sales|NONE|ENTERQUEUE||5551005|1"),
        at(200, "a6|sales|NONE|ABANDON|1|1|10"),
    ].joined()

    @Test func causesAndTheCallBackList() throws {
        let loaded = try loadOne("queue_log", Self.log)
        let r = loaded.store.report(window: .all, asOf: Double(Self.t0 + 3600))
        #expect(r.queue.abandonedByCause == ["caller": 2, "timeout": 1, "key": 1, "withdrawn": 1])
        #expect(r.queue.shortAbandoned == 1)
        #expect(r.recentAbandons.map(\.contactID) == ["a6", "a5", "a2", "a3", "a1"])
        #expect(r.recentAbandons.map(\.waitedSeconds) == [nil, 60, 60, 50, 30])
        #expect(r.recentAbandons.map(\.caller) == [nil, "5551005", "5551002", nil, "5551001"])
        #expect(r.recentAbandons.map(\.cause) == [.caller, .withdrawn, .timeout, .key, .caller])
        #expect(r.recentAbandons.allSatisfy { $0.queue == "sales" && $0.channel == "phone" })
    }

    /// 25 abandons, one a minute: the 20 latest are listed.
    @Test func onlyTheTwentyLatest() throws {
        var lines = ""
        for i in 0..<25 {
            lines += Self.at(i * 60, "x\(i)|q|NONE|ENTERQUEUE||555|1") + Self.at(i * 60 + 30, "x\(i)|q|NONE|ABANDON|1|1|30")
        }
        let r = try loadOne("queue_log", lines).store.report(window: .all, asOf: Double(Self.t0 + 7200))
        #expect(r.recentAbandons.count == 20)
        #expect(r.recentAbandons.first?.contactID == "x24")
        #expect(r.recentAbandons.last?.contactID == "x5")
    }
}
