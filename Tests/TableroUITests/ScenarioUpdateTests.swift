import Testing
import TableroCore
@testable import TableroUI
import TableroCanvas

/// `s` (save under a name) and `L` (load a saved one) in `update`: the
/// prompt and the list, the commands they give the runner, and the runner's
/// answers.
@Suite struct ScenarioUpdateTests {
    func model() -> DashboardModel { DashboardModel(settings: Settings()) }

    @discardableResult
    func press(_ m: inout DashboardModel, _ keys: Key...) -> [Command] {
        keys.flatMap { update(&m, .key($0)) }
    }

    func type(_ m: inout DashboardModel, _ text: String) -> [Command] {
        text.flatMap { update(&m, .key(.character($0))) }
    }

    @Test func sOpensAnEmptyPromptAndTypingFillsIt() {
        var m = model()
        #expect(press(&m, .character("s")).isEmpty)
        #expect(m.scenarioDialog == .naming(text: "", refused: false))
        // Keys that do something elsewhere only type here: q, l, 0, R, w.
        #expect(type(&m, "qlR0w").isEmpty)
        #expect(m.scenarioDialog == .naming(text: "qlR0w", refused: false))
        #expect(!m.quitting && m.scenario == Scenario(settings: Settings()) && m.window == .today)
        // Arrows and Tab do nothing in the prompt.
        #expect(press(&m, .right, .tab, .up).isEmpty)
        #expect(m.scenarioDialog == .naming(text: "qlR0w", refused: false))
        #expect(m.focus == .queue)
    }

    @Test func backspaceErasesAndEnterSaves() {
        var m = model()
        press(&m, .character("s"))
        _ = type(&m, "plan-ax")
        press(&m, .backspace)
        #expect(m.scenarioDialog == .naming(text: "plan-a", refused: false))
        #expect(press(&m, .enter) == [.saveScenario("plan-a")])
        #expect(m.scenarioDialog == nil)
        // Backspace on an empty prompt stays empty.
        press(&m, .character("s"), .backspace, .backspace)
        #expect(m.scenarioDialog == .naming(text: "", refused: false))
    }

    @Test func escCancelsWithoutACommand() {
        var m = model()
        press(&m, .character("s"))
        _ = type(&m, "plan")
        #expect(press(&m, .escape).isEmpty)
        #expect(m.scenarioDialog == nil)
        #expect(m.zoom == nil)
    }

    @Test func enterOnANameTheRuleRefusesKeepsThePromptOpen() {
        var m = model()
        press(&m, .character("s"))
        #expect(press(&m, .enter).isEmpty) // empty
        #expect(m.scenarioDialog == .naming(text: "", refused: true))
        _ = type(&m, "plan a")
        #expect(m.scenarioDialog == .naming(text: "plan a", refused: false))
        #expect(press(&m, .enter).isEmpty)
        #expect(m.scenarioDialog == .naming(text: "plan a", refused: true))
        press(&m, .backspace, .backspace)
        _ = type(&m, "-a")
        #expect(press(&m, .enter) == [.saveScenario("plan-a")])
    }

    /// Issue 10: a name over 40 characters is refused, not cut: the rule
    /// shows while it is too long, Enter saves nothing, and erasing back to
    /// 40 makes it acceptable again.
    @Test func aNameOverFortyIsRefusedNotCut() {
        var m = model()
        press(&m, .character("s"))
        _ = type(&m, String(repeating: "x", count: 45))
        #expect(m.scenarioDialog == .naming(text: String(repeating: "x", count: 45), refused: true))
        #expect(press(&m, .enter) == [])
        press(&m, .backspace, .backspace, .backspace, .backspace, .backspace)
        #expect(m.scenarioDialog == .naming(text: String(repeating: "x", count: ScenarioName.maxLength), refused: false))
        #expect(press(&m, .enter) == [.saveScenario(String(repeating: "x", count: ScenarioName.maxLength))])
    }

    @Test func promptIsPrefilledWithTheCurrentScenario() {
        var m = model()
        m.scenarioName = "plan-a"
        press(&m, .character("s"))
        #expect(m.scenarioDialog == .naming(text: "plan-a", refused: false))
        #expect(press(&m, .enter) == [.saveScenario("plan-a")])
    }

    @Test func savedRemembersTheNameAndSaysSo() {
        var m = model()
        press(&m, .right, .right)
        #expect(update(&m, .scenarioSaved("plan-a")).isEmpty)
        #expect(m.scenarioName == "plan-a")
        #expect(m.savedScenario == m.scenario)
        #expect(m.scenarioStatus == .saved("plan-a"))
        #expect(!m.scenarioModified)
        press(&m, .right) // clears the status, moves the slider
        #expect(m.scenarioStatus == nil)
        #expect(m.scenarioModified)
    }

