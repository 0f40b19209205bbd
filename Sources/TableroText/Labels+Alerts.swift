import TableroCore

/// Words of the alerts (the wall's targets and banner, the `A` log) and of
/// pause, in English and Spanish. A table of its own, like Labels+Floor.
public enum AlertWord: Sendable, CaseIterable {
    case target, alertLog, time, scope, figure, value, threshold, noAlerts, paused, overall, definitions
    case warning, critical
}

extension Labels {
    public subscript(alert word: AlertWord) -> String {
        switch language {
        case .english: Self.englishAlert(word)
        case .spanish: Self.spanishAlert(word)
        }
    }

    /// An alert's scope for people: `class:live` → `live`, `channel:chat` →
    /// `chat`, `overall` → `overall` / `global`.
    public func scope(_ scope: String) -> String {
        if scope == "overall" { return self[alert: .overall] }
        if scope == "class:live" { return language == .english ? "live" : "en vivo" }
        if scope == "class:async" { return language == .english ? "async" : "diferido" }
        if let colon = scope.firstIndex(of: ":") { return String(scope[scope.index(after: colon)...]) }
        return scope
    }

    /// An alert's figure (its JSON key) by the dashboard's name for it.
    public func figure(_ key: String) -> String {
        switch key {
        case "longest_wait_now_seconds": self[.longestWait].full
        case "asa_seconds": self[.averageWait].full
        case "service_level_percent": self[.serviceLevel].full
        case "abandon_rate_percent": self[.abandonRate].full
        case "csat_percent": self[.csat].full
        case "nps": self[.nps].full
        case "roi_percent": self[.roi].full
        default: key
        }
    }

    /// An abandon's cause for people: its JSON name in English (`caller`,
    /// `timeout`), in Spanish the words a service team uses.
    public func cause(_ name: String) -> String {
        guard language == .spanish else { return name }
        switch name {
        case "caller": return "cliente"
        case "timeout": return "tiempo agotado"
        case "key": return "tecla"
        case "empty": return "cola vacía"
        case "withdrawn": return "retirada"
        default: return name
        }
    }

    /// The header while the screen is frozen: `Paused 14:02`.
    public func pausedAt(_ time: String) -> String { self[alert: .paused] + " " + time }

    private static func englishAlert(_ w: AlertWord) -> String {
        switch w {
        case .target: "target"
        case .alertLog: "Alert log"
        case .time: "Time"
        case .scope: "Scope"
        case .figure: "Figure"
        case .value: "Value"
        case .threshold: "Threshold"
        case .noAlerts: "No figure has crossed a threshold since the dashboard started."
        case .paused: "Paused"
        case .overall: "overall"
        case .definitions: "How each figure is computed"
        case .warning: "warning"
        case .critical: "critical"
        }
    }

    private static func spanishAlert(_ w: AlertWord) -> String {
        switch w {
        case .target: "objetivo"
        case .alertLog: "Registro de alertas"
        case .time: "Hora"
        case .scope: "Ámbito"
        case .figure: "Indicador"
        case .value: "Valor"
        case .threshold: "Umbral"
        case .noAlerts: "Ningún indicador ha cruzado un umbral desde que se abrió el panel."
        case .paused: "En pausa"
        case .overall: "global"
        case .definitions: "Cómo se calcula cada indicador"
        case .warning: "aviso"
        case .critical: "crítico"
        }
    }
}
