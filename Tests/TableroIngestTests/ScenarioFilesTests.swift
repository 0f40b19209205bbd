import Foundation
import Testing
@testable import TableroIngest
import TableroCore

/// Named scenarios in DIR/scenarios: the file format, atomic saves, the name
/// rule, errors with file and line, listing, and change detection.
@Suite("scenario files")
struct ScenarioFilesTests {
    let baseline = Scenario(settings: Settings())

    func moved() -> Scenario {
        var s = baseline
        s[.personnel] = 10
        s[.agents] = -3
        s[.retention] = 1.5
        s[.attribution] = 80
        s[.technology] = 0.1 + 0.2 // not on a step: must survive exactly
        return s
    }

    @Test func roundTripKeepsEverySliderExactly() throws {
        let dir = try TempDataDir()
        try ScenarioFiles.save("plan-a", scenario: moved(), baseline: baseline, root: dir.root)
        let saved = try ScenarioFiles.load("plan-a", root: dir.root, agents: 40)
        #expect(saved.name == "plan-a")
        #expect(saved.applied(to: baseline) == moved())
        // Only the sliders away from the baseline are written.
        #expect(Set(saved.values.keys) == [.personnel, .agents, .retention, .attribution, .technology])
    }

    @Test func fileIsCommentedTOMLWithOneLinePerMovedSlider() throws {
        let dir = try TempDataDir()
        try ScenarioFiles.save("plan-a", scenario: moved(), baseline: baseline, root: dir.root)
        let text = try String(contentsOfFile: dir.path("scenarios/plan-a.toml"), encoding: .utf8)
        #expect(text == """
        # Tablero what-if scenario
        personnel = 10
        technology = 0.30000000000000004
        agents = -3
        retention = 1.5
        attribution = 80

        """)
    }

    @Test func saveLeavesNoTemporaryFileAndReplacesTheOldVersion() throws {
        let dir = try TempDataDir()
        try ScenarioFiles.save("plan-a", scenario: moved(), baseline: baseline, root: dir.root)
        var second = baseline
        second[.overhead] = -20
        try ScenarioFiles.save("plan-a", scenario: second, baseline: baseline, root: dir.root)
        let entries = try FileManager.default.contentsOfDirectory(atPath: dir.path("scenarios"))
        #expect(entries == ["plan-a.toml"])
        #expect(try ScenarioFiles.load("plan-a", root: dir.root, agents: 40).values == [.overhead: -20])
    }

    @Test func saveIntoAMissingDataDirectoryFails() throws {
        let missing = NSTemporaryDirectory() + "tablero-no-such-dir-" + UUID().uuidString
        #expect(throws: ScenarioFiles.Problem.self) {
            try ScenarioFiles.save("plan-a", scenario: baseline, baseline: baseline, root: missing)
        }
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test(arguments: ["", "../etc", "a/b", ".hidden", "plan a", "plan.a", "ñandú", String(repeating: "x", count: 41), "a\u{1B}[2J"])
    func badNamesAreRefusedBeforeAnyPathIsBuilt(_ name: String) throws {
        let dir = try TempDataDir()
        let problem = try #require(throws: ScenarioFiles.Problem.self) {
            try ScenarioFiles.save(name, scenario: baseline, baseline: baseline, root: dir.root)
        }
        #expect(problem.description.contains("scenario name"), "\(problem)")
        #expect(!problem.description.contains("\u{1B}"))
        #expect(throws: ScenarioFiles.Problem.self) { try ScenarioFiles.load(name, root: dir.root, agents: 40) }
        #expect(!FileManager.default.fileExists(atPath: dir.path("scenarios")))
    }

    @Test(arguments: ["a", "plan-A_2", String(repeating: "x", count: 40)])
    func goodNamesAreAccepted(_ name: String) throws {
        let dir = try TempDataDir()
        try ScenarioFiles.save(name, scenario: moved(), baseline: baseline, root: dir.root)
        #expect(try ScenarioFiles.names(root: dir.root) == [name])
    }

    @Test func unknownKeyIsReportedWithFileAndLine() throws {
        let dir = try TempDataDir(["scenarios/bad.toml": "# Tablero what-if scenario\npersonnel = 5\n\nagnets = 2\n"])
        let problem = try #require(throws: ScenarioFiles.Problem.self) {
            try ScenarioFiles.load("bad", root: dir.root, agents: 40)
        }
        #expect(problem.description.hasPrefix(dir.path("scenarios/bad.toml") + ":4: unknown key 'agnets'"), "\(problem)")
    }

    @Test func aQuotedKeyIsReportedWithItsLine() throws {
        let dir = try TempDataDir(["scenarios/bad.toml": "# Tablero what-if scenario\npersonnel = 5\n\"agnets\" = 2\n"])
        let problem = try #require(throws: ScenarioFiles.Problem.self) {
            try ScenarioFiles.load("bad", root: dir.root, agents: 40)
        }
        #expect(problem.description.hasPrefix(dir.path("scenarios/bad.toml") + ":3: unknown key 'agnets'"), "\(problem)")
    }

    @Test func brokenTOMLIsReportedWithFileAndLine() throws {
        let dir = try TempDataDir(["scenarios/bad.toml": "personnel = 5\ntraining = = 3\n"])
        let problem = try #require(throws: ScenarioFiles.Problem.self) {
            try ScenarioFiles.load("bad", root: dir.root, agents: 40)
        }
        #expect(problem.description.hasPrefix(dir.path("scenarios/bad.toml") + ":2: "), "\(problem)")
    }

    @Test func outOfRangeAndNonNumbersAreReportedWithLine() throws {
        let dir = try TempDataDir([
            "scenarios/far.toml": "personnel = 5\nretention = 25\n",
            "scenarios/text.toml": "# note\n\nagents = \"two\"\n",
            "scenarios/table.toml": "personnel = 1\n[agents]\nx = 1\n",
            "scenarios/half.toml": "personnel = 2.5\nagents = 1.5\n",
        ])
        let far = try #require(throws: ScenarioFiles.Problem.self) { try ScenarioFiles.load("far", root: dir.root, agents: 40) }
        #expect(far.description.hasSuffix("far.toml:2: retention = 25 is outside -20..20"), "\(far)")
        let text = try #require(throws: ScenarioFiles.Problem.self) { try ScenarioFiles.load("text", root: dir.root, agents: 40) }
        #expect(text.description.hasSuffix("text.toml:3: agents must be a number"), "\(text)")
        let table = try #require(throws: ScenarioFiles.Problem.self) { try ScenarioFiles.load("table", root: dir.root, agents: 40) }
        #expect(table.description.hasSuffix("table.toml:2: agents must be a number"), "\(table)")
        // Whole agents only, as `--what-if` takes them; a part of a percent is fine.
        let half = try #require(throws: ScenarioFiles.Problem.self) { try ScenarioFiles.load("half", root: dir.root, agents: 40) }
        #expect(half.description.hasSuffix("half.toml:2: agents must be a whole number"), "\(half)")
    }

    @Test func agentsRangeFollowsTheAgentsAtAsOf() throws {
        let dir = try TempDataDir()
        try ScenarioFiles.save("plan-a", scenario: moved(), baseline: baseline, root: dir.root) // agents −3
        #expect(try ScenarioFiles.load("plan-a", root: dir.root, agents: 4).values[.agents] == -3)
        let problem = try #require(throws: ScenarioFiles.Problem.self) {
            try ScenarioFiles.load("plan-a", root: dir.root, agents: 3)
        }
        #expect(problem.description.contains("agents = -3 is outside -2..50"), "\(problem)")
    }

    @Test func missingScenarioNamesTheSavedOnes() throws {
        let dir = try TempDataDir()
        let none = try #require(throws: ScenarioFiles.Problem.self) { try ScenarioFiles.load("plan-x", root: dir.root, agents: 40) }
        #expect(none.description.contains("no saved scenario 'plan-x'") && none.description.contains("none saved"), "\(none)")
        try ScenarioFiles.save("plan-a", scenario: moved(), baseline: baseline, root: dir.root)
        let some = try #require(throws: ScenarioFiles.Problem.self) { try ScenarioFiles.load("plan-x", root: dir.root, agents: 40) }
        #expect(some.description.contains("saved: plan-a"), "\(some)")
    }

    @Test func namesAreSortedAndOnlyValidTOMLNamesAreListed() throws {
        let dir = try TempDataDir()
        #expect(try ScenarioFiles.names(root: dir.root) == [], "no scenarios/ yet")
        for name in ["zeta", "Beta", "alpha", "beta"] {
            try ScenarioFiles.save(name, scenario: moved(), baseline: baseline, root: dir.root)
        }
        try dir.write("scenarios/.gamma.tmp-123", "")
        try dir.write("scenarios/notes.txt", "")
        try dir.write("scenarios/two words.toml", "")
        #expect(try ScenarioFiles.names(root: dir.root) == ["alpha", "Beta", "beta", "zeta"])
    }

    @Test func fingerprintChangesOnEveryRewrite() throws {
        let dir = try TempDataDir()
        #expect(ScenarioFiles.fingerprint("plan-a", root: dir.root) == nil)
        let first = try ScenarioFiles.save("plan-a", scenario: moved(), baseline: baseline, root: dir.root)
        #expect(ScenarioFiles.fingerprint("plan-a", root: dir.root) == first)
        #expect(try ScenarioFiles.load("plan-a", root: dir.root, agents: 40).fingerprint == first)
        // The same bytes again: a new inode all the same.
        let second = try ScenarioFiles.save("plan-a", scenario: moved(), baseline: baseline, root: dir.root)
        #expect(second != first)
        #expect(ScenarioFiles.fingerprint("plan-a", root: dir.root) == second)
        // Written in place by an editor: same inode, other size.
        try "personnel = 1\n".write(toFile: dir.path("scenarios/plan-a.toml"), atomically: false, encoding: .utf8)
        #expect(ScenarioFiles.fingerprint("plan-a", root: dir.root) != second)
    }

    /// A scenario named like a data file (`queue_log-x.toml` classifies as a
    /// queue_log) must never be read as data.
    @Test func scenariosDirectoryIsNotData() throws {
        let dir = try TempDataDir(["events.csv": "ts,contact_id,event\n"])
        for name in ["queue_log-x", "events_plan", "tablero"] {
            try ScenarioFiles.save(name, scenario: moved(), baseline: baseline, root: dir.root)
        }
        try dir.write("scenarios/events.csv", "ts,contact_id,event\n")
        #expect(try DataDirectory.list(dir.root).map(\.path) == ["events.csv"])
        // Another sub-directory is still read.
        try dir.write("archive/events.csv", "ts,contact_id,event\n")
        #expect(try DataDirectory.list(dir.root).map(\.path) == ["archive/events.csv", "events.csv"])
    }
}
