import Testing
import TableroCore
@testable import TableroUI
import TableroCanvas

/// Each key's effect on the model: slider bounds and steps, pane focus,
/// window cycling, zoom, help, quit, wall and locked modes.
@Suite struct UpdateTests {
    func model() -> DashboardModel { DashboardModel(settings: Settings()) }

    @discardableResult
    func press(_ m: inout DashboardModel, _ keys: Key...) -> [Command] {
        keys.flatMap { update(&m, .key($0)) }
    }

    @Test func tabCyclesPanesBothWays() {
        var m = model()
        press(&m, .tab)
        #expect(m.focus == .satisfaction)
        press(&m, .tab, .tab, .tab)
        #expect(m.focus == .queue)
        press(&m, .backTab)
        #expect(m.focus == .whatIf)
    }

    @Test func arrowsAndVimKeysSelectSliders() {
        var m = model()
        m.focus = .whatIf
        press(&m, .down, .character("j"))
        #expect(m.selectedSlider == .technology)
        press(&m, .up)
        #expect(m.selectedSlider == .training)
        press(&m, .character("k"), .character("k"))
        #expect(m.selectedSlider == .attribution) // wraps
    }

    @Test func slidersMoveByTheirStepAndStopAtTheirBounds() {
        var m = model()
        // personnel: step 1, range −50…100.
        #expect(press(&m, .right, .character("l")) .map(\.asksForReport) == [true, true])
        #expect(m.scenario[.personnel] == 2)
        press(&m, .pageDown)
        #expect(m.scenario[.personnel] == -8)
        for _ in 0..<10 { press(&m, .shiftLeft) }
        #expect(m.scenario[.personnel] == -50)
        #expect(press(&m, .left).isEmpty) // at the bound: nothing to recompute
        // retention: step 0.5, range ±20.
        m.selectedSlider = .retention
        press(&m, .right, .right, .character("h"))
        #expect(m.scenario[.retention] == 0.5)
        press(&m, .pageUp, .pageUp, .pageUp, .shiftRight, .shiftRight)
        #expect(m.scenario[.retention] == 20)
    }

    @Test func agentsSliderCannotRemoveTheLastAgent() {
        var m = model()
        m.selectedSlider = .agents
        // No report: agents unknown, so the slider cannot go below 0.
        press(&m, .left)
        #expect(m.scenario[.agents] == 0)
        press(&m, .right, .right)
        #expect(m.scenario[.agents] == 2)
    }

    /// Issue 10: on a 97.7 % retention base the retention slider stops at
    /// +2 pp (0.5 steps short of 100 %), so no scenario passes 100 %.
    @Test func retentionStopsShortOfAHundredPercent() {
        var m = model()
        var report = MetricsStore().report(window: .all, asOf: 0)
        report.retention.retentionPercent = 97.7
        m.report = report
        m.selectedSlider = .retention
        m.focus = .whatIf
        press(&m, .pageUp)
        #expect(m.scenario[.retention] == 2)
        #expect(press(&m, .right).isEmpty)
    }

    /// Issue 10: keys act on what is on screen. Zoom 1, then → ×5, changed
    /// personnel cost on a slider nobody could see.
    @Test func arrowsDoNotMoveHiddenSliders() {
        var m = model()
        press(&m, .character("1"))
        #expect(m.zoom == .queue && !m.slidersOnScreen)
        #expect(press(&m, .right, .right, .right, .right, .right, .pageUp, .character("R")).isEmpty)
        #expect(m.scenario == Scenario(settings: Settings()))
        press(&m, .escape, .character("4"))
        #expect(m.slidersOnScreen)
        press(&m, .right)
        #expect(m.scenario[.personnel] == 1)
        // The wall has no sliders at all.
        m.zoom = nil
        m.wall = true
        #expect(press(&m, .right).isEmpty)
    }

    /// Tab focus decides ↑/↓: the queue table scrolls in Queue, a slider is
    /// chosen in What-if, nothing changes elsewhere; Enter zooms the focused pane.
    @Test func focusDecidesUpAndDown() {
        var m = model()
        #expect(m.focus == .queue)
        press(&m, .down, .down, .character("j"))
        #expect(m.queueScroll == 3 && m.selectedSlider == .personnel)
        press(&m, .up, .up, .up, .up)
        #expect(m.queueScroll == 0)
        press(&m, .tab)                      // Satisfaction
        press(&m, .down)
        #expect(m.queueScroll == 0 && m.selectedSlider == .personnel)
        press(&m, .backTab, .backTab)        // What-if
        #expect(m.focus == .whatIf)
        press(&m, .down)
        #expect(m.selectedSlider == .training)
        press(&m, .enter)
        #expect(m.zoom == .whatIf)
    }

    @Test func zeroResetsOneSliderAndCapitalRAll() {
        var m = model()
        press(&m, .right, .right)
        m.selectedSlider = .attribution
        press(&m, .left) // 100 → 95
        #expect(m.scenario[.attribution] == 95)
        #expect(press(&m, .character("0")) .map(\.asksForReport) == [true])
        #expect(m.scenario[.attribution] == 100) // back to the setting, not 0
        #expect(m.scenario[.personnel] == 2)
        #expect(press(&m, .character("R")) .map(\.asksForReport) == [true])
        #expect(m.scenario == Scenario(settings: Settings()))
        #expect(press(&m, .character("R")).isEmpty)
    }

    @Test func wCyclesTheWindow() {
        var m = model()
        #expect(press(&m, .character("w")) .map(\.asksForReport) == [true])
        #expect(m.window == .lastDays(7))
        press(&m, .character("w"), .character("w"))
        #expect(m.window == .all)
        press(&m, .character("w"))
        #expect(m.window == .today)
    }

    @Test func digitsZoomAndEscapeReturns() {
        var m = model()
        press(&m, .character("3"))
        #expect(m.zoom == .roi)
        press(&m, .character("1"))
        #expect(m.zoom == .queue)
        press(&m, .escape)
        #expect(m.zoom == nil)
        press(&m, .character("5"))
        #expect(m.zoom == nil)
    }

    @Test func helpOpensAndAnyKeyClosesIt() {
        var m = model()
        press(&m, .character("?"))
        #expect(m.showHelp)
        press(&m, .right) // closes help, does not move a slider
        #expect(!m.showHelp)
        #expect(m.scenario[.personnel] == 0)
    }

    @Test func qAndCtrlCQuit() {
        var m = model()
        #expect(press(&m, .character("q")) == [.quit])
        #expect(m.quitting)
        var n = model()
        #expect(press(&n, .ctrlC) == [.quit])
    }

    @Test func lockedIgnoresEverythingButCtrlC() {
        var m = model()
        m.locked = true
        #expect(press(&m, .character("q"), .tab, .right, .character("w")).isEmpty)
        #expect(m.focus == .queue && !m.quitting)
        #expect(press(&m, .ctrlC) == [.quit])
    }

    @Test func wallModeHasNoSliders() {
        var m = model()
        m.wall = true
        #expect(press(&m, .right, .down, .character("R")).isEmpty)
        #expect(m.scenario == Scenario(settings: Settings()))
    }

    @Test func resizeRecordsTheSize() {
        var m = model()
        #expect(update(&m, .resized(width: 200, height: 50)).isEmpty)
        #expect(m.width == 200 && m.height == 50)
    }
}

extension Command {
    /// A `computeReport`, whatever it asks for (the request is checked
    /// where it matters, in LoopScriptTests).
    var asksForReport: Bool {
        if case .computeReport = self { return true }
        return false
    }
}
