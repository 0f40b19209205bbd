import Foundation
import Testing
import TableroCore
@testable import TableroUI
import TableroCanvas

/// The view fixture with agents on the floor and a wait that just turned
/// critical (its flash on at the fixture's wall clock).
enum FloorFixture {
    static let asOf = ViewFixture.asOf
    static let agents = AgentFigures(list: [
        AgentState(agent: "ana", activity: .available, since: asOf - 300, queues: ["billing", "support"]),
        AgentState(agent: "ben", activity: .onContact, since: asOf - 95, queues: ["support"]),
        AgentState(agent: "carla", activity: .paused, since: asOf - 2_400, reason: "Lunch", queues: ["billing", "support"]),
        AgentState(agent: "dan", activity: .wrapUp, since: asOf - 40, queues: ["billing"]),
        AgentState(agent: "eva", activity: .onContact, since: asOf - 610, queues: ["billing"]),
        AgentState(agent: "fede", activity: .paused, since: asOf - 300, reason: "Training", queues: ["support"]),
        AgentState(agent: "gus", activity: .loggedOut, since: asOf - 7_200),
    ])

    /// The fixture's model with agents, seeded with no alerts a minute ago
    /// and the report's alerts 0.2 s before the wall clock: every critical
    /// figure has just crossed and is reversed.
    static func model(width: Int, height: Int) -> DashboardModel {
        var m = ViewFixture.model(width: width, height: height)
        m.report?.agentStates = agents
        m.floor.alerts.observe([], now: ViewFixture.now - 60, asOf: asOf - 60)
        m.floor.alerts.observe(m.report!.alerts, now: ViewFixture.now - 0.2, asOf: asOf)
        m.loop.wall = ViewFixture.now
        return m
    }

    /// Rows holding nothing but spaces and box drawing (Tests/Tools/blank-rows.sh's rule).
    static func blankRows(_ canvas: Canvas) -> Int {
        canvas.lines.filter { line in
            line.unicodeScalars.allSatisfy { $0 == " " || (0x2500...0x257F).contains($0.value) }
        }.count
    }
}

@Suite struct FloorGoldenTests {
    let goldens = ViewGoldenTests()

    @Test(arguments: [(80, 24), (120, 40), (240, 70)])
    func agentsAndFlashing(_ size: (Int, Int)) throws {
        let m = FloorFixture.model(width: size.0, height: size.1)
        let canvas = ViewFixture.render(m)
        try goldens.golden("floor-\(size.0)x\(size.1)", canvas)
        let text = canvas.lines.joined(separator: "\n")
        #expect(text.contains("Agents 6: 1 free"))
        // The 4-minute wait crossed 0.2 s ago: its figure is reversed.
        let longest = try #require(goldens.find("Longest wait", in: canvas))
        let row = longest.y + 1
        let value = try #require((longest.x..<canvas.width).first { canvas[$0, row].text != " " })
        #expect(canvas[value, row].style.reverse)
        #expect(canvas[value, row].style.role == .critical)
        // Half a second later the flash is off, the figure still red.
        var off = m
        off.loop.wall += 0.5
        let later = DashboardView.render(off, glyphs: .unicode)
        #expect(!later[value, row].style.reverse && later[value, row].style.role == .critical)
                if size.0 >= 160 {
            #expect(text.contains("5 Agents"))
            // The paused agent with her reason, longest pause first, 40 min.
            #expect(canvas.lines.contains { $0.contains("carla") && $0.contains("Lunch") && $0.contains("40m 00s") })
        }
    }

    /// CSAT turned critical (a CSAT alert at critical): the satisfaction
    /// tile's value is reversed, half a second later it is not.
    @Test func csatTileFlashes() throws {
        var m = ViewFixture.model(width: 120, height: 40)
        m.floor.alerts.observe([], now: ViewFixture.now - 60, asOf: FloorFixture.asOf - 60)
        let csat = Alert(scope: "overall", figure: "csat_percent", level: .critical, value: 76.7, threshold: 80)
        m.floor.alerts.observe([csat], now: ViewFixture.now - 0.2, asOf: FloorFixture.asOf)
        m.loop.wall = ViewFixture.now
        let canvas = ViewFixture.render(m)
        let at = try #require(goldens.find("76.7%", in: canvas))
        #expect(canvas[at.x, at.y].style.reverse)
        m.loop.wall += 0.5
        #expect(!ViewFixture.render(m)[at.x, at.y].style.reverse)
    }

