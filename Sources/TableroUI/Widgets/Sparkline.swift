import TableroCanvas

/// Values as one row of blocks, lowest to highest of eight heights, scaled
/// from the smallest to the largest known value (or a fixed range, such as
/// 0...100 for a percentage, so two sparklines compare). Unknown values
/// (nil, NaN) are blank: a gap is not a zero. The most recent values are
/// kept when there are more values than columns.
public enum Sparkline {
    /// The glyphs for `values` in `width` columns (right-aligned; missing
    /// columns on the left are blank).
    public static func text(_ values: [Double?], width: Int, range: ClosedRange<Double>? = nil,
                            glyphs: GlyphSet) -> String {
        guard width > 0 else { return "" }
        let shown = values.suffix(width)
        let known = shown.compactMap { $0 }.filter(\.isFinite)
        let lo = range?.lowerBound ?? known.min() ?? 0
        let hi = range?.upperBound ?? known.max() ?? 0
        let top = glyphs.spark.count - 1
        var out = String(repeating: " ", count: width - shown.count)
        for v in shown {
            guard let v, v.isFinite else { out += " "; continue }
            let index: Int
            if hi > lo {
                index = Scale.step(v, lo, hi, steps: top) ?? 0
            } else {
                // A flat series: lowest when it is all zero, else the middle.
                index = v == 0 ? 0 : top / 2
            }
            out += glyphs.spark[index]
        }
        return out
    }

    public static func draw(_ values: [Double?], into canvas: inout Canvas, _ rect: Rect,
                            range: ClosedRange<Double>? = nil, style: Style = Style(.accent),
                            glyphs: GlyphSet) {
        guard !rect.isEmpty else { return }
        canvas.put(in: rect, 0, 0, text(values, width: rect.width, range: range, glyphs: glyphs), style)
    }
}
