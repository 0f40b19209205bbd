import Foundation
import Testing

/// `--scenario NAME` on the real `tablero report`: the saved sliders are the
/// starting point, `--what-if` applies on top, and a missing or broken
/// scenario is one line on stderr with exit code 2.
@Suite struct ScenarioOptionTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs the built `tablero` with the test's environment, through the
    /// same spawn helper as the tmux tests (Foundation.Process's
    /// waitUntilExit hung in the first terminal probe).
    func tablero(_ arguments: [String]) throws -> Run {
        let path = try #require(BuiltBinary.path("tablero"), "tablero is not built; run `swift build` first")
        let errors = NSTemporaryDirectory() + "tablero-scenario-stderr-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: errors) }
        let run = Spawn.run([path] + arguments, environment: ProcessInfo.processInfo.environment, errorsTo: errors)
        try #require(run.status >= 0, "\(run.output)")
        let stderr = try String(contentsOfFile: errors, encoding: .utf8)
        return Run(status: run.status, stdout: run.output, stderr: stderr)
    }

    /// A data directory with a cost line and two saved scenarios, one broken.
    func makeDirectory() throws -> String {
        let dir = NSTemporaryDirectory() + "tablero-scenario-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir + "/scenarios", withIntermediateDirectories: true)
        let files = [
            "events.csv": "ts,contact_id,event,channel,queue,agent\n2026-11-22T09:00:00Z,c1,arrive,phone,billing,\n2026-11-22T09:00:10Z,c1,answer,phone,billing,Ana\n",
            "costs.csv": "period,category,amount\n2026-11,personnel,80000\n",
            "scenarios/plan-a.toml": "# Tablero what-if scenario\npersonnel = 10\nretention = 1.5\n",
            "scenarios/broken.toml": "# Tablero what-if scenario\npersonnel = 10\nagnets = 2\n",
        ]
        for (name, text) in files { try text.write(toFile: dir + "/" + name, atomically: true, encoding: .utf8) }
        return dir
    }

    func sliders(_ run: Run) throws -> [String: Double] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let scenario = try #require(object["scenario"] as? [String: Any])
        let sliders = try #require(scenario["sliders"] as? [String: Any])
        return sliders.compactMapValues { ($0 as? NSNumber)?.doubleValue }
    }

    @Test func reportStartsFromTheSavedScenarioAndWhatIfAppliesOnTop() throws {
        let dir = try makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let asOf = ["--as-of", "2026-11-22T10:00:00Z", "--json"]
        let plain = try tablero(["report", dir, "--scenario", "plan-a"] + asOf)
        #expect(plain.status == 0, "\(plain.stderr)")
        let s = try sliders(plain)
        #expect(s["personnel"] == 10 && s["retention"] == 1.5 && s["agents"] == 0 && s["attribution"] == 100)
        let both = try tablero(["report", dir, "--scenario", "plan-a", "--what-if", "personnel=-5", "--what-if", "agents=2"] + asOf)
        #expect(both.status == 0, "\(both.stderr)")
        let b = try sliders(both)
        #expect(b["personnel"] == -5 && b["retention"] == 1.5 && b["agents"] == 2)
    }

    @Test(arguments: [
        ("nope", "no saved scenario 'nope'"),
        ("broken", "broken.toml:3: unknown key 'agnets'"),
        ("../costs", "scenario name '../costs' must be"),
    ])
    func badScenarioIsOneLineAndExitCode2(_ name: String, _ message: String) throws {
        let dir = try makeDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let run = try tablero(["report", dir, "--scenario", name])
        #expect(run.status == 2)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.hasPrefix("tablero: --scenario: "), "\(run.stderr)")
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
    }
}
