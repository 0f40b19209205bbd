/// The phrases of `report`'s text that are not labels of the dashboard
/// (titles, notes with a value in them). English and Spanish, like `Labels`;
/// the glossary's figures themselves come from `Labels`.
public struct ReportWords: Sendable, Equatable {
    public let language: Language

    public init(language: Language) { self.language = language }

    private func pick(_ en: String, _ es: String) -> String { language == .english ? en : es }

    public func title(directory: String) -> String { pick("Tablero report: ", "Informe de Tablero: ") + directory }

    /// `As of 2026-11-23T14:00:00Z, window all (2026-09-25 to 2026-11-23)`.
    public func asOf(_ time: String, window: String, from: String, to: String) -> String {
        pick("As of \(time), window \(window) (\(from) to \(to))", "Datos a \(time), periodo \(window) (\(from) a \(to))")
    }


    /// `Service level (20s, target 80%)`: the label, the threshold and the target.
    public func serviceLevel(_ label: String, seconds: String, target: String) -> String {
        pick("\(label) (\(seconds)s, target \(target))", "\(label) (\(seconds) s, objetivo \(target))")
    }

    public func csatDetail(mean: String, answers: String) -> String {
        pick("  (mean \(mean), \(answers) answers)", "  (media \(mean), \(answers) respuestas)")
    }

    public func answers(_ n: String) -> String { pick("  (\(n) answers)", "  (\(n) respuestas)") }
    public func years(_ n: String) -> String { pick("\(n) years", "\(n) años") }
    public var retentionWhatIf: String { pick("Retention (what-if)", "Retención (¿y si…?)") }
    public var acquisitionAvoided: String { pick("Acquisition avoided", "Adquisición evitada") }
    public var breakEvenRetention: String { pick("Break-even retention change", "Cambio de retención en el punto de equilibrio") }
    public var retentionForTarget: String { pick("Retention change for ROI target", "Cambio de retención para el ROI objetivo") }
    public var stable: String { pick("Stable", "Estable") }
    public var yes: String { pick("yes", "sí") }
    public var noUnstable: String { pick("no (unstable)", "no (inestable)") }
    public var dailyTrend: String { pick("Daily trend", "Tendencia diaria") }
    public var date: String { pick("Date", "Fecha") }
    public var file: String { pick("File", "Archivo") }
    public var kind: String { pick("Kind", "Tipo") }
    public var noDataFiles: String { pick("no data files", "no hay archivos de datos") }

    /// After the errors listed for a file: how many more it had.
    public func more(_ n: Int, in path: String) -> String { pick("… and \(n) more in \(path)", "… y \(n) más en \(path)") }
}
