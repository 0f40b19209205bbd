import Foundation
import Testing

/// Issue 10: `check` said "Unclosed 0" where `report` said 68: check counted
/// as of the newest row, report as of the clock. Both count as of the clock
/// now, and rows stamped after it are named "in the future" by both.
@Suite struct CheckAgreesWithReportTests {
    func tablero(_ arguments: [String]) throws -> (status: Int32, stdout: String) {
        let path = try #require(BuiltBinary.path("tablero"), "tablero is not built; run `swift build` first")
        let run = Spawn.run([path] + arguments, environment: ProcessInfo.processInfo.environment, errorsTo: "/dev/null")
        return (run.status, run.output)
    }

    @Test func sameUnclosedAndFutureRows() throws {
        let dir = NSTemporaryDirectory() + "tablero-check-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let now = Int(Date().timeIntervalSince1970)
        // Two calls waiting for 20 h (past the 12 h horizon: unclosed), one
        // answered, one stamped tomorrow (in the future).
        let rows = [
            "\(now - 72_000),w1,arrive", "\(now - 71_000),w2,arrive",
            "\(now - 600),a1,arrive", "\(now - 590),a1,answer",
            "\(now + 86_400),f1,arrive",
        ]
        try ("ts,contact_id,event\n" + rows.joined(separator: "\n") + "\n")
            .write(toFile: dir + "/events.csv", atomically: true, encoding: .utf8)
        let check = try tablero(["check", dir])
        #expect(check.status == 1)
        #expect(check.stdout.contains("1 rejected (1 in the future), 2 unclosed"), "\(check.stdout)")
        let report = try tablero(["report", dir, "--json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let files = try #require((json["data_quality"] as? [String: Any])?["files"] as? [[String: Any]])
        #expect(files.compactMap { $0["unclosed"] as? Int }.reduce(0, +) == 2)
        #expect(files.compactMap { $0["rejected"] as? Int }.reduce(0, +) == 1)
        let errors = files.flatMap { ($0["errors"] as? [String]) ?? [] }
        #expect(errors.contains { $0.hasPrefix("events.csv:6: stamped ") && $0.hasSuffix("in the future") }, "\(errors)")
    }
}
