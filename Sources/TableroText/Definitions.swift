import TableroCore

/// How each figure is computed (issue 9, key `f`), in English and Spanish,
/// with the settings in force filled in: change `service_level_seconds` and
/// the service level's line changes with it. The formulas are METRICS.md's.
public struct Definitions: Sendable {
    public let language: Language
    public let settings: Settings
    let n: NumberStyle

    public init(language: Language, settings: Settings) {
        self.language = language
        self.settings = settings
        n = Labels(language: language).numbers(currency: settings.general.currency)
    }

    /// One figure: its name and how it is computed.
    public struct Entry: Sendable, Equatable {
        public let figure: String
        public let text: String
    }

    private func pick(_ en: String, _ es: String) -> String { language == .english ? en : es }
    private var labels: Labels { Labels(language: language) }

    /// `20 s`, `4 h`, `1 d`, `90 min`: a setting's span in its own round unit.
    func span(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        if s > 0, s % 86_400 == 0 { return "\(s / 86_400) d" }
        if s > 0, s % 3600 == 0 { return "\(s / 3600) h" }
        if s >= 60, s % 60 == 0 { return "\(s / 60) min" }
        if s < 60 { return "\(s) s" }
        return n.duration(seconds)
    }

    /// `80 %`.
    /// GLOSSARY.md: `81.2%` in English, `81,2 %` in Spanish.
    func pct(_ v: Double) -> String { n.number(v, decimals: v == v.rounded() ? 0 : 1) + pick("%", " %") }

    /// `20 s (phone, chat, video) or 4 h (other channels)`, with every
    /// channel that sets its own threshold named with it.
    func serviceThresholds() -> String {
        let q = settings.queue
        var parts = [span(q.serviceLevelSeconds) + " (" + q.liveChannels.joined(separator: ", ") + ")"]
        for name in q.channels.keys.sorted() {
            if let s = q.channels[name]?.serviceLevelSeconds { parts.append(span(s) + " (" + name + ")") }
        }
        parts.append(span(q.async.serviceLevelSeconds) + " (" + pick("other channels", "otros canales") + ")")
        return parts.dropLast().joined(separator: ", ") + pick(" or ", " o ") + parts.last!
    }

    func waitLevels() -> String {
        let q = settings.queue
        return pick("amber from \(span(q.waitWarningSeconds)), red from \(span(q.waitCriticalSeconds)) (live); \(span(q.async.waitWarningSeconds)) and \(span(q.async.waitCriticalSeconds)) (async)",
                    "ámbar desde \(span(q.waitWarningSeconds)), rojo desde \(span(q.waitCriticalSeconds)) (en vivo); \(span(q.async.waitWarningSeconds)) y \(span(q.async.waitCriticalSeconds)) (diferido)")
    }

    public var queue: [Entry] {
        let l = labels, q = settings.queue, sa = span(q.shortAbandonSeconds)
        let agents = q.agents.map { a in
            pick("fixed at \(a) by the agents setting", "fijado en \(a) por el ajuste agents")
        } ?? pick("agents logged in and not paused (queue_log agent events); else distinct agents who answered in the last 60 min",
                  "agentes conectados y no en pausa (eventos de agente de queue_log); si no, agentes distintos que atendieron en los últimos 60 min")
        return [
            Entry(figure: l[.waitingNow].full, text: pick(
                "contacts arrived and not yet answered, abandoned or resolved; forgotten after \(span(q.forgetWaitingAfterHours * 3600))",
                "contactos llegados y aún no atendidos, abandonados ni resueltos; se olvidan tras \(span(q.forgetWaitingAfterHours * 3600))")),
            Entry(figure: l[.longestWait].full, text: pick(
                "as-of − the earliest arrival still waiting · ", "hora de los datos − la llegada más antigua aún en espera · ") + waitLevels()),
            Entry(figure: l[.averageWait].full, text: pick(
                "sum of the waits of answered contacts ÷ answered (orphans left out) · ",
                "suma de las esperas de los contactos atendidos ÷ atendidos (sin huérfanos) · ") + waitLevels()),
            Entry(figure: l[.waitP90].full, text: pick(
                "the wait 90 % of answered contacts stayed within (nearest rank)",
                "la espera que no superó el 90 % de los contactos atendidos (rango más cercano)")),
            Entry(figure: l[.handleTime].full, text: pick(
                "average of resolve − answer (or handle_seconds)", "media de resolución − atención (o handle_seconds)")),
            Entry(figure: l[.serviceLevel].full, text: pick(
                "answered within \(serviceThresholds()) ÷ answered + abandoned after \(sa) · target \(pct(q.serviceLevelTarget))",
                "atendidos en \(serviceThresholds()) ÷ atendidos + abandonados tras \(sa) · objetivo \(pct(q.serviceLevelTarget))")),
            Entry(figure: l[.abandonRate].full, text: pick(
                "abandoned after \(sa) ÷ answered + abandoned · amber from \(pct(q.abandonWarningPercent)), red from \(pct(q.abandonCriticalPercent))",
                "abandonados tras \(sa) ÷ atendidos + abandonados · ámbar desde \(pct(q.abandonWarningPercent)), rojo desde \(pct(q.abandonCriticalPercent))")),
            Entry(figure: l[.agents].full, text: agents),
            Entry(figure: l[.firstContactResolution].full, text: pick(
                "resolved at the first contact ÷ resolved with first_contact known",
                "resueltos en el primer contacto ÷ resueltos con first_contact conocido")),
        ]
    }

