#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

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
        try run.expectModesRestored()
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
        try run.expectModesRestored()
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
        try run.expectModesRestored()
    }
}
