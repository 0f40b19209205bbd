import Foundation
import Testing

/// Issue 9: with `[alerts] bell = true`, a live call whose wait grows past
/// `wait_critical_seconds` (180 s) while the dashboard runs on the real
/// clock makes it write exactly one BEL; with `bell = false`, none. The raw
/// output is recorded with `tmux pipe-pane`.
@Suite("Bell (tmux)", .enabled(if: TmuxServer.path != nil, "tmux is not installed"))
struct BellEndToEndTests {
    @Test(arguments: [true, false])
    func oneBellWhenAWaitTurnsCritical(bell: Bool) throws {
        let tablero = try #require(BuiltBinary.path("tablero"), "tablero is not built; run `swift build` first")
        let dir = NSTemporaryDirectory() + "tablero-bell-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // The call arrived 166 s ago: critical (≥ 180 s) about 14 s after the start (a slow start still sees it turn).
        let arrived = Date().timeIntervalSince1970 - 166
        try "ts,contact_id,event,channel\n\(Int(arrived)),p1,arrive,phone\n"
            .write(toFile: dir + "/events.csv", atomically: true, encoding: .utf8)
        try "[alerts]\nbell = \(bell)\n".write(toFile: dir + "/tablero.toml", atomically: true, encoding: .utf8)
        let recording = dir + "/raw"
        let server = TmuxServer()
        defer { server.kill() }
        try #require(server.start("sleep 0.5; '\(tablero)' '\(dir)'; sleep 60", width: 100, height: 30).status == 0)
        try #require(server.tmux("pipe-pane", "-O", "cat > '\(recording)'").status == 0)
        // Past 180 s on screen, then two seconds more for the bell's bytes.
        let critical = server.waitForScreen(containing: "3m 0", seconds: 40)
        #expect(critical.found, "the wait never reached 3 minutes; screen:\n\(critical.screen)")
        Thread.sleep(forTimeInterval: 2)
        server.tmux("send-keys", "q")
        Thread.sleep(forTimeInterval: 1)
        let raw = try Data(contentsOf: URL(fileURLWithPath: recording))
        #expect(raw.filter { $0 == 0x07 }.count == (bell ? 1 : 0))
    }
}
