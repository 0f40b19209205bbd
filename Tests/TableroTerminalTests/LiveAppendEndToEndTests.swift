import Foundation
import Testing

/// The real `tablero` binary in tmux following a data directory: rows
/// appended to events.csv while it runs reach the screen (waiting now, the
/// per-queue table, the data-quality view's row count) without a restart.
@Suite("Live append end to end (tmux)", .enabled(if: TmuxServer.path != nil, "tmux is not installed; the live end-to-end test needs it"))
struct LiveAppendEndToEndTests {
    /// The first line of `screen` holding every one of `parts`, if any.
    static func line(_ screen: String, with parts: [String]) -> String? {
        screen.split(separator: "\n").map(String.init).first { line in parts.allSatisfy { line.contains($0) } }
    }

    @Test func appendedRowsReachTheScreen() throws {
        let tablero = try #require(BuiltBinary.path("tablero"), "tablero is not built; run `swift build` first")
        let dir = NSTemporaryDirectory() + "tablero-live-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (name, text) in DashboardEndToEndTests.files {
            try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8)
        }
        let server = TmuxServer()
        defer {
            server.kill()
            try? FileManager.default.removeItem(atPath: dir)
        }
        let command = "'\(tablero)' '\(dir)' --window all --as-of 2026-11-22T10:00:00Z 2> '\(dir)/stderr'; sleep 60"
        try #require(server.start(command, width: 120, height: 40).status == 0)

        // c5 waits in billing; nobody in support yet.
        let first = server.waitForScreen(containingAll: ["billing", "10m 00s", "What-if"])
        try #require(first.found, "dashboard incomplete; screen:\n\(first.screen)")
        #expect(!first.screen.contains("support"))

        // Two arrivals before as-of, one of them in a new queue, appended
        // while the dashboard runs; the second line in two writes, as a
        // logger flushing mid-line would.
        let events = try #require(FileHandle(forWritingAtPath: dir + "/events.csv"))
        events.seekToEndOfFile()
        events.write(Data("2026-11-22T09:55:00Z,c6,arrive,chat,support,,\n2026-11-22T09:58:00Z,c7,arr".utf8))
        usleep(100_000)
        events.write(Data("ive,phone,billing,,\n".utf8))
        try events.close()

        // support: c6, 5 minutes. billing: 2 waiting (c5, and c7 once its
        // line is whole), 3 offered.
        var screen = ""
        let moved = TmuxServer.waitUntil {
            screen = server.capture()
            return Self.line(screen, with: ["support", "1  5m 00s"]) != nil
                && Self.line(screen, with: ["billing", "2 10m 00s", " 3 "]) != nil
        }
        #expect(moved, "the appended rows never showed; screen:\n\(screen)")

        // The data-quality view counts the six rows of events.csv.
        server.tmux("send-keys", "d")
        let quality = server.waitForScreen(containingAll: ["Newest row", "events.csv"])
        #expect(quality.found, "no data-quality view; screen:\n\(quality.screen)")
        let row = Self.line(quality.screen, with: ["events.csv", "events"])
        #expect(row?.contains(" 6 ") ?? false, "events.csv row: \(row ?? "none")")
        server.tmux("send-keys", "q")
    }
}
