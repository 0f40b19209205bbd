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
}
