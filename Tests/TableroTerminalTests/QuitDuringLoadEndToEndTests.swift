import Foundation
import Testing

/// Issue 13: during a long first load the screen was blank and `q` and
/// SIGHUP were ignored until the load ended (about 20 s on 5,000 files).
/// The load now runs in slices between which keys and signals are read:
/// with the progress bar on screen, `q` or SIGHUP ends the program with
/// status 0, before the load completes (no screen of figures is drawn).
@Suite("Quit during a long load (tmux)", .enabled(if: TmuxServer.path != nil, "tmux is not installed"))
struct QuitDuringLoadEndToEndTests {
    enum Ending: String, CaseIterable, CustomTestStringConvertible {
        case q, sighup = "SIGHUP"
        var testDescription: String { rawValue }
    }

    @Test(arguments: Ending.allCases)
    func quitsWhileLoading(ending: Ending) throws {
        let tablero = try #require(BuiltBinary.path("tablero"), "tablero is not built; run `swift build` first")
        let dir = NSTemporaryDirectory() + "tablero-quitload-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Self.largeEventsFile(megabytes: 40).write(to: URL(fileURLWithPath: dir + "/events.csv"))

        let server = TmuxServer()
        defer { server.kill() }
        // `exec` in a child shell: the program keeps the pane as its terminal and its pid is known.
        let command = "sh -c 'echo $$ > \(dir)/pid; exec \(tablero) \(dir) --as-of 2026-11-22T23:00:00Z';"
            + " echo $? > '\(dir)/status.tmp'; mv '\(dir)/status.tmp' '\(dir)/status'; sleep 60"
        try #require(server.start(command, width: 80, height: 24).status == 0)
        let loading = server.waitForScreen(containing: "MB")
        try #require(loading.found, "no progress bar; screen:\n\(loading.screen)")
        switch ending {
        case .q:
            server.tmux("send-keys", "q")
        case .sighup:
            let pid = try #require((try? String(contentsOfFile: dir + "/pid", encoding: .utf8))
                .flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) })
            #expect(kill(pid, SIGHUP) == 0)
        }
        // Until it exits, every screen is the loading screen: the quit did
        // not wait for the figures.
        var sawFigures = false
        var status: String?
        _ = TmuxServer.waitUntil(seconds: 60) {
            status = try? String(contentsOfFile: dir + "/status", encoding: .utf8)
            if status == nil, server.capture().contains("Offered") { sawFigures = true }
            return status != nil
        }
        #expect(status?.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
        #expect(!sawFigures, "the figures were drawn before the program ended")
    }

    /// About `megabytes` MB of arrive/answer rows on 2026-11-22.
    static func largeEventsFile(megabytes: Int) -> Data {
        var text = "ts,contact_id,event,queue,channel\n"
        text.reserveCapacity(megabytes << 20 + 100)
        var n = 0
        while text.utf8.count < megabytes << 20 {
            let t = 1_795_338_000 + n % 40_000
            text += "\(t),c\(n),arrive,sales,phone\n\(t + 20),c\(n),answer,sales,phone\n"
            n += 1
        }
        return Data(text.utf8)
    }
}
