import Foundation
import Testing

/// Issue 13's command-line mishaps, on the real binary: each is one line on
/// stderr and exit code 2, and nothing is written where it should not be.
@Suite struct CommandLineMishapTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func tablero(_ arguments: [String], shell: String? = nil) throws -> Run {
        let path = try #require(BuiltBinary.path("tablero"), "tablero is not built; run `swift build` first")
        let errors = NSTemporaryDirectory() + "tablero-mishap-stderr-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: errors) }
        // `shell` redirects stdout (`> /dev/full`) through sh.
        let argv = shell.map { ["/bin/sh", "-c", "'\(path)' " + arguments.map { "'\($0)'" }.joined(separator: " ") + " " + $0] }
            ?? [path] + arguments
        let run = Spawn.run(argv, environment: ProcessInfo.processInfo.environment, errorsTo: errors)
        try #require(run.status >= 0, "\(run.output)")
        return Run(status: run.status, stdout: run.output, stderr: (try? String(contentsOfFile: errors, encoding: .utf8)) ?? "")
    }

    func directory(_ files: [String: String]) throws -> String {
        let dir = NSTemporaryDirectory() + "tablero-mishap-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8) }
        return dir
    }

    static let events = "ts,contact_id,event\n2026-11-22T09:00:00Z,c1,arrive\n"

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func aFailedWriteToStdoutIsAnError() throws {
        let dir = try directory(["events.csv": Self.events])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for args in [["report", dir, "--json"], ["report", dir], ["check", dir]] {
            let run = try tablero(args, shell: "> /dev/full")
            #expect(run.status == 2, "\(args)")
            #expect(run.stderr == "tablero: cannot write to standard output: No space left on device\n")
        }
    }

    @Test func generateRefusesADirectoryWithDataUnlessForced() throws {
        let dir = try directory(["events.csv": Self.events])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let refused = try tablero(["generate", "--out", dir, "--days", "2", "--contacts", "10", "--end", "2026-11-22"])
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix("tablero: --out \(dir) is not empty"))
        #expect(try String(contentsOfFile: dir + "/events.csv", encoding: .utf8) == Self.events)
        let forced = try tablero(["generate", "--out", dir, "--days", "2", "--contacts", "10", "--end", "2026-11-22", "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: dir + "/events.csv", encoding: .utf8) != Self.events)
    }

    @Test func generateIntoAFileIsOneClearLine() throws {
        let run = try tablero(["generate", "--out", "/etc/passwd", "--days", "1", "--contacts", "1"])
        #expect(run.status == 2)
        #expect(run.stderr == "tablero: --out /etc/passwd: not a directory\n")
    }

    @Test func aReversedWindowSaysFromIsAfterTo() throws {
        let dir = try directory(["events.csv": Self.events])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let run = try tablero(["report", dir, "--window", "2026-11-20..2026-11-01"])
        #expect(run.status == 2)
        #expect(run.stderr == "tablero: --window '2026-11-20..2026-11-01': FROM is after TO\n")
    }

    @Test func aWindowBefore1970IsRefused() throws {
        let dir = try directory(["events.csv": Self.events])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let run = try tablero(["report", dir, "--window", "0001-01-01..2026-11-22"])
        #expect(run.status == 2)
        #expect(run.stderr == "tablero: --window '0001-01-01..2026-11-22': days from 1970-01-01 to 2099-12-31 only\n")
    }

    @Test func aPollBelowATenthOfASecondIsRefused() throws {
        let run = try tablero(["/tmp", "--poll", "0.001"])
        #expect(run.status == 2)
        #expect(run.stderr == "tablero: --poll must be between 0.1 and 3600 seconds\n")
    }

    @Test func aFIFONamedAsAScenarioIsRefusedNotWaitedOn() throws {
        let dir = try directory(["events.csv": Self.events])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/scenarios", withIntermediateDirectories: true)
        #expect(mkfifo(dir + "/scenarios/pipe.toml", 0o600) == 0)
        let run = try tablero(["report", dir, "--scenario", "pipe"])
        #expect(run.status == 2)
        #expect(run.stderr == "tablero: --scenario: \(dir)/scenarios/pipe.toml: not a regular file\n")
    }

    /// CLI.md: `--as-of latest` is the time of the newest row in the directory.
    /// Rows at 09:00 and 11:30: as-of 11:30, and c2 (arrived 11:30) is waiting 0 s.
    @Test func asOfLatestIsTheNewestRow() throws {
        let dir = try directory(["events.csv": "ts,contact_id,event\n2026-11-22T09:00:00Z,c1,arrive\n2026-11-22T11:30:00Z,c2,arrive\n"])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let run = try tablero(["report", dir, "--json", "--as-of", "latest"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("\"as_of\" : \"2026-11-22T11:30:00Z\"") || run.stdout.contains("\"as_of\": \"2026-11-22T11:30:00Z\""))
        let empty = try directory([:])
        defer { try? FileManager.default.removeItem(atPath: empty) }
        let none = try tablero(["report", empty, "--as-of", "latest"])
        #expect(none.status == 2)
        #expect(none.stderr == "tablero: --as-of latest: \(empty) holds no dated row yet\n")
    }

    @Test func versionIsOneLine() throws {
        let run = try tablero(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("tablero ") && run.stdout.split(separator: "\n").count == 1)
    }
}
