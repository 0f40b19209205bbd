/// Every character a widget draws that is not data text, in two complete
/// twins: Unicode (box drawing, blocks, arrows) for UTF-8 terminals and
/// ASCII for everything else (TERMINAL.md: the codeset decides once, at
/// startup). Widgets take a `GlyphSet` and never spell a glyph themselves,
/// so switching to ASCII can never leave a stray Unicode character behind.
public struct GlyphSet: Sendable, Equatable {
    public let isUnicode: Bool

    // Box drawing (Panel).
    public let horizontal: String
    public let vertical: String
    public let topLeft: String
    public let topRight: String
    public let bottomLeft: String
    public let bottomRight: String
    public let teeLeft: String
    public let teeRight: String

    /// Eight heights, lowest first (Sparkline).
    public let spark: [String]
    /// Partial cells of a horizontal bar, 1/8 to 7/8 (Gauge). ASCII has no
    /// partial cells: its entries are empty and bars round to whole cells.
    public let eighths: [String]
    /// A full cell (bars, gauges, big digits).
    public let full: String
    /// Upper and lower half blocks (3-row big digits in Unicode).
    public let upperHalf: String
    public let lowerHalf: String
    /// Seven-segment strokes (3-row big digits in ASCII).
    public let segmentH: String
    public let segmentV: String

    public let arrowUp: String
    public let arrowDown: String
    public let arrowRight: String
    /// "No change" next to a figure.
    public let flat: String
    /// A change inside the margin of error: about the same.
    public let approx: String
    public let bullet: String
    /// Marks clipped text; one column wide in both sets.
    public let ellipsis: String
    /// An unknown figure (METRICS.md: shown as `–`).
    public let unknown: String

    /// An empty bar or gauge track, and a gauge's target mark.
    public let track: String
    public let targetMark: String
    /// The slider's knob and its baseline mark.
    public let knob: String
    public let baselineMark: String

    /// Line chart markers: first series, second series, both on one cell.
    public let seriesA: String
    public let seriesB: String
    public let seriesBoth: String

    /// Stacked bar segments (NPS): distinct shapes, so the three parts stay
    /// apart on a monochrome terminal.
    public let promoters: String
    public let passives: String
    public let detractors: String

    public static let unicode = GlyphSet(
        isUnicode: true,
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        teeLeft: "├", teeRight: "┤",
        spark: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        eighths: ["▏", "▎", "▍", "▌", "▋", "▊", "▉"],
        full: "█", upperHalf: "▀", lowerHalf: "▄", segmentH: "▀", segmentV: "█",
        arrowUp: "▲", arrowDown: "▼", arrowRight: "▶", flat: "=", approx: "≈", bullet: "•", ellipsis: "…", unknown: "–",
        track: "·", targetMark: "│", knob: "●", baselineMark: "┼",
        seriesA: "●", seriesB: "○", seriesBoth: "◉",
        promoters: "█", passives: "▒", detractors: "░"
    )

    public static let ascii = GlyphSet(
        isUnicode: false,
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        teeLeft: "+", teeRight: "+",
        spark: ["_", ".", ",", "-", "=", "+", "*", "#"],
        eighths: ["", "", "", "", "", "", ""],
        full: "#", upperHalf: "\"", lowerHalf: "_", segmentH: "_", segmentV: "|",
        arrowUp: "^", arrowDown: "v", arrowRight: ">", flat: "=", approx: "~", bullet: "*", ellipsis: "~", unknown: "-",
        track: ".", targetMark: "|", knob: "O", baselineMark: "+",
        seriesA: "*", seriesB: "o", seriesBoth: "@",
        promoters: "#", passives: "=", detractors: ":"
    )

    /// Every glyph, for completeness tests (each must be one column wide).
    public var all: [String] {
        [horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight, teeLeft, teeRight]
            + spark + eighths.filter { !$0.isEmpty }
            + [full, upperHalf, lowerHalf, segmentH, segmentV, arrowUp, arrowDown, arrowRight, flat, approx, bullet,
               ellipsis, unknown, track, targetMark, knob, baselineMark, seriesA, seriesB, seriesBoth,
               promoters, passives, detractors]
    }

    /// Text made of our own punctuation (`–` for unknown, `…`, `×`, `≤`) in
    /// the terminal's codeset: ASCII twins swap them; data text is left alone.
    public func fold(_ text: String) -> String {
        guard !isUnicode else { return text }
        var out = ""
        for ch in text {
            switch ch {
            case "–", "—", "−": out += "-"
            case "…": out += "~"
            case "×": out += "x"
            case "÷": out += "/"
            case "≤": out += "<="
            case "≥": out += ">="
            case "±": out += "+/-"
            case "·", "•": out += "*"
            case "▲": out += "^"
            case "▼": out += "v"
            case "▶": out += ">"
            default: out.append(ch)
            }
        }
        return out
    }
}
