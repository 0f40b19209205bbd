import Foundation
import Testing

/// Issue: a headline that mixes email with phone is red all day. At 80×24,
/// 40 emails waiting 5 hours and 2 calls waiting 8 s and 12 s: the headline
/// is the live class (waiting now 2, longest wait 12 s) and the emails have
/// their own line (oldest 5h 00m).
@Suite("Live and async on the dashboard (tmux)", .enabled(if: TmuxServer.path != nil, "tmux is not installed"))
struct LiveAsyncHeadlineEndToEndTests {
    @Test func headlineIsLiveAndEmailsHaveTheirOwnLine() throws {
        let tablero = try #require(BuiltBinary.path("tablero"), "tablero is not built; run `swift build` first")
        let dir = NSTemporaryDirectory() + "tablero-async-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // As-of 14:00:00Z: emails arrived 09:00:00 (5 h), calls 13:59:52 (8 s) and 13:59:48 (12 s).
        var rows = ["ts,contact_id,event,channel,queue"]
        for i in 0..<40 { rows.append("2026-11-22T09:00:00Z,e\(i),arrive,email,support") }
        rows.append("2026-11-22T13:59:52Z,p1,arrive,phone,sales")
        rows.append("2026-11-22T13:59:48Z,p2,arrive,phone,sales")
        try (rows.joined(separator: "\n") + "\n").write(toFile: dir + "/events.csv", atomically: true, encoding: .utf8)

        let server = TmuxServer()
        defer { server.kill() }
        try #require(server.start("'\(tablero)' '\(dir)' --as-of 2026-11-22T14:00:00Z; sleep 60", width: 80, height: 24).status == 0)
        let shot = server.waitForScreen(containingAll: ["Waiting now", "Longest wait", "12s", "40 open", "oldest 5h 00m"])
        #expect(shot.found, "live headline or async line missing; screen:\n\(shot.screen)")
        // The big figures: the first figure row under the titles holds 2 and 12s, not 42 or 5h.
        let headline = shot.screen.split(separator: "\n").first { $0.contains("12s") } ?? ""
        #expect(headline.contains("│ 2 "), "headline is not 'Waiting now 2': \(headline)")
        #expect(!shot.screen.contains("42"))
        server.tmux("send-keys", "q")
    }
}
