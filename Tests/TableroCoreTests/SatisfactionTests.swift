import Foundation
import Testing
@testable import TableroCore

@Suite("Satisfaction")
struct SatisfactionTests {
    private let at = mar2 + 9 * hour
    private let asOf = mar2 + 18 * hour

    @Test func csatPercentAndMean() {
        // Scores 5, 4, 3, 2, 5 on 1–5; positive is ≥ 4: 5, 4, 5 = 3 of 5.
        // CSAT = 3 / 5 × 100 = 60 %; mean = (5 + 4 + 3 + 2 + 5) / 5 = 19 / 5 = 3.8
        var f = Feed()
        for (i, s) in [5.0, 4, 3, 2, 5].enumerated() { f.survey(.csat, s, at: at + Double(i)) }
        let s = f.report(asOf: asOf).satisfaction
        #expect(s.csatResponses == 5)
        #expect(near(s.csatPercent, 60))
        #expect(near(s.csatMean, 3.8))
    }

    @Test func csatPositiveMinFollowsTheSettings() {
        // On a 1–10 scale with positive ≥ 8: scores 10, 8, 7.5, 3 → 2 of 4 = 50 %,
        // mean = 28.5 / 4 = 7.125.
        var settings = Settings()
        settings.satisfaction.csatScale = 10
        settings.satisfaction.csatPositiveMin = 8
        var f = Feed(settings: settings)
        for s in [10.0, 8, 7.5, 3] { f.survey(.csat, s, at: at) }
        let s = f.report(asOf: asOf).satisfaction
        #expect(near(s.csatPercent, 50))
        #expect(near(s.csatMean, 7.125))
    }

    @Test func npsWithCountsAndMarginOfError() {
        // Scores 10, 10, 9, 9, 9 (promoters: 5), 8, 7 (passives: 2), 6, 3, 0 (detractors: 3).
        // n = 10, p = 0.5, d = 0.3.
        // NPS = (0.5 − 0.3) × 100 = 20
        // MoE = 1.96 × sqrt((p + d − (p − d)²) / n) × 100
        //     = 1.96 × sqrt((0.8 − 0.04) / 10) × 100 = 1.96 × sqrt(0.076) × 100
        //     = 1.96 × 0.2756810 × 100 = 54.03347
        var f = Feed()
        for s in [10.0, 10, 9, 9, 9, 8, 7, 6, 3, 0] { f.survey(.nps, s, at: at) }
        let s = f.report(asOf: asOf).satisfaction
        #expect(s.npsResponses == 10)
        #expect(s.promoters == 5)
        #expect(s.passives == 2)
        #expect(s.detractors == 3)
        #expect(near(s.nps, 20))
        #expect(near(s.npsMarginOfError, 54.03347, 1e-4))
    }

    @Test func npsOfWholeCountsIsWhole() {
        // 9, 10, 9 promote; 0, 6 detract; 7, 7, 8, 8, 7 are passive: n = 10.
        // NPS = (3 − 2) × 100 / 10 = 10 exactly. As 0.3 × 100 − 0.2 × 100 it
        // was 9.999999999999998, below a target of 30 − 20 = 10, and the
        // alert said critical where it is a warning (an audit).
        var f = Feed()
        for s in [9.0, 10, 9, 0, 6, 7, 7, 8, 8, 7] { f.survey(.nps, s, at: at) }
        #expect(f.report(asOf: asOf).satisfaction.nps == 10)
    }

    @Test func npsRangesFromMinusToPlusHundred() {
        // All detractors: p = 0, d = 1 → NPS −100, MoE 1.96·sqrt((1 − 1)/n)·100 = 0.
        var low = Feed()
        for s in [0.0, 6, 5] { low.survey(.nps, s, at: at) }
        let l = low.report(asOf: asOf).satisfaction
        #expect(near(l.nps, -100))
        #expect(near(l.npsMarginOfError, 0))
        // All promoters: NPS +100.
        var high = Feed()
        for s in [9.0, 10] { high.survey(.nps, s, at: at) }
        #expect(near(high.report(asOf: asOf).satisfaction.nps, 100))
    }

    @Test func ces() {
        // CES scores 2, 3, 7 on 1–7: (2 + 3 + 7) / 3 = 4
        var f = Feed()
        for s in [2.0, 3, 7] { f.survey(.ces, s, at: at) }
        let s = f.report(asOf: asOf).satisfaction
        #expect(s.cesResponses == 3)
        #expect(near(s.ces, 4))
    }

    @Test func scoresOutsideTheirScaleAreRejected() {
        // csat 0 and 6 (scale 1–5), nps −1 and 11 (0–10), ces 0 and 8 (1–7): 6 bad rows.
        var f = Feed()
        f.survey(.csat, 0, at: at)
        f.survey(.csat, 6, at: at)
        f.survey(.nps, -1, at: at)
        f.survey(.nps, 11, at: at)
        f.survey(.ces, 0, at: at)
        f.survey(.ces, 8, at: at)
        // Edges are inside: csat 1 and 5, nps 0 and 10, ces 1 and 7.
        f.survey(.csat, 1, at: at)
        f.survey(.csat, 5, at: at)
        f.survey(.nps, 0, at: at)
        f.survey(.nps, 10, at: at)
        f.survey(.ces, 1, at: at)
        f.survey(.ces, 7, at: at)
        #expect(f.rejected == 6)
        let s = f.report(asOf: asOf).satisfaction
        #expect(s.csatResponses == 2 && s.npsResponses == 2 && s.cesResponses == 2)
        // CSAT 1 of 2 positive = 50 %, mean 3; NPS 1 promoter, 1 detractor = 0; CES 4.
        #expect(near(s.csatPercent, 50) && near(s.csatMean, 3))
        #expect(near(s.nps, 0))
        #expect(near(s.ces, 4))
    }

    @Test func noAnswersMeansUnknownNotZero() {
        let s = Feed().report(asOf: asOf).satisfaction
        #expect(s.csatPercent == nil && s.csatMean == nil)
        #expect(s.nps == nil && s.npsMarginOfError == nil)
        #expect(s.ces == nil)
        #expect(s.csatResponses == 0 && s.npsResponses == 0 && s.cesResponses == 0)
        #expect(s.promoters == 0 && s.passives == 0 && s.detractors == 0)
    }
}
