import Testing
import TableroCore
import TableroText
@testable import TableroUI
import TableroCanvas

/// Issue 9's supervisor tools as values: the flash and the alert log
/// (AlertWatch), the `A`, `f`, `p` and `5` keys, and definitions built
/// from the settings in force.
@Suite struct AlertWatchTests {
    static func alert(_ figure: String, _ level: Level, scope: String = "class:live", value: Double = 1) -> Alert {
        Alert(scope: scope, figure: figure, level: level, value: value, threshold: 1)
    }

    @Test func aFigureThatTurnsCriticalFlashesAt1HzForFlashSecondsThenStaysRed() {
        var w = AlertWatch()
        let wait = Self.alert("longest_wait_now_seconds", .critical)
        w.observe([], now: 0, asOf: 0)
        w.observe([wait], now: 100, asOf: 100)
        let on = { (t: Double) in w.isReversed("class:live", "longest_wait_now_seconds", now: t, seconds: 10) }
        // Reversed the first half of each second, plain the second half.
        #expect(on(100) && on(100.4) && !on(100.6) && on(101.2) && !on(101.7) && on(109.3))
        // After flash_seconds: not reversed any more (the level keeps it red).
        #expect(!on(110) && !on(110.2) && !on(200))
        #expect(w.flashEnds(seconds: 10) == 110)
        // Still critical in the next report: the flash does not start again.
        w.observe([wait], now: 120, asOf: 120)
        #expect(!on(120.1))
        // Good again, then critical again: a new flash.
        w.observe([], now: 130, asOf: 130)
        w.observe([wait], now: 140, asOf: 140)
        #expect(on(140.2))
    }

    @Test func criticalInTheFirstReportDoesNotFlashButIsLogged() {
        var w = AlertWatch()
        w.observe([Self.alert("asa_seconds", .critical)], now: 50, asOf: 50)
        #expect(!w.isFlashing("class:live", "asa_seconds", now: 50, seconds: 10))
        #expect(w.log.map(\.alert.figure) == ["asa_seconds"])
    }

    @Test func aWarningTurningCriticalFlashesAndEveryCrossingIsLoggedNewestFirst() {
        var w = AlertWatch()
        w.observe([], now: 0, asOf: 1_000)
        w.observe([Self.alert("service_level_percent", .warning)], now: 10, asOf: 1_010)
        #expect(!w.isFlashing("class:live", "service_level_percent", now: 10, seconds: 10))
        w.observe([Self.alert("service_level_percent", .critical), Self.alert("nps", .warning, scope: "overall")], now: 20, asOf: 1_020)
        #expect(w.isFlashing("class:live", "service_level_percent", now: 20, seconds: 10))
        // Within a report the contract's order; across reports newest first.
        #expect(w.log.map(\.alert.figure) == ["service_level_percent", "nps", "service_level_percent"])
        #expect(w.log.map(\.alert.level) == [.critical, .warning, .warning])
        #expect(w.log.map(\.time) == [1_020, 1_020, 1_010])
        // The same alerts again: no crossing, nothing logged.
        w.observe([Self.alert("service_level_percent", .critical), Self.alert("nps", .warning, scope: "overall")], now: 30, asOf: 1_030)
        #expect(w.log.count == 3)
    }

    @Test func theLogKeepsTheLatest200() {
        var w = AlertWatch()
        w.observe([], now: 0, asOf: 0)
        for i in 1...150 {
            w.observe([Self.alert("asa_seconds", .warning), Self.alert("nps", .warning, scope: "overall")], now: Double(2 * i), asOf: Double(2 * i))
            w.observe([], now: Double(2 * i + 1), asOf: Double(2 * i + 1))
        }
        #expect(w.log.count == AlertWatch.logLimit)
        #expect(w.log.first?.time == 300)
        #expect(w.log.last?.time == 102)  // 100 reports of 2 crossings: times 102…300
    }
}

@Suite struct FloorKeyTests {
    func model() -> DashboardModel { ViewFixture.model(width: 120, height: 40) }

    @discardableResult
    func press(_ m: inout DashboardModel, _ keys: Key...) -> [Command] {
        keys.flatMap { update(&m, .key($0)) }
    }

    @Test func capitalAOpensTheLogAndAnyKeyClosesIt() {
        var m = model()
        press(&m, .character("A"))
        #expect(m.floor.showAlertLog)
        // A slider key closes the log and does not move the slider.
        press(&m, .right)
        #expect(!m.floor.showAlertLog)
        #expect(m.scenario[.personnel] == 10)
        press(&m, .character("A"), .character("f"))
        #expect(!m.floor.showAlertLog && m.floor.showDefinitions)
        press(&m, .escape)
        #expect(!m.floor.showDefinitions)
    }

