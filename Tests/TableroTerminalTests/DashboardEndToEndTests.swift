import Foundation
import Testing

/// The real `tablero` binary in tmux on a temporary data directory: panes
/// and figures appear, a slider moves the scenario ROI, a resize re-lays the
/// screen, and `q` exits 0 with the terminal modes restored.
@Suite("Dashboard end to end (tmux)", .enabled(if: TmuxServer.path != nil, "tmux is not installed; the dashboard end-to-end test needs it"))
struct DashboardEndToEndTests {
    static let files: [String: String] = [
        "events.csv": """
        ts,contact_id,event,channel,queue,agent,first_contact
        2026-11-22T09:00:00Z,c1,arrive,phone,billing,,
        2026-11-22T09:00:10Z,c1,answer,phone,billing,Ana,
        2026-11-22T09:05:10Z,c1,resolve,phone,billing,Ana,true
        2026-11-22T09:50:00Z,c5,arrive,phone,billing,,

        """,
        "costs.csv": "period,category,amount\n2026-11,personnel,80000\n2026-11,technology,20000\n",
        "benefits.csv": "period,kind,amount\n2026-11,upsell,300000\n2026-11,retention,100000\n",
    ]

    @Test func panesSliderResizeAndQuit() throws {
        let tablero = try #require(BuiltBinary.path("tablero"), "tablero is not built; run `swift build` first")
        let dir = try Self.dataDirectory()
        let server = TmuxServer()
        defer {
            server.kill()
            try? FileManager.default.removeItem(atPath: dir)
        }
        let command = "stty -g > '\(dir)/before'; '\(tablero)' '\(dir)' --window all --as-of 2026-11-22T10:00:00Z 2> '\(dir)/stderr';"
            + Self.afterward(dir)
        try #require(server.start(command, width: 80, height: 24).status == 0)

        // c5 has waited 10 minutes at as-of; ROI (400,000 − 100,000) / 100,000.
        let first = server.waitForScreen(containingAll: ["What-if", "Waiting now", "Queue", "10m 00s", "300.0%"])
        #expect(first.found, "dashboard incomplete after 15 s; screen:\n\(first.screen)")

        // Personnel +1 %: cost 100,800, ROI (400,000 − 100,800) / 100,800 = 296.8 %.
        server.tmux("send-keys", "Right")
        let moved = server.waitForScreen(containing: "296.8%")
        #expect(moved.found, "scenario ROI did not move; screen:\n\(moved.screen)")

        server.tmux("resize-window", "-x", "120", "-y", "40")
        let wide = server.waitForScreen(containing: "Scenario · Erlang C")
        #expect(wide.found, "no re-layout at 120x40; screen:\n\(wide.screen)")

        server.tmux("send-keys", "q")
        #expect(Self.exitStatus(dir) == "0")
        try Self.expectModesRestored(dir)
    }

    /// A temporary directory holding `files`.
    static func dataDirectory() throws -> String {
        let dir = NSTemporaryDirectory() + "tablero-dash-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8) }
        return dir
    }

    /// The shell's lines after the dashboard: the terminal modes, then its exit status.
    static func afterward(_ dir: String) -> String {
        " s=$?; stty -g > '\(dir)/after'; echo $s > '\(dir)/status.tmp'; mv '\(dir)/status.tmp' '\(dir)/status'; sleep 60"
    }

    /// The dashboard's exit status, once the shell wrote it (nil after 15 s).
    static func exitStatus(_ dir: String) -> String? {
        var status: String?
        _ = TmuxServer.waitUntil(seconds: 15) {
            status = try? String(contentsOfFile: dir + "/status", encoding: .utf8)
            return status != nil
        }
        return status?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `stty -g` after the dashboard printed what it printed before.
    static func expectModesRestored(_ dir: String) throws {
        // Output first: two missing or empty files would compare equal too.
        let before = try #require(try? String(contentsOfFile: dir + "/before", encoding: .utf8), "no stty output from before the dashboard")
        try #require(!before.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "stty -g printed nothing before the dashboard")
        let after = try? String(contentsOfFile: dir + "/after", encoding: .utf8)
        #expect(after == before, "terminal modes restored")
    }

    /// `--as-of latest`: the dashboard's own load finds the newest row (c5's
    /// arrival, 09:50) and shows the directory as of it, a replay: c5
    /// waiting, and still 1 waiting once c7, stamped 10:30 (after the
    /// as-of), is appended; then c6, stamped 09:40, is appended: 2 waiting,
    /// the longest 10 minutes, the data's end and the day unchanged. On a
    /// directory with no dated row it ends as `report` does: the one-line
    /// reason, exit 2; the terminal is as it was after both.
    @Test func aReplayOfTheDataEndFindsItsAsOfInItsOwnLoad() throws {
        let tablero = try #require(BuiltBinary.path("tablero"), "tablero is not built; run `swift build` first")
        let dir = try Self.dataDirectory()
        let empty = dir + "/empty"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let server = TmuxServer()
        defer {
            server.kill()
            try? FileManager.default.removeItem(atPath: dir)
        }
        let command = "stty -g > '\(dir)/before'; '\(tablero)' '\(dir)' --as-of latest; echo $? > '\(dir)/first-status';"
            + " '\(tablero)' '\(empty)' --as-of latest 2> '\(dir)/stderr';" + Self.afterward(dir)
        try #require(server.start(command, width: 120, height: 30).status == 0)

        let shown = server.waitForScreen(containingAll: ["Replay · data ends 22 Nov 09:50", "Waiting now 1", "Longest wait 0s"])
        #expect(shown.found, "no replay as of 09:50; screen:\n\(shown.screen)")
        let events = try #require(FileHandle(forWritingAtPath: dir + "/events.csv"))
        events.seekToEndOfFile()
        events.write(Data("2026-11-22T10:30:00Z,c7,arrive,phone,billing,,\n".utf8))
        Thread.sleep(forTimeInterval: 0.5)
        events.write(Data("2026-11-22T09:40:00Z,c6,arrive,phone,billing,,\n".utf8))
        try events.close()
        let moved = server.waitForScreen(containingAll: ["2026-11-22", "Replay · data ends 22 Nov 09:50", "Waiting now 2",
                                                         "Longest wait 10m 00s"])
        #expect(moved.found, "the row before the as-of did not count, or the one after did; screen:\n\(moved.screen)")
        server.tmux("send-keys", "q")

        #expect(Self.exitStatus(dir) == "2")
        let first = try? String(contentsOfFile: dir + "/first-status", encoding: .utf8)
        #expect(first?.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
        let stderr = try? String(contentsOfFile: dir + "/stderr", encoding: .utf8)
        #expect(stderr == "tablero: --as-of latest: \(empty) holds no dated row yet\n")
        try Self.expectModesRestored(dir)
    }
}
