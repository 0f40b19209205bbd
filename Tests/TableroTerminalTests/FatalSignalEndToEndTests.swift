#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// Signals the loop does not turn into a clean exit: they still end the
/// probe (with the status of the signal), or are ignored, but never leave
/// the shell a raw terminal on the alternate screen.
@Suite("Fatal signals end to end (tmux)", .enabled(if: TmuxServer.path != nil, "tmux is not installed; the end-to-end terminal tests need it"))
struct FatalSignalEndToEndTests {
    /// Starts the probe and waits for its first frame.
    func startedProbe(prefix: String = "") throws -> ProbeRun {
        _ = try #require(ProbeLocation.path, "tablero-terminal-probe is not built; run `swift build` first")
        let run = try ProbeRun()
        try #require(run.start(prefix: prefix).status == 0)
        let title = run.server.waitForScreen(containing: "(q quits)")
        if !title.found { run.cleanUp() }
        try #require(title.found, "first frame never appeared; screen:\n\(title.screen)")
        #expect(run.pane("#{alternate_on}") == "1", "the probe draws on the alternate screen")
        return run
    }

    /// After the probe died: the shell's modes, the primary screen, a cursor.
    func expectTerminalGivenBack(_ run: ProbeRun, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try run.expectModesRestored(sourceLocation: sourceLocation)
        #expect(run.pane("#{alternate_on}") == "0", "left the alternate screen", sourceLocation: sourceLocation)
        #expect(run.pane("#{cursor_flag}") == "1", "cursor shown again", sourceLocation: sourceLocation)
    }

    enum KillSignal: CaseIterable, CustomTestStringConvertible {
        case usr1, usr2, alrm
        var signo: Int32 {
            switch self {
            case .usr1: SIGUSR1
            case .usr2: SIGUSR2
            case .alrm: SIGALRM
            }
        }
        var testDescription: String { "SIG\(String(describing: self).uppercased())" }
    }

    @Test("a signal whose default is to terminate still does, with the terminal restored", arguments: KillSignal.allCases)
    func killSignal(_ signal: KillSignal) throws {
        let run = try startedProbe()
        defer { run.cleanUp() }
        #expect(kill(try run.pid(), signal.signo) == 0)
        // The shell reports death by signal N as 128 + N.
        #expect(run.exitStatus() == "\(128 + signal.signo)")
        try expectTerminalGivenBack(run)
    }

    @Test("a kill signal the parent ignores stays ignored")
    func ignoredByParent() throws {
        // `trap '' USR1` in the pane's shell: the probe inherits SIG_IGN.
        let run = try startedProbe(prefix: "trap '' USR1;")
        defer { run.cleanUp() }
        #expect(kill(try run.pid(), SIGUSR1) == 0)
        run.server.tmux("send-keys", "x")
        let alive = run.server.waitForScreen(containing: "last key: 'x'")
        #expect(alive.found, "the probe died of an ignored SIGUSR1; screen:\n\(alive.screen)")
        run.server.tmux("send-keys", "q")
        #expect(run.exitStatus() == "0")
        try run.expectModesRestored()
    }

    @Test("SIGPIPE is ignored while the session runs: the probe goes on, then quits with 0")
    func brokenPipeIgnored() throws {
        let run = try startedProbe()
        defer { run.cleanUp() }
        #expect(kill(try run.pid(), SIGPIPE) == 0)
        run.server.tmux("send-keys", "x")
        let alive = run.server.waitForScreen(containing: "last key: 'x'")
        #expect(alive.found, "the probe died of SIGPIPE; screen:\n\(alive.screen)")
        run.server.tmux("send-keys", "q")
        #expect(run.exitStatus() == "0")
        try run.expectModesRestored()
    }

    /// The crash handler chains to the Swift runtime's: the backtrace of the
    /// trap is printed (on the shell's screen, here into stderr) after the
    /// terminal is restored, and the process still dies of the signal.
    @Test("a crash restores the terminal and the Swift backtrace still prints",
          .enabled(if: Self.onLinux, "the Swift backtracer is on by default on Linux only"))
    func crashKeepsTheBacktrace() throws {
        let run = try startedProbe(prefix: "SWIFT_BACKTRACE=enable=yes,interactive=no,color=no,output-to=stderr")
        defer { run.cleanUp() }
        run.server.tmux("send-keys", "!")
        // A trap is SIGILL on x86_64 and SIGTRAP on arm64. Symbolicating
        // takes a few seconds.
        let status = run.exitStatus(seconds: 90)
        #expect(status == "\(128 + SIGILL)" || status == "\(128 + SIGTRAP)", "status \(status ?? "none")")
        let stderr = run.file("stderr") ?? ""
        #expect(stderr.contains("Fatal error: crash on request"), "\(stderr)")
        #expect(stderr.contains("Program crashed"), "no backtrace from the Swift runtime:\n\(stderr)")
        #expect(stderr.contains("crashOnPurpose"), "the backtrace is not of the crash site:\n\(stderr)")
        try expectTerminalGivenBack(run)
    }

    static var onLinux: Bool {
        #if os(Linux)
        true
        #else
        false
        #endif
    }
}
