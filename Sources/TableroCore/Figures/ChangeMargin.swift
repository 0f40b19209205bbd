/// Whether a satisfaction figure's change against the previous window is
/// more than sampling noise (issue 10: an arrow on a change well inside the
/// margin of error read as news). 95 % margins, as NPS's own (METRICS.md).
extension SatisfactionFigures {
    /// CSAT: 1.96 × sqrt(p₁(1−p₁)/n₁ + p₂(1−p₂)/n₂) × 100 points, p the
    /// shares of positive answers and n the CSAT answers of each window.
    public func csatChangeMargin(from before: SatisfactionFigures) -> Double? {
        guard let now = csatPercent, let then = before.csatPercent, csatResponses > 0, before.csatResponses > 0 else { return nil }
        let (p1, p2) = (now / 100, then / 100)
        let variance = p1 * (1 - p1) / Double(csatResponses) + p2 * (1 - p2) / Double(before.csatResponses)
        return 1.96 * variance.squareRoot() * 100
    }

    /// NPS: the two windows' margins of error combined, sqrt(m₁² + m₂²).
    public func npsChangeMargin(from before: SatisfactionFigures) -> Double? {
        guard let m1 = npsMarginOfError, let m2 = before.npsMarginOfError else { return nil }
        return (m1 * m1 + m2 * m2).squareRoot()
    }

    /// A change no larger than its margin is inside it (nil margin: unknown, not inside).
    public static func isWithinMargin(change: Double?, margin: Double?) -> Bool {
        guard let change, let margin else { return false }
        return abs(change) <= margin
    }
}