    @Test(arguments: [(80, 24), (120, 40), (240, 70)])
    func alertLog(_ size: (Int, Int)) throws {
        var m = FloorFixture.model(width: size.0, height: size.1)
        m.floor.showAlertLog = true
        let canvas = ViewFixture.render(m)
        try goldens.golden("alert-log-\(size.0)x\(size.1)", canvas)
        #expect(canvas.lines.contains { $0.contains("Alert log") })
        #expect(canvas.lines.contains { $0.contains("10:00:00") && $0.contains("Longest wait") && $0.contains("4m 00s") && $0.contains("≥ 3m 00s") })
    }

    @Test func definitionsOfTheFocusedPane() throws {
        var m = FloorFixture.model(width: 120, height: 40)
        m.floor.showDefinitions = true
        let canvas = ViewFixture.render(m)
        try goldens.golden("definitions-120x40", canvas)
        let text = canvas.lines.joined(separator: "\n")
        #expect(text.contains("answered within 20 s (phone, chat, video)"))
        m.focus = .satisfaction
        m.settings.satisfaction.csatTarget = 90
        let sat = ViewFixture.render(m).lines.joined(separator: "\n")
        #expect(sat.contains("target 90%"))
        #expect(!sat.contains("answered within"))
    }

    @Test func zoomedAgentsPane() throws {
        var m = FloorFixture.model(width: 120, height: 40)
        m.zoom = .agents
        let canvas = ViewFixture.render(m)
        try goldens.golden("zoom-agents-120x40", canvas)
        // Longest pause first, then longest on a contact.
        let order = ["carla", "fede", "eva", "ben", "dan", "ana", "gus"]
        let rows = order.map { name in canvas.lines.firstIndex { $0.contains("│ " + name + " ") } }
        #expect(rows.allSatisfy { $0 != nil })
        #expect(rows.compactMap { $0 } == rows.compactMap { $0 }.sorted())
    }

    /// Issue 10, "use the room", on the wall: at 300×90 at most 22 rows hold
    /// nothing but borders. (The grid's count needs a month of data to fill
    /// its charts: RoomEndToEndTests measures it on sample-data in tmux.)
    @Test func theWallUsesTheRoomAt300x90() {
        var wall = FloorFixture.model(width: 300, height: 90)
        wall.wall = true
        let canvas = ViewFixture.render(wall)
        #expect(FloorFixture.blankRows(canvas) <= 22, "wall: \(FloorFixture.blankRows(canvas)) blank rows")
        // The wall's digits grew past the five-row size, and each figure shows its target.
        #expect(canvas.lines.filter { $0.contains("█") }.count >= 40)
        #expect(canvas.lines.contains { $0.contains("target 85%") })
    }
}

@Suite struct FloorEverySizeTests {
    /// With agents, a flash on, the log, the definitions, paused, zoomed on
    /// the agents and on the wall: every row exactly the canvas wide, and
    /// nothing but ASCII with the ASCII glyphs, at every size.
    @Test func everySizeStaysOnTheGrid() {
        let variants: [(inout DashboardModel) -> Void] = [
            { _ in }, { $0.wall = true }, { $0.floor.showAlertLog = true }, { $0.floor.showDefinitions = true },
            { $0.zoom = .agents }, { $0.floor.frozen = FrozenScreen(report: $0.report, now: $0.now, newestRowTime: nil, alerts: $0.floor.alerts, wall: $0.loop.wall) },
        ]
        for w in stride(from: 0, through: 320, by: 23) {
            for h in stride(from: 0, through: 95, by: 11) {
                for (i, change) in variants.enumerated() {
                    var m = FloorFixture.model(width: w, height: h)
                    change(&m)
                    for glyphs in [GlyphSet.unicode, .ascii] {
                        let canvas = DashboardView.render(m, glyphs: glyphs)
                        for (y, line) in canvas.lines.enumerated() {
                            #expect(DisplayWidth.of(line) == w, "\(w)×\(h) variant \(i) row \(y): \(line)")
                            if !glyphs.isUnicode {
                                #expect(line.unicodeScalars.allSatisfy { $0.isASCII }, "\(w)×\(h) variant \(i) row \(y): \(line)")
                            }
                        }
                    }
                }
            }
        }
    }
}
