import Foundation
import Testing

/// Issue 10: under `TERM=dumb` (line mode: frames as plain lines) `q` only
/// quit after Enter, since keys were read as typed lines. Keys are read one
/// at a time now; the shell gets its modes back.
@Suite("TERM=dumb (tmux)", .enabled(if: TmuxServer.path != nil, "tmux is not installed"))
struct DumbTerminalEndToEndTests {
    @Test func qAloneQuits() throws {
        let tablero = try #require(BuiltBinary.path("tablero"), "tablero is not built; run `swift build` first")
        let dir = NSTemporaryDirectory() + "tablero-dumb-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let server = TmuxServer()
        defer { server.kill() }
        let command = "stty -g > '\(dir)/before'; TERM=dumb '\(tablero)' '\(FirstRunEndToEndTests.repositoryRoot)/sample-data'"
            + " --as-of latest; echo $? > '\(dir)/status.tmp'; stty -g > '\(dir)/after'; mv '\(dir)/status.tmp' '\(dir)/status'; sleep 60"
        try #require(server.start(command, width: 100, height: 30).status == 0)
        let shown = server.waitForScreen(containing: "q quit", seconds: 60)
        try #require(shown.found, "no frame; screen:\n\(shown.screen)")
        server.tmux("send-keys", "q")   // no Enter
        var status: String?
        _ = TmuxServer.waitUntil(seconds: 15) {
            status = try? String(contentsOfFile: dir + "/status", encoding: .utf8)
            return status != nil
        }
        #expect(status?.trimmingCharacters(in: .whitespacesAndNewlines) == "0", "q without Enter did not quit")
        let before = try String(contentsOfFile: dir + "/before", encoding: .utf8)
        #expect(!before.isEmpty)
        #expect((try? String(contentsOfFile: dir + "/after", encoding: .utf8)) == before, "terminal modes restored")
    }
}
