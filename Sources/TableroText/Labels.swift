import TableroCore

/// The dashboard's languages (settings `general.locale`: en | es).
public enum Language: String, Sendable, CaseIterable {
    case english = "en"
    case spanish = "es"

    /// `es`, `es_ES`, `es-MX` → Spanish; anything else → English.
    public init(locale: String) {
        self = locale.lowercased().hasPrefix("es") ? .spanish : .english
    }
}

/// One label: the full form, and a short one for narrow panes.
public struct Label: Sendable, Equatable {
    public let full: String
    public let short: String

    public init(_ full: String, short: String? = nil) {
        self.full = full
        self.short = short ?? full
    }
}

/// Every label in one language. Values, no I/O: the view and `report` pick
/// them by key (`labels[.serviceLevel].short`); each language is an
/// exhaustive switch, so none can be missing.
public struct Labels: Sendable, Equatable {
    public let language: Language

    public init(language: Language) { self.language = language }

    public subscript(_ key: LabelKey) -> Label {
        switch language {
        case .english: key.english
        case .spanish: key.spanish
        }
    }

    /// The number style that goes with these labels (same language).
    public func numbers(currency: String) -> NumberStyle {
        NumberStyle(locale: language.rawValue, currency: currency)
    }

    // MARK: labels with a value in them

    /// GLOSSARY.md, "stale data", with the age in `NumberStyle.age`'s
    /// units rather than minutes only ("15898 min" read as noise).
    public func stale(age: String) -> String {
        switch language {
        case .english: "Stale: no new data for \(age)"
        case .spanish: "Datos sin actualizar desde hace \(age)"
        }
    }

    /// `23 Nov 20:11` / `23 nov 20:11`, from a local `YYYY-MM-DDTHH:MM…` stamp.
    public func dayAndTime(localStamp stamp: String) -> String {
        let parts = Array(stamp.utf8)
        guard parts.count >= 16, let month = Int(String(decoding: parts[5..<7], as: UTF8.self)),
              let day = Int(String(decoding: parts[8..<10], as: UTF8.self)), (1...12).contains(month) else { return stamp }
        return "\(day) \(monthName(month)) " + String(decoding: parts[11..<16], as: UTF8.self)
    }

    /// `Nov` / `nov` for 11.
    public func monthName(_ month: Int) -> String {
        let names = language == .english
            ? ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
            : ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
        return names[min(max(month, 1), 12) - 1]
    }

    /// The last line of a table with more rows than room: `+3 more`.
    public func moreRows(_ count: Int) -> String {
        switch language {
        case .english: "+\(count) more"
        case .spanish: "+\(count) más"
        }
    }

    /// GLOSSARY.md, "terminal too small".
    public func tooSmall(width: Int, height: Int) -> String {
        switch language {
        case .english: "Terminal too small (needs \(width)×\(height))"
        case .spanish: "Terminal demasiado pequeño (necesita \(width)×\(height))"
        }
    }

    /// The glossary's "Return per $1" follows the currency in settings:
    /// `Return per €1`, `Retorno por cada 1 $ invertido`.
    public func returnPer(currencySymbol symbol: String) -> String {
        switch language {
        case .english: "Return per \(symbol)1"
        case .spanish: "Retorno por cada 1 \(symbol) invertido"
        }
    }

    /// A window's name: `Today`, `7 days`, `30 days`, `All`, `12 days`,
    /// `2026-11-01 – 2026-11-22`.
    public func window(_ spec: WindowSpec) -> String {
        switch spec {
        case .today: self[.windowToday].full
        case .lastDays(7): self[.window7Days].full
        case .lastDays(30): self[.window30Days].full
        case .lastDays(let n): language == .english ? "\(n) days" : "\(n) días"
        case .all: self[.windowAll].full
        case .range(let a, let b): "\(a) – \(b)"
        }
    }

    /// A what-if slider's name.
    public func slider(_ s: Slider) -> Label {
        switch s {
        case .personnel: self[.sliderPersonnel]
        case .training: self[.sliderTraining]
        case .technology: self[.sliderTechnology]
        case .overhead: self[.sliderOverhead]
        case .agents: self[.sliderAgents]
        case .retention: self[.sliderRetention]
        case .acquisitionMultiple: self[.sliderAcquisitionMultiple]
        case .attribution: self[.sliderAttribution]
        }
    }

    /// A cost category's name (costs.csv).
    public func cost(_ c: CostCategory) -> Label { self[LabelKey.costs[c] ?? .otherCost] }

    /// A benefit kind's name (benefits.csv).
    public func benefit(_ k: BenefitKind) -> Label { self[LabelKey.benefits[k] ?? .otherCost] }

    /// A slider's unit as shown after its value (Core's `Slider.unit` is
    /// English: `agents` and `pp` are translated, `%` and `×` are not).
    public func unit(_ s: Slider) -> String {
        switch s.unit {
        case "agents": self[.unitAgents].full
        case "pp": self[.unitPoints].full
        default: s.unit
        }
    }
}
