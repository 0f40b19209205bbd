import Testing
import TableroCore

/// Issue 10: CSAT and NPS arrows are "≈" when the change is inside its 95 %
/// margin of error. Answers worked out by hand in the comments.
@Suite struct ChangeMarginTests {
    func csat(_ percent: Double, of n: Int) -> SatisfactionFigures {
        var s = SatisfactionFigures()
        s.csatPercent = percent
        s.csatResponses = n
        return s
    }

    @Test func csatMargin() throws {
        // 80 % of 100 against 70 % of 100:
        // 1.96 × sqrt(0.8·0.2/100 + 0.7·0.3/100) × 100 = 1.96 × sqrt(0.0037) × 100 = 11.922 points.
        let margin = try #require(csat(80, of: 100).csatChangeMargin(from: csat(70, of: 100)))
        #expect(abs(margin - 11.922) < 0.001)
        #expect(SatisfactionFigures.isWithinMargin(change: 10, margin: margin))
        // The same shares on 1,000 answers each: 3.770 points, so +10 is news.
        let large = try #require(csat(80, of: 1000).csatChangeMargin(from: csat(70, of: 1000)))
        #expect(abs(large - 3.770) < 0.001)
        #expect(!SatisfactionFigures.isWithinMargin(change: 10, margin: large))
        // No answers before: no margin, and never "inside" it.
        #expect(csat(80, of: 100).csatChangeMargin(from: csat(70, of: 0)) == nil)
        #expect(!SatisfactionFigures.isWithinMargin(change: 1, margin: nil))
    }

    @Test func npsMargin() throws {
        var now = SatisfactionFigures(), before = SatisfactionFigures()
        now.npsMarginOfError = 10
        before.npsMarginOfError = 24
        // sqrt(10² + 24²) = 26.
        #expect(now.npsChangeMargin(from: before) == 26)
    }
}