    @Test func capitalLListsThenEnterLoadsTheSelectedName() {
        var m = model()
        #expect(press(&m, .character("L")) == [.listScenarios])
        #expect(m.scenarioDialog == .choosing(names: nil, selected: 0))
        #expect(update(&m, .scenarioList(["alpha", "beta", "gamma"])).isEmpty)
        #expect(m.scenarioDialog == .choosing(names: ["alpha", "beta", "gamma"], selected: 0))
        press(&m, .down, .character("j"), .character("j")) // stops at the last
        #expect(m.scenarioDialog == .choosing(names: ["alpha", "beta", "gamma"], selected: 2))
        press(&m, .up, .character("k"), .character("k"))
        #expect(m.scenarioDialog == .choosing(names: ["alpha", "beta", "gamma"], selected: 0))
        press(&m, .end)
        press(&m, .character("k"))
        #expect(press(&m, .enter) == [.loadScenario("beta")])
        #expect(m.scenarioDialog == nil)
        // The slider keys did nothing while the list was open.
        #expect(m.selectedSlider == .personnel)
    }

    @Test func smallLStillMovesTheSlider() {
        var m = model()
        #expect(press(&m, .character("l")) .map(\.asksForReport) == [true])
        #expect(m.scenarioDialog == nil)
        #expect(m.scenario[.personnel] == 1)
    }

    @Test func listSelectsTheCurrentScenario() {
        var m = model()
        m.scenarioName = "beta"
        press(&m, .character("L"))
        update(&m, .scenarioList(["alpha", "beta"]))
        #expect(m.scenarioDialog == .choosing(names: ["alpha", "beta"], selected: 1))
    }

    @Test func emptyListSaysSoAndEnterOrEscCloses() {
        var m = model()
        press(&m, .character("L"))
        update(&m, .scenarioList([]))
        #expect(m.scenarioDialog == .choosing(names: [], selected: 0))
        press(&m, .down)
        #expect(m.scenarioDialog == .choosing(names: [], selected: 0))
        #expect(press(&m, .enter).isEmpty)
        #expect(m.scenarioDialog == nil)
        press(&m, .character("L"))
        #expect(press(&m, .escape).isEmpty)
        #expect(m.scenarioDialog == nil)
        // An answer after the list was closed is dropped.
        update(&m, .scenarioList(["late"]))
        #expect(m.scenarioDialog == nil)
    }

    @Test func loadedReplacesEverySliderAndRecomputes() {
        var m = model()
        m.selectedSlider = .overhead
        press(&m, .right) // overhead +5, not in the loaded scenario
        let commands = update(&m, .scenarioLoaded(name: "plan-a", values: [.agents: 2, .retention: 1.5]))
        #expect(commands .map(\.asksForReport) == [true])
        var want = Scenario(settings: Settings())
        want[.agents] = 2
        want[.retention] = 1.5
        #expect(m.scenario == want)
        #expect(m.scenarioName == "plan-a" && m.savedScenario == want)
        #expect(m.scenarioStatus == .loaded("plan-a"))
        // The same values again: nothing to recompute.
        #expect(update(&m, .scenarioLoaded(name: "plan-a", values: [.agents: 2, .retention: 1.5])).isEmpty)
    }

    @Test func rereadTakesTheNewValuesAndSaysWhy() {
        var m = model()
        m.scenarioName = "plan-a"
        #expect(update(&m, .scenarioReread(name: "plan-a", values: [.personnel: -10])) .map(\.asksForReport) == [true])
        #expect(m.scenario[.personnel] == -10)
        #expect(m.scenarioStatus == .reread("plan-a"))
    }

    @Test func failureClosesAPendingListAndSaysWhy() {
        var m = model()
        press(&m, .character("L"))
        update(&m, .scenarioFailed("scenarios: not a readable directory"))
        #expect(m.scenarioDialog == nil)
        #expect(m.scenarioStatus == .failed("scenarios: not a readable directory"))
        press(&m, .character("?"))
        #expect(m.scenarioStatus == nil)
    }

    @Test func lockedIgnoresSAndLAndKeepsNoStatus() {
        var m = model()
        m.locked = true
        #expect(press(&m, .character("s"), .character("L")).isEmpty)
        #expect(m.scenarioDialog == nil)
        // A re-read still applies (the scenario changed on disk), silently.
        #expect(update(&m, .scenarioReread(name: "plan-a", values: [.agents: 1])) .map(\.asksForReport) == [true])
        #expect(m.scenario[.agents] == 1)
        #expect(m.scenarioStatus == nil)
    }

    @Test func wallModeIgnoresSAndL() {
        var m = model()
        m.wall = true
        #expect(press(&m, .character("s"), .character("L")).isEmpty)
        #expect(m.scenarioDialog == nil)
    }

    @Test func ctrlCQuitsFromADialog() {
        var m = model()
        press(&m, .character("s"))
        #expect(press(&m, .ctrlC) == [.quit])
        var n = model()
        press(&n, .character("L"))
        #expect(press(&n, .ctrlC) == [.quit])
    }
}
