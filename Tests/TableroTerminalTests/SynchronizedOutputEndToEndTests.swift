import Foundation
import Testing

/// What the probe writes to the terminal, byte for byte (tmux `pipe-pane`):
/// frames wrapped in DEC mode 2026 where the capabilities say so, and the
/// mode never sent elsewhere. tmux 3.3a ignores the mode, so the wrapped
/// frames must still draw whole.
@Suite("Synchronized output end to end (tmux)", .enabled(if: TmuxServer.path != nil, "tmux is not installed; the end-to-end terminal tests need it"))
struct SynchronizedOutputEndToEndTests {
    /// Runs the probe with `prefix`, records its output until it quits.
    func recordedOutput(prefix: String, expecting line: String) throws -> String {
        _ = try #require(ProbeLocation.path, "tablero-terminal-probe is not built; run `swift build` first")
        let run = try ProbeRun()
        defer { run.cleanUp() }
        try #require(run.start(prefix: prefix, waitForGo: true).status == 0)
        let recording = run.directory + "/output"
        let piped = run.server.tmux("pipe-pane", "-O", "cat > '\(recording)'")
        try #require(piped.status == 0, "pipe-pane failed: \(piped.output)")
        run.go()
        let shown = run.server.waitForScreen(containingAll: [line, "(q quits)"])
        try #require(shown.found, "screen:\n\(shown.screen)")
        run.server.tmux("send-keys", "x")
        let redrawn = run.server.waitForScreen(containing: "last key: 'x'")
        #expect(redrawn.found, "screen:\n\(redrawn.screen)")
        run.server.tmux("send-keys", "q")
        #expect(run.exitStatus() == "0")
        try run.expectModesRestored()
        // pipe-pane's cat may still be writing the last bytes.
        var output = ""
        _ = TmuxServer.waitUntil(seconds: 5) {
            output = (try? String(contentsOfFile: recording, encoding: .utf8)) ?? ""
            return output.contains("'x'")
        }
        return output
    }

    @Test("a terminal known to support it gets every frame between ?2026h and ?2026l")
    func wrappedWhereSupported() throws {
        let output = try recordedOutput(prefix: "TERM=xterm-256color TERM_PROGRAM=WezTerm", expecting: "sync: true")
        let begin = "\u{1b}[?2026h", end = "\u{1b}[?2026l"
        let begins = output.components(separatedBy: begin).count - 1
        let ends = output.components(separatedBy: end).count - 1
        // Two frames at least: the first and the one after the key.
        #expect(begins >= 2, "\(begins) begin marks")
        #expect(begins == ends, "\(begins) begin marks, \(ends) end marks")
        // Each frame's text sits between its marks: the one after the key
        // too (ncurses sends only what changed, so look for the key alone).
        let frame = try #require(output.range(of: "'x'"), "second frame not recorded")
        let lastBegin = try #require(output.range(of: begin, options: .backwards, range: output.startIndex..<frame.lowerBound))
        let nextEnd = output.range(of: end, range: frame.upperBound..<output.endIndex)
        #expect(nextEnd != nil, "no end mark after the second frame")
        #expect(!output[lastBegin.upperBound..<frame.lowerBound].contains(end), "the frame is outside its marks")
    }

    @Test("tmux (which ignores it) and unknown terminals never get mode 2026")
    func notSentElsewhere() throws {
        // In tmux an outer terminal's TERM_PROGRAM may leak into the pane: it must not count.
        for prefix in ["", "TERM_PROGRAM=WezTerm", "TERM=xterm-256color"] {
            let output = try recordedOutput(prefix: prefix, expecting: "sync: false")
            #expect(!output.isEmpty, "nothing recorded with '\(prefix)'")
            #expect(!output.contains("?2026"), "mode 2026 sent with '\(prefix)'")
        }
    }
}
