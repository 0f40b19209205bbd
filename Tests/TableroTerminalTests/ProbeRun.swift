#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// One run of the probe in a private tmux server. The pane's shell records
/// the terminal modes before and after the probe and its exit status, so a
/// test can check the probe gave the terminal back.
struct ProbeRun {
    let server = TmuxServer()
    let directory: String

    init() throws {
        directory = NSTemporaryDirectory() + "tablero-term-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    /// `prefix` goes before the probe (environment assignments, or a shell
    /// command ending in `;`). With `waitForGo` the pane's shell waits for
    /// `go()` before starting the probe, so a test can first attach
    /// `pipe-pane` and see every byte the probe writes.
    func start(prefix: String = "", arguments: String = "", waitForGo: Bool = false) -> (status: Int32, output: String) {
        let probe = ProbeLocation.path ?? "tablero-terminal-probe"
        let gate = waitForGo ? "while [ ! -e '\(directory)/go' ]; do sleep 0.02; done; " : ""
        // Status is written last, so once it exists the rest does too. The
        // sleep keeps the pane (and the server) alive until kill-server.
        let command = gate + "stty -g > '\(directory)/before'; \(prefix) '\(probe)' --pid-file '\(directory)/pid' \(arguments)"
            + " 2> '\(directory)/stderr'; s=$?; stty -g > '\(directory)/after'; echo $s > '\(directory)/status.tmp';"
            + " mv '\(directory)/status.tmp' '\(directory)/status'; sleep 60"
        return server.start(command, width: 80, height: 24)
    }

    /// Lets a run started with `waitForGo` go on.
    func go() {
        _ = FileManager.default.createFile(atPath: "\(directory)/go", contents: nil)
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

    /// The shell's `stty -g` before and after the probe are the same. Both
    /// must be there and non-empty first: two missing or empty files are
    /// equal too, and would prove nothing.
    func expectModesRestored(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try #require(file("before"), "no stty output from before the probe", sourceLocation: sourceLocation)
        try #require(!before.isEmpty, "stty -g printed nothing before the probe", sourceLocation: sourceLocation)
        #expect(file("after") == before, "terminal modes restored", sourceLocation: sourceLocation)
    }

    /// The probe's process id, once it has written it.
    func pid() throws -> pid_t {
        var pid: pid_t?
        _ = TmuxServer.waitUntil { pid = file("pid").flatMap { pid_t($0) }; return pid != nil }
        return try #require(pid, "the probe never wrote its pid")
    }

    /// A tmux format of the pane (`#{alternate_on}`, `#{cursor_flag}`).
    func pane(_ format: String) -> String {
        server.tmux("display-message", "-p", format).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func cleanUp() {
        server.kill()
        try? FileManager.default.removeItem(atPath: directory)
    }
}
