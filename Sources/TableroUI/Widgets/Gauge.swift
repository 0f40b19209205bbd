import TableroCanvas
import TableroCore

/// A value against a target on one row: a bar filled to the value (in its
/// level's colour, with eighth blocks in Unicode), a mark at the target, and
/// the value text on the right:
///
///     ██████████▌····│·····  81.2%
public struct Gauge: Widget, Sendable, Equatable {
    public var value: Double?
    public var target: Double?
    public var range: ClosedRange<Double>
    public var valueText: String
    public var level: Level

    public init(value: Double?, target: Double?, range: ClosedRange<Double> = 0...100,
                valueText: String, level: Level) {
        self.value = value
        self.target = target
        self.range = range
        self.valueText = valueText
        self.level = level
    }

    public static let trackStyle = Style(.dim)
    public static let targetStyle = Style(.title, bold: true)

    /// Position of `v` on a bar of `cells` cells, in eighths of a cell.
    func eighths(_ v: Double, cells: Int) -> Int {
        Scale.step(v, range.lowerBound, range.upperBound, steps: cells * 8) ?? 0
    }

    public func draw(into canvas: inout Canvas, _ rect: Rect, glyphs: GlyphSet) {
        guard !rect.isEmpty else { return }
        let row = rect.row(0)
        canvas.fill(row)
        let text = glyphs.fold(valueText.isEmpty ? glyphs.unknown : valueText)
        let textWidth = TextFit.width(text)
        // The value text wins over the bar: a gauge with no room for a bar is its number.
        let barWidth = rect.width - textWidth - 2
        if barWidth < 3 {
            canvas.put(in: row, 0, 0, TextFit.truncate(text, to: rect.width, ellipsis: glyphs.ellipsis), level.style)
            return
        }
        var cells = Array(repeating: (glyphs.track, Self.trackStyle), count: barWidth)
        let fillStyle = Style(level.role)
        if let value, value.isFinite {
            var e = eighths(value, cells: barWidth)
            // ASCII has no partial cells: round to whole ones.
            if !glyphs.isUnicode { e = (e + 4) / 8 * 8 }
            for c in 0..<(e / 8) { cells[c] = (glyphs.full, fillStyle) }
            if e % 8 > 0, e / 8 < barWidth { cells[e / 8] = (glyphs.eighths[e % 8 - 1], fillStyle) }
        }
        if let target, target.isFinite {
            let c = min(barWidth - 1, eighths(target, cells: barWidth) / 8)
            // On a filled cell the mark is reversed so it still shows.
            let filled = cells[c].0 != glyphs.track
            cells[c] = (glyphs.targetMark, Style(.title, bold: true, reverse: filled))
        }
        for (c, cell) in cells.enumerated() { canvas.put(in: row, c, 0, cell.0, cell.1) }
        canvas.put(in: row, rect.width - textWidth, 0, text, level.style)
    }
}
