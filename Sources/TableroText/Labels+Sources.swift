import TableroCore

/// Labels that say where a figure comes from (issue 10: "Agents 31" beside
/// "Agents 5" read as a contradiction; a forecast did not say what it was
/// based on; the ROI pane did not name its periods).
extension Labels {
    /// The agents figure's label by its source: `Logged in`, `Answering (1 h)`.
    public func agents(from source: AgentSource?) -> Label {
        let en = language == .english
        switch source {
        case .setting: return en ? Label("Agents (set)") : Label("Agentes (fijado)", short: "Agentes")
        case .loggedIn: return en ? Label("Logged in") : Label("Conectados")
        case .answering: return en ? Label("Answering (1 h)", short: "Answering 1 h") : Label("Atendiendo (1 h)", short: "Atendiendo")
        case nil: return self[.agents]
        }
    }

    /// What the Erlang C forecast is based on:
    /// `Erlang C · live calls of the last hour: 9/h, AHT 5 min`.
    public func forecastBasis(arrivals: String, aht: String, lastHour: Bool) -> Label {
        let en = language == .english
        let source = lastHour ? (en ? "live calls of the last hour" : "llamadas en directo de la última hora")
            : (en ? "live calls, window average" : "llamadas en directo, media del periodo")
        let full = "Erlang C · \(source): \(arrivals)/h, \(en ? "AHT" : "TMO") \(aht)"
        let short = "Erlang C · \(arrivals)/h, \(en ? "AHT" : "TMO") \(aht)"
        return Label(full, short: short)
    }

    /// The months a window's costs and benefits cover: `Nov 2026`,
    /// `Oct – Nov 2026`, `Dec 2025 – Feb 2026`.
    public func periods(_ months: [Period]) -> String? {
        guard let first = months.min(), let last = months.max() else { return nil }
        func name(_ p: Period) -> String { monthName(p.month) }
        if first == last { return "\(name(first)) \(first.year)" }
        if first.year == last.year { return "\(name(first)) – \(name(last)) \(last.year)" }
        return "\(name(first)) \(first.year) – \(name(last)) \(last.year)"
    }
}
