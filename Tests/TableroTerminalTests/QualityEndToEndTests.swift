import Foundation
import Testing

/// Issue 14 on the real binary at 200x60 on the bundled sample: the IQS is
/// on screen, and `c` lists the baseline and the saved scenarios from the
/// worst ROI to the best, the worst first with its ROI.
@Suite("Quality and worst to best (tmux)", .enabled(if: TmuxServer.path != nil, "tmux is not installed"))
struct QualityEndToEndTests {
    @Test func iqsAndComparison() throws {
        let tablero = try #require(BuiltBinary.path("tablero"), "tablero is not built; run `swift build` first")
        let root = FirstRunEndToEndTests.repositoryRoot
        let server = TmuxServer()
        defer { server.kill() }
        try #require(server.start("cd '\(root)' && '\(tablero)' --window 7d; sleep 60", width: 200, height: 60).status == 0)
        let shown = server.waitForScreen(containingAll: ["IQS ", "Comments answered"], seconds: 60)
        #expect(shown.found, "screen:\n\(shown.screen)")
        server.tmux("send-keys", "c")
        let compared = server.waitForScreen(containingAll: ["Worst to best", "worst", "expected", "baseline", "best"], seconds: 30)
        #expect(compared.found, "screen:\n\(compared.screen)")
        let lines = compared.screen.split(separator: "\n").map(String.init)
        let order = ["worst", "expected", "baseline", "best"].compactMap { name in
            lines.firstIndex { $0.contains("│ ▶ \(name) ") || $0.contains("│   \(name) ") }
        }
        #expect(order.count == 4 && order == order.sorted(), "worst to best; screen:\n\(compared.screen)")
        // The worst's row carries its ROI, a loss on the sample.
        if let first = order.first { #expect(lines[first].contains("%") && lines[first].contains("-"), "\(lines[first])") }
        server.tmux("send-keys", "Escape", "q")
    }
}
