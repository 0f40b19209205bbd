import TableroCore

/// `report`'s phrases with a value in them (its plain words are label keys).
extension Labels {
    /// `As of 2026-11-23T09:00:00-05:00, window all (2026-09-25 to 2026-11-23)`.
    public func reportAsOf(_ time: String, window: String, from: String, to: String) -> String {
        switch language {
        case .english: "As of \(time), window \(window) (\(from) to \(to))"
        case .spanish: "Datos a \(time), periodo \(window) (\(from) a \(to))"
        }
    }

    /// `Service level (20s, target 80%)`: the threshold and the target after the label.
    public func serviceLevelDetail(seconds: String, target: String) -> String {
        switch language {
        case .english: "\(self[.serviceLevel].full) (\(seconds)s, target \(target))"
        case .spanish: "\(self[.serviceLevel].full) (\(seconds) s, objetivo \(target))"
        }
    }

    /// `  (mean 4.16, 5,092 answers)` after the CSAT; without a mean, after NPS and CES.
    public func answers(_ n: String, mean: String? = nil) -> String {
        switch (language, mean) {
        case (.english, nil): "  (\(n) answers)"
        case (.english, let mean?): "  (mean \(mean), \(n) answers)"
        case (.spanish, nil): "  (\(n) respuestas)"
        case (.spanish, let mean?): "  (media \(mean), \(n) respuestas)"
        }
    }

    public func years(_ n: String) -> String { language == .english ? "\(n) years" : "\(n) años" }

    /// After the errors listed for a file: how many more it had.
    public func moreErrors(_ n: Int, in path: String) -> String {
        language == .english ? "… and \(n) more in \(path)" : "… y \(n) más en \(path)"
    }
}
