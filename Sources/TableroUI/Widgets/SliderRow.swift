import TableroCore
import TableroCanvas
import TableroText

/// One what-if slider on one row: a marker when selected, its name, its
/// value with unit, a track with the knob at the value (and a mark at the
/// baseline value, so the distance from "no change" shows), then the range
/// in words where there is room (issue 10: "0% -50 ───●" read as one number):
///
///     ▶ Agentes ±          +3 agentes ───┼●──────────  −11 … +50 agentes
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
    /// After the ends: ` %`, ` agents`, ` pp` (none for ×).
    public var unitText = ""
    /// Columns for the range; a view sets every row's to the widest so the
    /// tracks line up.
    public var rangeColumns: Int?

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
    public init(slider: Slider, value: Double, agents: Int?, retentionPercent: Double? = nil, baseline: Double?, selected: Bool,
                labels: Labels, numbers: NumberStyle) {
        let r = slider.range(agents: agents, retentionPercent: retentionPercent)
        // Half steps show their decimal (`2,5`), whole values none (`-20`).
        func num(_ v: Double) -> String { numbers.number(v, decimals: v == v.rounded() ? 0 : 1) }
        let valueText: String
        var unitText = ""
        switch slider {
        case .acquisitionMultiple:
            valueText = "×" + num(value)
        case .attribution:
            valueText = numbers.percent(value, decimals: 0)
        default:
            let sign = value > 0 ? "+" : ""
            let unit = labels.unit(slider)
            valueText = sign + num(value) + (unit == "%" && !numbers.spanish ? "%" : " " + unit)
            unitText = " " + unit
        }
        if slider == .attribution { unitText = " %" }
        // Signed ends for changes (−50 … +100), plain for levels (×1 … ×10, 0 … 100).
        let signed = slider != .acquisitionMultiple && slider != .attribution
        func end(_ v: Double) -> String {
            let text = num(abs(v))
            if slider == .acquisitionMultiple { return "×" + text }
            return v < 0 ? "−" + text : (signed && v > 0 ? "+" : "") + text
        }
        self.init(name: labels.slider(slider).full, valueText: valueText, value: value, range: r,
                  lowText: end(r.lowerBound), highText: end(r.upperBound), baseline: baseline, selected: selected)
        self.unitText = unitText
    }

    /// `−50 … +100 %` (ASCII `-50..+100 %`).
    public func rangeText(_ glyphs: GlyphSet) -> String {
        glyphs.fold(lowText + (glyphs.isUnicode ? " … " : "..") + highText + unitText)
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
        // The track, then the range in words where the track keeps 8 cells;
        // the range's column is the same on every row, so tracks line up.
        var room = row.width - x
        let range = rangeText(glyphs)
        let rangeWidth = max(rangeColumns ?? 0, TextFit.width(range))
        let showRange = room - rangeWidth - 2 >= 8
        if showRange { room -= rangeWidth + 2 }
        guard room >= 3 else { return }
        let trackStyle = Style(Self.trackStyle.role, reverse: base.reverse)
        canvas.put(in: row, x, 0, String(repeating: glyphs.horizontal, count: room), trackStyle)
        if let baseline { canvas.put(in: row, x + knobCell(baseline, cells: room), 0, glyphs.baselineMark, trackStyle) }
        canvas.put(in: row, x + knobCell(value, cells: room), 0, glyphs.knob,
                   Style(Self.knobStyle.role, bold: true, reverse: base.reverse))
        if showRange {
            canvas.put(in: row, x + room + 2, 0, TextFit.right(range, rangeWidth, ellipsis: glyphs.ellipsis),
                       Style(.dim, reverse: base.reverse))
        }
    }
}
