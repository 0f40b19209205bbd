import TableroCore
import TableroCanvas
import TableroText

/// Promoters, passives and detractors as one bar, with counts below:
///
///     ██████████████▒▒▒▒▒░░░░
///     Promoters 120  Passives 40  Detractors 30
///
/// Each part has its colour (good, warning, critical) and its own glyph, so
/// the parts stay apart in monochrome. Widths are proportional to the
/// counts (largest remainder, so they add up to the bar), and a part with
/// any answers gets at least one cell when the bar has room.
public struct StackedBar: Sendable, Equatable {
    public var promoters: Int
    public var passives: Int
    public var detractors: Int

    public init(promoters: Int, passives: Int, detractors: Int) {
        self.promoters = max(0, promoters)
        self.passives = max(0, passives)
        self.detractors = max(0, detractors)
    }

    public static let roles: [ColorRole] = [.good, .warning, .critical]

    /// Cells of each part on a bar of `width` cells.
    public func widths(_ width: Int) -> [Int] {
        Scale.apportion([promoters, passives, detractors], cells: width)
    }

    public func draw(into canvas: inout Canvas, _ rect: Rect, labels: Labels, numbers: NumberStyle, glyphs: GlyphSet) {
        guard !rect.isEmpty else { return }
        canvas.fill(rect)
        let glyph = [glyphs.promoters, glyphs.passives, glyphs.detractors]
        let w = widths(rect.width)
        if w.reduce(0, +) == 0 {
            // No answers: an empty track, not a bar of zero-width parts.
            canvas.put(in: rect, 0, 0, String(repeating: glyphs.track, count: rect.width), Style(.dim))
        } else {
            var x = 0
            for part in 0..<3 where w[part] > 0 {
                x += canvas.put(in: rect, x, 0, String(repeating: glyph[part], count: w[part]), Style(Self.roles[part]))
            }
        }
        guard rect.height >= 2 else { return }
        drawLegend(into: &canvas, rect.row(1), labels: labels, numbers: numbers, glyphs: glyphs)
    }

    /// Counts with full names when they fit, then short names, then glyphs.
    func drawLegend(into canvas: inout Canvas, _ row: Rect, labels: Labels, numbers: NumberStyle, glyphs: GlyphSet) {
        let counts = [promoters, passives, detractors].map { numbers.number(Double($0)) }
        let names = [labels[.promoters], labels[.passives], labels[.detractors]]
        let glyph = [glyphs.promoters, glyphs.passives, glyphs.detractors]
        let candidates: [[String]] = [
            (0..<3).map { names[$0].full + " " + counts[$0] },
            (0..<3).map { names[$0].short + " " + counts[$0] },
            (0..<3).map { glyph[$0] + counts[$0] },
        ]
        let parts = candidates.first { TextFit.width($0.joined(separator: "  ")) <= row.width } ?? candidates[2]
        var x = 0
        for (i, text) in parts.enumerated() {
            if i > 0 { x += canvas.put(in: row, x, 0, "  ") }
            x += canvas.put(in: row, x, 0, text, Style(Self.roles[i]))
        }
    }
}
