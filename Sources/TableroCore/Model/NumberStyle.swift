/// Number, percent, money and duration text in English or Spanish
/// (GLOSSARY.md: `1,234.5` / `1.234,5`, `81.2%` / `81,2 %`, `$1,234` / `1.234 €`).
/// Unknown figures print as `–`.
public struct NumberStyle: Sendable, Equatable {
    public var spanish: Bool
    public var currency: String

    public init(locale: String = "en", currency: String = "USD") {
        spanish = locale.lowercased().hasPrefix("es")
        self.currency = currency
    }

    public static let unknown = "–"

    public func number(_ v: Double?, decimals: Int = 0) -> String {
        guard let v, v.isFinite else { return Self.unknown }
        // Beyond what Int holds (and any real figure) print plainly instead of trapping.
        if abs(v) >= 1e15 { return "\(v)" }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (abs(v) * scale).rounded()
        let whole = Int(rounded / scale)
        let frac = Int(rounded - Double(whole) * scale)
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = (spanish ? "." : ",") + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        if decimals > 0 {
            let f = String(frac)
            grouped += (spanish ? "," : ".") + String(repeating: "0", count: decimals - f.count) + f
        }
        let negative = v < 0 && rounded > 0
        return (negative ? "-" : "") + grouped
    }

    public func percent(_ v: Double?, decimals: Int = 1) -> String {
        guard v != nil else { return Self.unknown }
        return number(v, decimals: decimals) + (spanish ? " %" : "%")
    }

    public var currencySymbol: String {
        switch currency.uppercased() {
        case "USD": "$"
        case "EUR": "€"
        case "GBP": "£"
        case "JPY": "¥"
        case "MXN", "ARS", "CLP", "COP": "$"
        // Settings text is data text: escaped (a currency holding an escape
        // sequence set the window title from `report`).
        default: Sanitize.text(currency.uppercased(), limit: 8)
        }
    }

    public func money(_ v: Double?, decimals: Int = 0) -> String {
        guard let v, v.isFinite else { return Self.unknown }
        let text = number(abs(v), decimals: decimals)
        let sign = v < 0 && text != number(0, decimals: decimals) ? "-" : ""
        let symbol = currencySymbol
        if spanish || symbol.count > 1 { return sign + text + " " + symbol }
        return sign + symbol + text
    }

    /// `45s`, `3m 05s`, `2h 10m`, `3d 4h`.
    public func duration(_ seconds: Double?) -> String {
        guard let seconds, seconds.isFinite else { return Self.unknown }
        let s = Int(seconds.rounded())
        if s < 60 { return "\(s)s" }
        if s < 3600 { return "\(s / 60)m \(pad(s % 60))s" }
        if s < 86_400 { return "\(s / 3600)h \(pad(s / 60 % 60))m" }
        return "\(s / 86_400)d \(s / 3600 % 24)h"
    }

    /// How old something is (issue 10: one scheme for every freshness):
    /// `12 s`, `14 min`, `3 h 05 min`, `11 d 0 h`; the same in Spanish.
    public func age(_ seconds: Double?) -> String {
        guard let seconds, seconds.isFinite else { return Self.unknown }
        let s = max(0, Int(seconds.rounded(.down)))
        if s < 60 { return "\(s) s" }
        if s < 3600 { return "\(s / 60) min" }
        if s < 86_400 { return "\(s / 3600) h \(pad(s / 60 % 60)) min" }
        return "\(s / 86_400) d \(s / 3600 % 24) h"
    }

    private func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
