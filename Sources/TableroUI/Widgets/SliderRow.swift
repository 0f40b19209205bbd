import TableroCore
import TableroCanvas
import TableroText

/// One what-if slider on one row: a marker when selected, its name, its
/// value with unit, and a track between the range's ends with the knob at
/// the value (and a mark at the baseline value, so the distance from "no
/// change" shows):
///
///     ▶ Agentes ±             +3 agentes -11 ───┼●───────────── 50
///
/// The selected row is reversed as a whole (`.selected`), visible in
/// monochrome as well as colour.
public struct SliderRow: Widget, Sendable, Equatable {
    public var name: String
    public var valueText: String
    public var value: Double
    public var range: ClosedRange<Double>
    public var lowText: String
    public var highText: String
    public var baseline: Double?
    public var selected: Bool
    /// Columns for the name and the value; a view sets them to its widest
    /// name and value so a narrow pane keeps room for the track.
    public var nameColumns: Int = SliderRow.nameWidth
    public var valueColumns: Int = SliderRow.valueWidth

    public init(name: String, valueText: String, value: Double, range: ClosedRange<Double>,
                lowText: String, highText: String, baseline: Double? = nil, selected: Bool = false) {
        self.name = name
        self.valueText = valueText
        self.value = value
        self.range = range
        self.lowText = lowText
        self.highText = highText
        self.baseline = baseline
        self.selected = selected
    }

    /// A Core slider in a language: name, signed value with translated unit
    /// (`+2,5 p. p.`, `×5`), range ends from NumberStyle.
    public init(slider: Slider, value: Double, agents: Int?, baseline: Double?, selected: Bool,
                labels: Labels, numbers: NumberStyle) {
        let r = slider.range(agents: agents)
        // Half steps show their decimal (`2,5`), whole values none (`-20`).
        func num(_ v: Double) -> String { numbers.number(v, decimals: v == v.rounded() ? 0 : 1) }
        let valueText: String
        switch slider {
        case .acquisitionMultiple:
            valueText = "×" + num(value)
        case .attribution:
            valueText = numbers.percent(value, decimals: 0)
        default:
            let sign = value > 0 ? "+" : ""
            let unit = labels.unit(slider)
            valueText = sign + num(value) + (unit == "%" && !numbers.spanish ? "%" : " " + unit)
        }
        self.init(name: labels.slider(slider).full, valueText: valueText, value: value, range: r,
                  lowText: num(r.lowerBound), highText: num(r.upperBound), baseline: baseline, selected: selected)
    }

    public static let nameWidth = 20
    public static let valueWidth = 12
    public static let selectedStyle = Style(.selected, bold: true, reverse: true)
    public static let knobStyle = Style(.accent, bold: true)
    public static let trackStyle = Style(.dim)

    /// The knob's cell on a track of `cells` cells.
    public func knobCell(_ v: Double, cells: Int) -> Int {
        guard cells > 1 else { return 0 }
        return Scale.step(v, range.lowerBound, range.upperBound, steps: cells - 1) ?? 0
    }

    public func draw(into canvas: inout Canvas, _ rect: Rect, glyphs: GlyphSet) {
        guard !rect.isEmpty else { return }
        let row = rect.row(0)
        let base = selected ? Self.selectedStyle : Style()
        canvas.fill(row, " ", base)
        var x = canvas.put(in: row, 0, 0, selected ? glyphs.arrowRight + " " : "  ", base)
        let nameWidth = min(nameColumns, max(0, row.width - x - valueColumns))
        if nameWidth > 0 {
            canvas.put(in: row, x, 0, TextFit.left(glyphs.fold(name), nameWidth, ellipsis: glyphs.ellipsis), base)
            x += nameWidth
        }
        let shownValue = glyphs.fold(valueText)
        let valueWidth = min(valueColumns, row.width - x)
        guard valueWidth > 0 else { return }
        canvas.put(in: row, x, 0, TextFit.right(shownValue, valueWidth, ellipsis: glyphs.ellipsis), Style(base.role, bold: true, reverse: base.reverse))
        x += valueWidth + 1
        // The track between the range's ends; the ends go first when room is short.
        var room = row.width - x
        let low = glyphs.fold(lowText), high = glyphs.fold(highText)
        let ends = TextFit.width(low) + TextFit.width(high) + 2
        let showEnds = room - ends >= 5
        if showEnds { x += canvas.put(in: row, x, 0, low + " ", Style(.dim, reverse: base.reverse)); room -= ends }
        guard room >= 3 else { return }
        let trackStyle = Style(Self.trackStyle.role, reverse: base.reverse)
        canvas.put(in: row, x, 0, String(repeating: glyphs.horizontal, count: room), trackStyle)
        if let baseline { canvas.put(in: row, x + knobCell(baseline, cells: room), 0, glyphs.baselineMark, trackStyle) }
        canvas.put(in: row, x + knobCell(value, cells: room), 0, glyphs.knob,
                   Style(Self.knobStyle.role, bold: true, reverse: base.reverse))
        if showEnds { canvas.put(in: row, x + room, 0, " " + high, Style(.dim, reverse: base.reverse)) }
    }
}
