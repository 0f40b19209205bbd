#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// One run of the probe in a private tmux server. The pane's shell records
/// the terminal modes before and after the probe and its exit status, so a
/// test can check the probe gave the terminal back.
private struct ProbeRun {
    let server = TmuxServer()
    let directory: String

    init() throws {
        directory = NSTemporaryDirectory() + "tablero-term-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    /// `prefix` goes before the probe (environment assignments).
    func start(prefix: String = "", arguments: String = "") -> (status: Int32, output: String) {
        let probe = ProbeLocation.path ?? "tablero-terminal-probe"
        // Status is written last, so once it exists the rest does too. The
        // sleep keeps the pane (and the server) alive until kill-server.
        let command = "stty -g > '\(directory)/before'; \(prefix) '\(probe)' --pid-file '\(directory)/pid' \(arguments)"
            + " 2> '\(directory)/stderr'; s=$?; stty -g > '\(directory)/after'; echo $s > '\(directory)/status.tmp';"
            + " mv '\(directory)/status.tmp' '\(directory)/status'; sleep 60"
        return server.start(command, width: 80, height: 24)
    }

    func file(_ name: String) -> String? {
        (try? String(contentsOfFile: "\(directory)/\(name)", encoding: .utf8))?
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The probe's exit status, once the pane's shell has written it.
    func exitStatus(seconds: Double = 15) -> String? {
        var status: String?
        _ = TmuxServer.waitUntil(seconds: seconds) {
            status = file("status")
            return status != nil
        }
        return status
    }

    func cleanUp() {
        server.kill()
        try? FileManager.default.removeItem(atPath: directory)
    }
}

// Skipped, with this reason in the test output, where tmux is not installed.
@Suite("Terminal end to end (tmux)", .enabled(if: TmuxServer.path != nil, "tmux is not installed; the end-to-end terminal tests need it"))
struct TerminalEndToEndTests {
    @Test("draws, reads keys, follows a resize, quits on q with status 0 and the terminal restored")
    func drawKeysResizeQuit() throws {
        _ = try #require(ProbeLocation.path, "tablero-terminal-probe is not built; run `swift build` first")
        let run = try ProbeRun()
        defer { run.cleanUp() }
        let started = run.start()
        try #require(started.status == 0, "tmux new-session failed: \(started.output)")

        // Rows 0 to 6 of the first frame: the wait ends only when all are in.
        let title = run.server.waitForScreen(containingAll: [
            "Tablero terminal probe", "size 80x24", "colors: full256 unicode: true",
            "ñandú 日本 ▁▂▃▅▇", "(q quits)",
        ])
        try #require(title.found, "first frame never complete (size, UTF-8 text drawn whole, 256 colours); screen:\n\(title.screen)")
        // Colour reaches the terminal: the critical word in 256-colour red.
        let red = run.server.waitForEscapedScreen { $0.contains("38;5;196") }
        #expect(red.found, "no 256-colour red; screen:\n\(red.screen)")

        run.server.tmux("send-keys", "Right")
        let key = run.server.waitForScreen(containing: "last key: right")
        #expect(key.found, "Right not shown; screen:\n\(key.screen)")

        // A lone Escape arrives after ESCDELAY (25 ms), not a second later
        // and not only with the next key.
        run.server.tmux("send-keys", "Escape")
        let escape = run.server.waitForScreen(containing: "last key: escape")
        #expect(escape.found, "Escape not shown; screen:\n\(escape.screen)")

        run.server.tmux("send-keys", "ñ")
        let wide = run.server.waitForScreen(containing: "last key: 'ñ'")
        #expect(wide.found, "ñ not shown; screen:\n\(wide.screen)")

        run.server.tmux("resize-window", "-x", "100", "-y", "30")
        let resized = run.server.waitForScreen(containing: "size 100x30")
        #expect(resized.found, "new size not shown; screen:\n\(resized.screen)")

        run.server.tmux("send-keys", "q")
        #expect(run.exitStatus() == "0")
        #expect(run.file("before") != nil)
        #expect(run.file("before") == run.file("after"), "terminal modes restored")
    }

    enum Ending: String, CaseIterable, CustomTestStringConvertible {
        case ctrlC = "C-c", ctrlBackslash = "C-\\", sigterm = "SIGTERM", sighup = "SIGHUP"
        var testDescription: String { rawValue }
    }

    @Test("a terminating signal ends the loop with status 0 and the terminal restored", arguments: Ending.allCases)
    func signalEnds(ending: Ending) throws {
        _ = try #require(ProbeLocation.path, "tablero-terminal-probe is not built; run `swift build` first")
        let run = try ProbeRun()
        defer { run.cleanUp() }
        try #require(run.start().status == 0)
        let title = run.server.waitForScreen(containing: "Tablero terminal probe")
        try #require(title.found, "title never appeared; screen:\n\(title.screen)")

        switch ending {
        case .ctrlC, .ctrlBackslash:
            // Typed in the pane: the tty turns it into SIGINT / SIGQUIT.
            run.server.tmux("send-keys", ending.rawValue)
        case .sigterm, .sighup:
            let pid = try #require(run.file("pid").flatMap { pid_t($0) })
            #expect(kill(pid, ending == .sigterm ? SIGTERM : SIGHUP) == 0)
        }
        #expect(run.exitStatus() == "0")
        #expect(run.file("before") == run.file("after"), "terminal modes restored")
    }

    @Test("NO_COLOR gives the monochrome theme: no colour escapes, thresholds by attributes")
    func noColor() throws {
        _ = try #require(ProbeLocation.path, "tablero-terminal-probe is not built; run `swift build` first")
        let run = try ProbeRun()
        defer { run.cleanUp() }
        try #require(run.start(prefix: "NO_COLOR=1").status == 0)
        let shown = run.server.waitForScreen(containingAll: ["colors: monochrome", "critical", "(q quits)"])
        try #require(shown.found, "screen:\n\(shown.screen)")
        let reverse = run.server.waitForEscapedScreen { $0.contains("\u{1b}[7m") || $0.contains(";7m") }
        #expect(reverse.found, "critical/selected drawn in reverse; screen:\n\(reverse.screen)")
        #expect(!reverse.screen.contains("38;5;"))
        run.server.tmux("send-keys", "q")
        #expect(run.exitStatus() == "0")
    }

    @Test("an unknown TERM is a one-line error and status 2")
    func unknownTerminal() throws {
        _ = try #require(ProbeLocation.path, "tablero-terminal-probe is not built; run `swift build` first")
        let run = try ProbeRun()
        defer { run.cleanUp() }
        try #require(run.start(prefix: "TERM=no-such-terminal").status == 0)
        #expect(run.exitStatus() == "2")
        #expect(run.file("stderr") == "tablero-terminal-probe: unknown terminal type 'no-such-terminal'")
        #expect(run.file("before") == run.file("after"))
    }
}
