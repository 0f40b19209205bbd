import Foundation
import TableroUI
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
        try Self.largeEventsFile(bytes: Self.fileBytes).write(to: URL(fileURLWithPath: dir + "/events.csv"))

        let server = TmuxServer()
        defer { server.kill() }
        // `exec` in a child shell: the program keeps the pane as its terminal and its pid is known.
        let command = "sh -c 'echo $$ > \(dir)/pid; exec \(tablero) \(dir) --as-of 2026-11-22T23:00:00Z';"
            + " echo $? > '\(dir)/status.tmp'; mv '\(dir)/status.tmp' '\(dir)/status'; sleep 60"
        try #require(server.start(command, width: 80, height: 24).status == 0)
        // A debug build reads the first slice (64 MB) in some 13 s on a
        // busy 2-core host: more than the harness's 15 s default at times.
        let loading = server.waitForScreen(containing: "MB", seconds: 60)
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

    /// Two and a half slices of the load (`LoopState.sliceBytes`): the
    /// progress bar is drawn after the first, and the key sent then is read
    /// after the second at the latest, a slice before the figures.
    static let fileBytes = 5 * LoopState.sliceBytes / 2

    /// About `bytes` of arrive/answer rows on 2026-11-22, every contact id
    /// distinct. Made from one block of rows copied with its ids' four-digit
    /// block number patched in: formatting every row anew took seconds for
    /// 200 MB in a debug build.
    static func largeEventsFile(bytes: Int) -> Data {
        var block = ""
        var n = 0
        while block.utf8.count < 1 << 20 {
            let t = 1_795_338_000 + n % 40_000
            block += "\(t),b0000c\(n),arrive,sales,phone\n\(t + 20),b0000c\(n),answer,sales,phone\n"
            n += 1
        }
        let template = Array(block.utf8)
        // Where each id's block number goes: after every ",b".
        let digitOffsets = template.indices.dropLast().filter { template[$0] == UInt8(ascii: ",") && template[$0 + 1] == UInt8(ascii: "b") }
            .map { $0 + 2 }
        var data = Data("ts,contact_id,event,queue,channel\n".utf8)
        data.reserveCapacity(bytes + template.count)
        var copy = template
        var number = 0
        while data.count < bytes {
            let digits = Array(String(format: "%04d", number).utf8)
            copy.withUnsafeMutableBufferPointer { bytes in
                for offset in digitOffsets { for k in 0..<4 { bytes[offset + k] = digits[k] } }
            }
            data.append(contentsOf: copy)
            number += 1
        }
        return data
    }
}
