import TableroCanvas

/// Two series over days in a few rows (CSAT % and service level %, say):
/// one marker per day and series on a shared scale, the top and bottom of
/// the scale on the left, the first and last day below.
///
///     100│   ● ◉       ● ●
///        │◉  ○    ○ ●  ○ ○
///       0│
///         11-16      11-22
///
/// (`●` first series, `○` second, `◉` both on one cell.)
///
/// Days are spread over the width; with more days than columns the most
/// recent are kept (folding into weeks is the caller's choice, METRICS.md). Unknown
/// values leave a gap.
public struct LineChart: Widget, Sendable {
    public var seriesA: [Double?]
    public var seriesB: [Double?]
    /// Labels under the first and last day shown (e.g. `11-16`, `11-22`).
    public var firstLabel: String
    public var lastLabel: String
    /// A fixed scale (0...100 for percentages); nil scales to the data.
    public var range: ClosedRange<Double>?
    /// Text of the scale's ends (already in the right language).
    public var format: @Sendable (Double) -> String

    public init(seriesA: [Double?], seriesB: [Double?] = [], firstLabel: String = "", lastLabel: String = "",
                range: ClosedRange<Double>? = nil, format: @escaping @Sendable (Double) -> String) {
        self.seriesA = seriesA
        self.seriesB = seriesB
        self.firstLabel = firstLabel
        self.lastLabel = lastLabel
        self.range = range
        self.format = format
    }

    public static let styleA = Style(.accent, bold: true)
    public static let styleB = Style(.title)
    public static let bothStyle = Style(.accent, bold: true, underline: true)
    public static let axisStyle = Style(.dim)

    /// The scale: the fixed range, or the data's min..max (a flat or empty
    /// series gets a unit-wide range so it sits on the bottom row).
    func scale(_ a: ArraySlice<Double?>, _ b: ArraySlice<Double?>) -> (lo: Double, hi: Double) {
        if let range { return (range.lowerBound, range.upperBound) }
        let known = (a + b).compactMap { $0 }.filter(\.isFinite)
        let lo = known.min() ?? 0, hi = known.max() ?? 0
        return hi > lo ? (lo, hi) : (lo, lo + 1)
    }

    public func draw(into canvas: inout Canvas, _ rect: Rect, glyphs: GlyphSet) {
        guard !rect.isEmpty else { return }
        canvas.fill(rect)
        let plotHeight = rect.height - 1
        // A chart needs one plot row above the day labels; otherwise only the labels would show.
        guard plotHeight >= 1 else { return }
        let days = max(seriesA.count, seriesB.count)
        // Pad the shorter series so both end on the same last day.
        let a = Array(repeating: nil, count: days - seriesA.count) + seriesA
        let b = Array(repeating: nil, count: days - seriesB.count) + seriesB
        // The axis column: widest scale label + 1 for the axis line.
        let (probeLo, probeHi) = scale(a[...], b[...])
        let hiText = glyphs.fold(format(probeHi)), loText = glyphs.fold(format(probeLo))
        let axis = max(TextFit.width(hiText), TextFit.width(loText))
        let plotWidth = rect.width - axis - 1
        guard plotWidth >= 1 else { return }
        let shownA = a.suffix(plotWidth), shownB = b.suffix(plotWidth)
        let (lo, hi) = scale(shownA, shownB)
        let top = glyphs.fold(format(hi)), bottom = glyphs.fold(format(lo))
        let axisWidth = max(TextFit.width(top), TextFit.width(bottom))
        let x0 = min(axis, axisWidth)
        for dy in 0..<plotHeight { canvas.put(in: rect, x0, dy, glyphs.vertical, Self.axisStyle) }
        canvas.put(in: rect, 0, 0, TextFit.right(top, x0, ellipsis: glyphs.ellipsis), Self.axisStyle)
        if plotHeight > 1 {
            canvas.put(in: rect, 0, plotHeight - 1, TextFit.right(bottom, x0, ellipsis: glyphs.ellipsis), Self.axisStyle)
        }
        func row(_ v: Double?) -> Int? {
            guard let v, let step = Scale.step(v, lo, hi, steps: plotHeight - 1) else { return nil }
            return plotHeight - 1 - step
        }
        let ra = Array(shownA), rb = Array(shownB)
        // Fewer days than columns: spread them over the width, first day at
        // the left edge and last day at the right.
        func column(_ i: Int) -> Int {
            ra.count > 1 ? Int((Double(i) * Double(plotWidth - 1) / Double(ra.count - 1)).rounded()) : 0
        }
        for i in 0..<ra.count {
            let x = x0 + 1 + column(i)
            let ya = row(ra[i]), yb = row(rb[i])
            if let ya, ya == yb {
                canvas.put(in: rect, x, ya, glyphs.seriesBoth, Self.bothStyle)
                continue
            }
            if let yb { canvas.put(in: rect, x, yb, glyphs.seriesB, Self.styleB) }
            if let ya { canvas.put(in: rect, x, ya, glyphs.seriesA, Self.styleA) }
        }
        // Day labels under the plot: first at its start, last right-aligned at the last day.
        let labelRow = plotHeight
        let plotStart = x0 + 1
        let end = plotStart + (ra.count > 1 ? plotWidth : 1)
        let last = glyphs.fold(lastLabel), first = glyphs.fold(firstLabel)
        let lastX = max(plotStart, end - TextFit.width(last))
        let firstRoom = ra.count > 1 ? lastX - plotStart - 1 : rect.width - plotStart
        if firstRoom > 0 {
            canvas.put(in: rect, plotStart, labelRow, TextFit.truncate(first, to: firstRoom, ellipsis: glyphs.ellipsis), Self.axisStyle)
        }
        if ra.count > 1 { canvas.put(in: rect, lastX, labelRow, last, Self.axisStyle) }
    }
}