    @Test func definitionsScrollWithUpAndDownAndSayWhatIsLeft() {
        var m = ViewFixture.model(width: 80, height: 24)
        press(&m, .character("f"))
        let first = ViewFixture.render(m)
        #expect(first.lines.contains { $0.contains("more") && $0.contains("↑↓") })
        press(&m, .down, .down)
        #expect(m.floor.showDefinitions && m.floor.definitionsOffset == 2)
        #expect(ViewFixture.render(m).lines != first.lines)
        press(&m, .up, .up, .up)
        #expect(m.floor.definitionsOffset == 0)
        press(&m, .character("x"))
        #expect(!m.floor.showDefinitions)
    }

    @Test func fIsNotOnTheWall() {
        var m = model()
        m.wall = true
        press(&m, .character("f"))
        #expect(!m.floor.showDefinitions)
    }

    @Test func pFreezesTheScreenWhileReportsKeepComing() {
        var m = model()
        m.loop.phase = .running
        m.loop.wall = ViewFixture.now
        let before = m.report!
        press(&m, .character("p"))
        #expect(m.floor.frozen != nil)
        // A newer report arrives: the model takes it, the screen does not.
        let later = ViewFixture.store().report(window: .all, asOf: ViewFixture.asOf + 600, scenario: m.scenario)
        _ = update(&m, .reportComputed(later))
        #expect(m.report?.asOf == ViewFixture.asOf + 600)
        #expect(m.shown.report?.asOf == before.asOf)
        let paused = ViewFixture.render(m)
        #expect(paused.lines[0].contains("Paused 10:00"))
        #expect(paused.lines[0].contains("As of 10:00:00"))
        // Keys that would change the figures wait; q, ?, zoom still work.
        press(&m, .right, .character("w"))
        #expect(m.scenario[.personnel] == 10 && m.window == .all)
        press(&m, .character("3"))
        #expect(m.zoom == .roi)
        press(&m, .escape, .character("p"))
        #expect(m.floor.frozen == nil)
        let live = ViewFixture.render(m)
        #expect(!live.lines[0].contains("Paused"))
        #expect(live.lines[0].contains("As of 10:10:00"))
    }

    @Test func pausedInSpanish() {
        var m = ViewFixture.model(width: 120, height: 40, locale: "es")
        m.loop.wall = ViewFixture.now
        press(&m, .character("p"))
        let canvas = ViewFixture.render(m)
        #expect(canvas.lines[0].contains("En pausa 10:00"))
        #expect(canvas.lines.last!.contains("p reanudar"))
    }

    @Test func fiveZoomsTheAgentsOnlyWhenThereAreAgents() {
        var m = model()
        press(&m, .character("5"))
        #expect(m.zoom == nil)
        m.report?.agentStates = FloorFixture.agents
        press(&m, .character("5"))
        #expect(m.zoom == .agents)
    }

    @Test func tabReachesTheAgentsPaneOnlyWhereItIsOnScreen() {
        var m = model()
        m.report?.agentStates = FloorFixture.agents
        press(&m, .tab, .tab, .tab, .tab)
        #expect(m.focus == .queue)  // 120×40: the 2×2 grid
        m.width = 240
        m.height = 70
        press(&m, .tab, .tab, .tab, .tab)
        #expect(m.focus == .agents)
        press(&m, .tab)
        #expect(m.focus == .queue)
    }
}

@Suite struct DefinitionsTests {
    func serviceLevel(_ d: Definitions) -> String { d.queue.first { $0.figure == "Service level" || $0.figure == "Nivel de servicio" }!.text }

    @Test func serviceLevelFollowsTheSettingsInForce() {
        var settings = Settings()
        #expect(serviceLevel(Definitions(language: .english, settings: settings))
            == "answered within 20 s (phone, chat, video) or 4 h (other channels) ÷ answered + abandoned after 5 s · target 80%")
        settings.queue.serviceLevelSeconds = 30
        settings.queue.serviceLevelTarget = 90
        settings.queue.shortAbandonSeconds = 10
        settings.queue.liveChannels = ["phone", "chat"]
        var email = ChannelOverrides()
        email.serviceLevelSeconds = 86_400
        settings.queue.channels["email"] = email
        #expect(serviceLevel(Definitions(language: .english, settings: settings))
            == "answered within 30 s (phone, chat), 1 d (email) or 4 h (other channels) ÷ answered + abandoned after 10 s · target 90%")
        let es = Definitions(language: .spanish, settings: settings)
        #expect(es.queue.first { $0.figure == "Nivel de servicio" }?.text.hasPrefix("atendidos en 30 s (phone, chat)") == true)
    }

    @Test func everyPaneHasDefinitionsInBothLanguages() {
        for language in Language.allCases {
            let d = Definitions(language: language, settings: Settings())
            for entries in [d.queue, d.satisfaction, d.roi, d.whatIf, d.agents] {
                #expect(!entries.isEmpty)
                #expect(entries.allSatisfy { !$0.text.isEmpty && !$0.figure.isEmpty })
            }
        }
        var settings = Settings()
        settings.satisfaction.csatTarget = 90
        #expect(Definitions(language: .english, settings: settings).satisfaction[0].text.hasSuffix("target 90%"))
    }
}
