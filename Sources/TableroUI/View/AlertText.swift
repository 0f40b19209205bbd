import TableroCore
import TableroText

/// An alert in words, shared by the wall's banner and the `A` log: the
/// figure's name, its value and the threshold it crossed, each in the
/// figure's own unit (`Longest wait 4m 00s ≥ 3m 00s`, `CSAT 76.7% < 85%`).
enum AlertText {
    /// Figures where more is better cross their threshold downwards.
    static func higherIsBetter(_ figure: String) -> Bool {
        ["service_level_percent", "csat_percent", "nps", "roi_percent"].contains(figure)
    }

    static func value(_ figure: String, _ v: Double, _ n: NumberStyle) -> String {
        if figure.hasSuffix("_seconds") { return n.duration(v) }
        if figure.hasSuffix("_percent") { return n.percent(v, decimals: v == v.rounded() ? 0 : 1) }
        return n.number(v, decimals: 0)
    }

    /// `≥ 3m 00s` / `< 85%`.
    static func threshold(_ a: Alert, _ n: NumberStyle) -> String {
        (higherIsBetter(a.figure) ? "< " : "≥ ") + value(a.figure, a.threshold, n)
    }

    /// `Longest wait (chat) 4m 00s ≥ 3m 00s`; the live class and overall
    /// figures need no scope (they are the headline's).
    static func line(_ a: Alert, _ l: Labels, _ n: NumberStyle) -> String {
        let scope = a.scope == "class:live" || a.scope == "overall" ? "" : " (" + l.scope(a.scope) + ")"
        return l.figure(a.figure) + scope + " " + value(a.figure, a.value, n) + " " + threshold(a, n)
    }
}