    public var satisfaction: [Entry] {
        let l = labels, s = settings.satisfaction
        let scale = n.number(s.csatScale, decimals: 0), min = n.number(s.csatPositiveMin, decimals: s.csatPositiveMin == s.csatPositiveMin.rounded() ? 0 : 1)
        return [
            Entry(figure: l[.csat].full, text: pick(
                "answers of \(min) or more on the 1–\(scale) scale ÷ CSAT answers · target \(pct(s.csatTarget))",
                "respuestas de \(min) o más en la escala 1–\(scale) ÷ respuestas CSAT · objetivo \(pct(s.csatTarget))")),
            Entry(figure: l[.nps].full, text: pick(
                "% promoters (9–10) − % detractors (0–6), from −100 to 100 · target \(n.number(s.npsTarget, decimals: 0))",
                "% promotores (9–10) − % detractores (0–6), de −100 a 100 · objetivo \(n.number(s.npsTarget, decimals: 0))")),
            Entry(figure: l[.ces].full, text: pick(
                "sum of effort scores ÷ CES answers, on the 1–\(n.number(s.cesScale, decimals: 0)) scale",
                "suma de puntuaciones de esfuerzo ÷ respuestas CES, en la escala 1–\(n.number(s.cesScale, decimals: 0))")),
        ]
    }

    public var roi: [Entry] {
        let l = labels, e = settings.economics
        let target = e.roiTarget.map { pick(" · target \(pct($0))", " · objetivo \(pct($0))") } ?? ""
        return [
            Entry(figure: l[.roi].full, text: pick(
                "(benefit − cost) ÷ cost; benefit lines × attribution \(pct(e.attribution))" + target,
                "(beneficio − coste) ÷ coste; líneas de beneficio × atribución \(pct(e.attribution))" + target)),
            Entry(figure: l[.netBenefit].full, text: pick("benefit − cost", "beneficio − coste")),
            Entry(figure: l.returnPer(currencySymbol: n.currencySymbol), text: pick("benefit ÷ cost", "beneficio ÷ coste")),
            Entry(figure: l[.retentionRate].full, text: pick(
                "(customers at the end − new) ÷ customers at the start", "(clientes al final − nuevos) ÷ clientes al inicio")),
            Entry(figure: l[.churn].full, text: pick("lost ÷ customers at the start", "perdidos ÷ clientes al inicio")),
            Entry(figure: l[.clv].full, text: pick(
                "purchase value × purchases a year × lifespan (1 ÷ annual churn) × gross margin",
                "valor de compra × compras al año × vida del cliente (1 ÷ tasa de bajas anual) × margen bruto")),
        ]
    }

    public var whatIf: [Entry] {
        let e = settings.economics, money = n.money(e.agentMonthlyCost)
        return [
            Entry(figure: pick("Forecast (Erlang C)", "Previsión (Erlang C)"), text: pick(
                "live arrivals of the last 60 min and live AHT give the traffic A = λ × AHT; N agents (current + slider); waiting chance, ASA and service level from Erlang C",
                "llegadas en vivo de los últimos 60 min y TMO en vivo dan el tráfico A = λ × TMO; N agentes (actuales + control); probabilidad de espera, TME y nivel de servicio por Erlang C")),
            Entry(figure: pick("Agents needed", "Agentes necesarios"), text: pick(
                "the fewest agents above the traffic whose service level reaches \(pct(settings.queue.serviceLevelTarget))",
                "el menor número de agentes por encima del tráfico cuyo nivel de servicio alcanza \(pct(settings.queue.serviceLevelTarget))")),
            Entry(figure: pick("Agents ±", "Agentes ±"), text: pick(
                "each agent adds \(money) a month to personnel cost", "cada agente suma \(money) al mes al coste de personal")),
            Entry(figure: pick("Acquisition cost", "Coste de adquisición"), text: pick(
                "winning a customer costs \(n.number(e.acquisitionCostMultiple, decimals: 1))× keeping one (cost ÷ customers at the start)",
                "captar un cliente cuesta \(n.number(e.acquisitionCostMultiple, decimals: 1))× retenerlo (coste ÷ clientes al inicio)")),
            Entry(figure: pick("Break-even", "Punto de equilibrio"), text: pick(
                "the retention change (−20 … +20 pp) at which ROI is 0", "el cambio de retención (−20 … +20 pp) con el que el ROI es 0")),
        ]
    }

    public var agents: [Entry] {
        let fl = labels
        return [
            Entry(figure: fl[floor: .agentsTitle], text: pick(
                "from queue_log agent events and agents files; each agent in the first state that holds at as-of",
                "de los eventos de agente de queue_log y los ficheros agents; cada agente en el primer estado que se cumple")),
            Entry(figure: fl[floor: .onContact], text: pick(
                "answered a contact not yet ended, open less than \(span(settings.queue.forgetWaitingAfterHours * 3600))",
                "atendió un contacto aún no terminado, abierto menos de \(span(settings.queue.forgetWaitingAfterHours * 3600))")),
            Entry(figure: fl[floor: .paused], text: pick("paused and not unpaused since (with the pause's reason)",
                                                          "en pausa y sin reanudar desde entonces (con el motivo)")),
            Entry(figure: fl[floor: .wrapUp], text: pick("a wrap-up row with no ready, pause, logout or answer after it",
                                                          "una fila de posllamada sin listo, pausa, desconexión ni atención después")),
            Entry(figure: fl[floor: .available], text: pick("logged in and none of the above", "conectado y nada de lo anterior")),
        ]
    }
}
