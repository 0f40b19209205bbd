import Foundation
import Testing

/// Issue 10, "use the room", measured the way a person sees it: tablero on
/// the bundled sample-data (30-day window, replayed as of its newest row)
/// in a tmux terminal, the pane captured, and the rows holding nothing but
/// spaces and box drawing counted (Tests/Tools/blank-rows.sh does the same by hand).
@Suite("Use the room (tmux)", .enabled(if: TmuxServer.path != nil, "tmux is not installed"))
struct RoomEndToEndTests {
    static let sampleData = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("sample-data").path

    static func blankRows(_ screen: String) -> Int {
        screen.split(separator: "\n", omittingEmptySubsequences: false).prefix(90).filter { line in
            line.unicodeScalars.allSatisfy { $0 == " " || (0x2500...0x257F).contains($0.value) }
        }.count
    }

    func screen(_ args: String, width: Int, height: Int, waitFor: [String]) throws -> String {
        let tablero = try #require(BuiltBinary.path("tablero"), "tablero is not built; run `swift build` first")
        let server = TmuxServer()
        defer { server.kill() }
        try #require(server.start("'\(tablero)' '\(Self.sampleData)' --as-of latest \(args); sleep 60", width: width, height: height).status == 0)
        let shot = server.waitForScreen(containingAll: waitFor, seconds: 30)
        #expect(shot.found, "screen:\n\(shot.screen)")
        server.tmux("send-keys", "q")
        // The captured pane has one line per row; a trailing newline may follow.
        return shot.screen.split(separator: "\n", omittingEmptySubsequences: false).prefix(height).joined(separator: "\n")
    }

    @Test(arguments: ["", "--wall"])
    func atMost22Of90RowsBlankAt300x90(mode: String) throws {
        // The footer's last key: the whole screen has been drawn.
        let shot = try screen("--window 30d " + mode, width: 300, height: 90, waitFor: mode.isEmpty ? ["Promoters", "Channel", "q quit"] : ["target", "q quit"])
        let blank = Self.blankRows(shot)
        #expect(blank <= 22, "\(blank) of 90 rows blank\n\(shot)")
    }

    /// At 120×40 the queue table keeps every column, and its first row is
    /// the worst queue (severity order), not `billing`, the first by name.
    @Test func theQueueTableKeepsItsColumnsWorstFirstAt120x40() throws {
        let shot = try screen("--window 30d", width: 120, height: 40, waitFor: ["Queue", "Offered", "q quit"])
        let lines = shot.split(separator: "\n").map(String.init)
        let at = try #require(lines.firstIndex { $0.contains("Waiting") && $0.contains("Offered") }, "no queue table:\n\(shot)")
        for column in ["Waiting", "Longest", "ASA", "SL", "Abandon", "Offered"] {
            #expect(lines[at].contains(column), "the queue table lacks \(column): \(lines[at])")
        }
        let first = lines[at + 1].split(separator: "│").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        #expect(!first.hasPrefix("billing"), "alphabetical, not worst first: \(lines[at + 1])")
    }
}
