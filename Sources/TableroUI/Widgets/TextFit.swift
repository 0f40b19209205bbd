import TableroCanvas
import TableroText

/// Display-width arithmetic for widgets, counted the way `Canvas.put` draws:
/// a grapheme with a control character shows as `?` (one column), a
/// zero-width grapheme is dropped.
public enum TextFit {
    public static func width(_ text: String) -> Int {
        var total = 0
        for ch in text { total += width(of: ch) }
        return total
    }

    static func width(of ch: Character) -> Int {
        if ch.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }) { return 1 }
        return DisplayWidth.of(String(ch))
    }

    /// `text` cut to at most `columns`, ending with `ellipsis` when cut.
    /// A wide character that would straddle the limit is left out whole.
    public static func truncate(_ text: String, to columns: Int, ellipsis: String = "…") -> String {
        guard columns > 0 else { return "" }
        if width(text) <= columns { return text }
        let room = columns - width(ellipsis)
        guard room >= 0 else { return "" }
        var out = ""
        var used = 0
        for ch in text {
            let w = width(of: ch)
            if used + w > room { break }
            out.append(ch)
            used += w
        }
        // "Overhead …" reads as two words; "Overhead…" as one cut word.
        while out.last?.isWhitespace == true { out.removeLast() }
        return out + ellipsis
    }

    /// `text` cut to at most `columns` in its middle: its start (a third of
    /// the room) and its end, `ellipsis` between. For paths, whose ends
    /// tell them apart: `events-2026-11-23.csv` in 16 columns is
    /// `event…-11-23.csv`, not `events-2026-11-…` like every other day.
    public static func truncateMiddle(_ text: String, to columns: Int, ellipsis: String = "…") -> String {
        guard columns > 0 else { return "" }
        if width(text) <= columns { return text }
        let room = columns - width(ellipsis)
        guard room >= 2 else { return truncate(text, to: columns, ellipsis: ellipsis) }
        let characters = Array(text)
        var head = "", used = 0
        for ch in characters {
            let w = width(of: ch)
            if used + w > room / 3 { break }
            head.append(ch)
            used += w
        }
        var tail: [Character] = []
        for ch in characters.reversed() {
            let w = width(of: ch)
            if used + w > room { break }
            tail.append(ch)
            used += w
        }
        return head + ellipsis + String(tail.reversed())
    }

    /// Right-aligned in `columns` (cut with `ellipsis` when too wide).
    public static func right(_ text: String, _ columns: Int, ellipsis: String = "…") -> String {
        let t = truncate(text, to: columns, ellipsis: ellipsis)
        return String(repeating: " ", count: max(0, columns - width(t))) + t
    }

    /// Left-aligned and padded to `columns`.
    public static func left(_ text: String, _ columns: Int, ellipsis: String = "…") -> String {
        let t = truncate(text, to: columns, ellipsis: ellipsis)
        return t + String(repeating: " ", count: max(0, columns - width(t)))
    }

    /// Words of `text` on lines of at most `columns` (a word longer than a
    /// line is cut with `ellipsis`).
    public static func wrap(_ text: String, width columns: Int, ellipsis: String = "…") -> [String] {
        guard columns > 0 else { return [] }
        var lines: [String] = [], line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true).map(String.init) {
            let candidate = line.isEmpty ? word : line + " " + word
            if width(candidate) <= columns || line.isEmpty {
                line = candidate
            } else {
                lines.append(line)
                line = word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.map { width($0) <= columns ? $0 : truncate($0, to: columns, ellipsis: ellipsis) }
    }
}

extension Canvas {
    /// Writes `text` at (`dx`, `dy`) inside `rect`, clipped to the
    /// rectangle (and to the canvas): the one way widgets draw text, so none
    /// can write outside its rectangle. Returns the columns used.
    @discardableResult
    mutating func put(in rect: Rect, _ dx: Int, _ dy: Int, _ text: String, _ style: Style = .plain) -> Int {
        guard dx >= 0, dy >= 0, dy < rect.height, dx < rect.width else { return 0 }
        // Canvas.put clips to the canvas itself (columns left of 0 are skipped).
        return put(rect.x + dx, rect.y + dy, text, style, maxWidth: rect.width - dx)
    }

    /// Fills `rect` (clipped to the canvas) with one character.
    mutating func fill(_ rect: Rect, _ text: String = " ", _ style: Style = .plain) {
        fill(rect.x, rect.y, width: rect.width, height: rect.height, text, style)
    }
}

extension Label {
    /// The full form when it fits in `columns`, else the short one.
    public func fitting(_ columns: Int) -> String {
        TextFit.width(full) <= columns ? full : short
    }

}
