import Foundation
import Testing

/// Issue 10: a newcomer's first `tablero` opened a screen of dashes ("Stale:
/// no new data for 15898 min"). With no DIR it replays the bundled sample as
/// of its newest row, from the repository root or from anywhere else.
@Suite("First run (tmux)", .enabled(if: TmuxServer.path != nil, "tmux is not installed"))
struct FirstRunEndToEndTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    @Test(arguments: ["repository root", "elsewhere"])
    func noArgumentsReplaysTheSample(from place: String) throws {
        let tablero = try #require(BuiltBinary.path("tablero"), "tablero is not built; run `swift build` first")
        let directory = place == "elsewhere" ? NSTemporaryDirectory() : Self.repositoryRoot
        let server = TmuxServer()
        defer { server.kill() }
        try #require(server.start("cd '\(directory)' && '\(tablero)'; sleep 60", width: 120, height: 40).status == 0)
        let shown = server.waitForScreen(containingAll: ["Replay · data ends", "Service level", "%"], seconds: 60)
        #expect(shown.found, "screen:\n\(shown.screen)")
        // Figures, not dashes: a handful of "–" at most (an unknown figure is "–").
        let dashes = shown.screen.filter { $0 == "–" }.count
        #expect(dashes <= 5, "\(dashes) dashes; screen:\n\(shown.screen)")
        server.tmux("send-keys", "q")
    }

    /// A binary away from its package, run where there is no sample-data:
    /// one line that says what to do, status 2.
    @Test func noSampleAnywhereSaysWhatToDo() throws {
        let built = try #require(BuiltBinary.path("tablero"), "tablero is not built; run `swift build` first")
        let dir = NSTemporaryDirectory() + "tablero-nosample-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir + "/a/b/c/d/e/f", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let copy = dir + "/a/b/c/d/e/f/tablero"
        // A hard link: a fresh copy can be "busy" while another test's
        // spawned child still holds the descriptor it was written through.
        if link(built, copy) != 0 { try FileManager.default.copyItem(atPath: built, toPath: copy) }
        let errors = dir + "/stderr"
        var run = (status: Int32(126), output: "")
        for _ in 0..<5 where run.status == 126 {
            run = Spawn.run(["/bin/sh", "-c", "cd '\(dir)' && '\(copy)' report"],
                            environment: ProcessInfo.processInfo.environment, errorsTo: errors)
            if run.status == 126 { Thread.sleep(forTimeInterval: 0.5) }
        }
        #expect(run.status == 2)
        let message = try String(contentsOfFile: errors, encoding: .utf8)
        #expect(message.hasPrefix("tablero: no DIR given and no sample-data here"), "\(message)")
        #expect(message.split(separator: "\n").count == 1)
    }
}
