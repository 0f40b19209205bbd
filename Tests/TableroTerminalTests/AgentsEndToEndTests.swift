import Foundation
import Testing

/// Issue 9 at 200×60, on a directory replayed with `--as-of` (09:00 + 1 h):
/// bob paused for "Lunch" and erin in wrap-up are on screen without a key,
/// and the zoomed queue pane (`1`) lists the callers to call back.
@Suite("Agents and call-backs on the dashboard (tmux)", .enabled(if: TmuxServer.path != nil, "tmux is not installed"))
struct AgentsEndToEndTests {
    /// 2026-11-22T09:00:00Z.
    static let t0 = 1_795_338_000

    static func at(_ seconds: Int, _ rest: String) -> String { "\(t0 + seconds)|\(rest)\n" }

    /// alice free, bob paused for Lunch (queue_log), erin in wrap-up (agents.csv), two abandons.
    static func writeFixture(_ dir: String) throws {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let queueLog = [
            Self.at(0, "NONE|sales|alice|ADDMEMBER|"),
            Self.at(0, "NONE|sales|bob|ADDMEMBER|"),
            Self.at(100, "NONE|sales|bob|PAUSE|Lunch"),
            Self.at(600, "c3|sales|NONE|ENTERQUEUE||5550003"),
            Self.at(660, "c3|sales|NONE|ABANDON|1|1|60"),
            Self.at(700, "c4|sales|NONE|ENTERQUEUE||5550004"),
            Self.at(790, "c4|sales|NONE|EXITWITHTIMEOUT|1|1|90"),
        ].joined()
        try queueLog.write(toFile: dir + "/queue_log", atomically: true, encoding: .utf8)
        let agents = "ts,agent,event,queue,reason\n\(Self.t0),erin,login,,\n\(Self.t0 + 1200),erin,wrap_up,,\n"
        try agents.write(toFile: dir + "/agents.csv", atomically: true, encoding: .utf8)
    }

    @Test func pausedReasonWrapUpAndCallBacks() throws {
        let tablero = try #require(BuiltBinary.path("tablero"), "tablero is not built; run `swift build` first")
        let dir = NSTemporaryDirectory() + "tablero-agents-\(UUID().uuidString)"
        try Self.writeFixture(dir)
        defer { try? FileManager.default.removeItem(atPath: dir) }

        let server = TmuxServer()
        defer { server.kill() }
        try #require(server.start("'\(tablero)' '\(dir)' --as-of 2026-11-22T10:00:00Z; sleep 60", width: 200, height: 60).status == 0)
        // bob paused since 09:01:40: 58m 20s at 10:00.
        let shot = server.waitForScreen(containingAll: ["Agents 3: 1 free · 0 on call · 1 wrap-up · 1 paused", "Lunch", "58m 20s", "wrap-up"])
        #expect(shot.found, "agents missing; screen:\n\(shot.screen)")
        let bob = shot.screen.split(separator: "\n").first { $0.contains("Lunch") } ?? ""
        #expect(bob.contains("bob") && bob.contains("paused"), "bob's row: \(bob)")

        server.tmux("send-keys", "1")
        // Newest first: c4 (09:13:10, timeout, waited 1m 30s), then c3 (09:11:00, caller, 1m 00s).
        let zoomed = server.waitForScreen(containingAll: ["Caller", "5550004", "5550003"])
        #expect(zoomed.found, "call-back list missing; screen:\n\(zoomed.screen)")
        let lines = zoomed.screen.split(separator: "\n")
        let first = lines.firstIndex { $0.contains("5550004") } ?? -1
        let second = lines.firstIndex { $0.contains("5550003") } ?? -1
        #expect(first >= 0 && first < second, "not newest first")
        #expect(lines[max(first, 0)].contains("timeout") && lines[max(first, 0)].contains("1m 30s"))
        server.tmux("send-keys", "q")
    }

    @Test func wallShowsTheCounts() throws {
        let tablero = try #require(BuiltBinary.path("tablero"), "tablero is not built; run `swift build` first")
        let dir = NSTemporaryDirectory() + "tablero-agents-wall-\(UUID().uuidString)"
        try Self.writeFixture(dir)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let server = TmuxServer()
        defer { server.kill() }
        try #require(server.start("'\(tablero)' '\(dir)' --wall --as-of 2026-11-22T10:00:00Z; sleep 60", width: 120, height: 30).status == 0)
        let shot = server.waitForScreen(containingAll: ["Waiting now", "Agents 3: 1 free · 0 on call · 1 wrap-up · 1 paused"])
        #expect(shot.found, "wall without the agents' counts; screen:\n\(shot.screen)")
        server.tmux("send-keys", "q")
    }
}
