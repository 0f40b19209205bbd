/// Where a value sits between two ends, as a fraction 0...1 (clamped).
/// One place for the arithmetic every bar, knob and chart needs, so none of
/// them can turn NaN or an infinite span into an Int (which traps).
enum Scale {
    /// nil when the value or the span is not finite, or the span is empty.
    static func fraction(_ v: Double, _ lo: Double, _ hi: Double) -> Double? {
        let span = hi - lo
        guard v.isFinite, lo.isFinite, hi.isFinite, span.isFinite, span > 0 else { return nil }
        let t = (v - lo) / span
        guard t.isFinite else { return nil }
        return min(1, max(0, t))
    }

    /// The fraction times `steps`, rounded: a cell index or eighth count.
    static func step(_ v: Double, _ lo: Double, _ hi: Double, steps: Int) -> Int? {
        fraction(v, lo, hi).map { Int(($0 * Double(steps)).rounded()) }
    }

    /// `cells` shared among `counts` by largest remainder (ties to the earlier
    /// part), every part with a count keeping at least one cell taken from
    /// the widest: the split of a stacked bar.
    public static func apportion(_ counts: [Int], cells width: Int) -> [Int] {
        // Summed as Double: counts near Int.max must not overflow.
        let total = counts.reduce(0.0) { $0 + Double($1) }
        guard total > 0, width > 0 else { return counts.map { _ in 0 } }
        let exact = counts.map { Double($0) * Double(width) / total }
        var cells = exact.map { Int($0) }
        var left = width - cells.reduce(0, +)
        let order = exact.indices.sorted { (exact[$0] - Double(cells[$0]), -$0) > (exact[$1] - Double(cells[$1]), -$1) }
        for i in order where left > 0 { cells[i] += 1; left -= 1 }
        for i in cells.indices where counts[i] > 0 && cells[i] == 0 {
            if let widest = cells.indices.max(by: { cells[$0] < cells[$1] }), cells[widest] > 1 {
                cells[widest] -= 1
                cells[i] = 1
            }
        }
        return cells
    }
}
