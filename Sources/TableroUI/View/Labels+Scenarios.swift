import TableroCore
import TableroText

/// The footer's line after a save or load of a named scenario. Names follow
/// ScenarioName's rule, but everything is sanitised anyway: a failure's
/// reason comes from the file system and from the file's contents.
extension Labels {
    public func scenarioStatus(_ status: ScenarioStatus) -> String {
        switch (status, language) {
        case (.saved(let name), .english): "Saved '\(Sanitize.text(name))'"
        case (.saved(let name), .spanish): "Escenario '\(Sanitize.text(name))' guardado"
        case (.loaded(let name), .english): "Loaded '\(Sanitize.text(name))'"
        case (.loaded(let name), .spanish): "Escenario '\(Sanitize.text(name))' cargado"
        case (.reread(let name), .english): "'\(Sanitize.text(name))' changed in another session: re-read"
        case (.reread(let name), .spanish): "'\(Sanitize.text(name))' cambió en otra sesión: releído"
        case (.failed(let reason), .english): "Scenario error: \(Sanitize.text(reason, limit: 300))"
        case (.failed(let reason), .spanish): "Error de escenario: \(Sanitize.text(reason, limit: 300))"
        }
    }
}
