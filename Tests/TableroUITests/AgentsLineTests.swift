import Testing
import TableroCore
import TableroText
@testable import TableroUI

/// The queue pane's agents line, as a value: counts of the logged in, parts
/// dropped from the end when the row is narrow.
@Suite("Agents line")
struct AgentsLineTests {
    /// 3 free, 2 on call, 1 wrap-up, 1 paused, 1 logged out: 7 logged in.
    static let figures = AgentFigures(list: [
        AgentState(agent: "a", activity: .available, since: 0), AgentState(agent: "b", activity: .available, since: 0),
        AgentState(agent: "c", activity: .available, since: 0), AgentState(agent: "d", activity: .onContact, since: 0),
        AgentState(agent: "e", activity: .onContact, since: 0), AgentState(agent: "f", activity: .wrapUp, since: 0),
        AgentState(agent: "g", activity: .paused, since: 0, reason: "Lunch"), AgentState(agent: "h", activity: .loggedOut, since: 0),
    ])

    @Test("English and Spanish, whole")
    func whole() {
        let en = Labels(language: .english)
        #expect(AgentsLine.text(Self.figures, labels: en, numbers: en.numbers(currency: "USD"), width: 80)
            == "Agents 7: 3 free · 2 on call · 1 wrap-up · 1 paused")
        let es = Labels(language: .spanish)
        #expect(AgentsLine.text(Self.figures, labels: es, numbers: es.numbers(currency: "EUR"), width: 80)
            == "Agentes 7: 3 libre · 2 en llamada · 1 posllamada · 1 en pausa")
    }

    @Test("a narrow row drops parts from the end")
    func narrow() {
        let en = Labels(language: .english)
        // "Agents 7: 3 free · 2 on call" is 28 columns; with " · 1 wrap-up" 40.
        #expect(AgentsLine.text(Self.figures, labels: en, numbers: en.numbers(currency: "USD"), width: 30)
            == "Agents 7: 3 free · 2 on call")
    }
}

@Suite("Agents table order")
struct AgentsTableOrderTests {
    @Test("longest pause first, then longest on contact, then the rest")
    func order() {
        let list = [
            AgentState(agent: "free", activity: .available, since: 50),
            AgentState(agent: "call-late", activity: .onContact, since: 300),
            AgentState(agent: "pause-short", activity: .paused, since: 900, reason: "Coffee"),
            AgentState(agent: "out", activity: .loggedOut, since: 10),
            AgentState(agent: "call-early", activity: .onContact, since: 100),
            AgentState(agent: "pause-long", activity: .paused, since: 200, reason: "Lunch"),
            AgentState(agent: "wrap", activity: .wrapUp, since: 800),
        ]
        // Paused since 200 has paused longest (as-of is the same for all).
        #expect(AgentsTable.ordered(list).map(\.agent)
            == ["pause-long", "pause-short", "call-early", "call-late", "wrap", "free", "out"])
    }
}
