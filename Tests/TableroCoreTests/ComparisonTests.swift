import Testing
import TableroCore

/// Issue 14, METRICS.md "Worst to best": the baseline and saved scenarios,
/// each computed as the what-if of its sliders, sorted by ROI worst first.
@Suite struct ComparisonTests {
    @Test func worstToBest() {
        var store = MetricsStore()
        let nov = Period(year: 2026, month: 11)
        store.add(CostLine(period: nov, category: .personnel, amount: 1000))
        store.add(BenefitLine(period: nov, kind: .upsell, amount: 1500))
        let base = Scenario(settings: Settings())
        var worst = base
        worst[.attribution] = 50      // benefit 750: ROI (750 − 1000) / 1000 = −25 %
        var best = base
        best[.personnel] = -20        // cost 800: ROI (1500 − 800) / 800 = 87.5 %
        var same = base
        same[.training] = 10          // no training cost: ROI 50 %, as the baseline; ties go by name
        let asOf = 1_795_348_800.0     // 2026-11-22T12:00:00Z
        let rows = store.comparison(window: .all, asOf: asOf,
                                    scenarios: [("best", best), ("worst", worst), ("a-same", same)])
        #expect(rows.map(\.name) == ["worst", "a-same", "baseline", "best"])
        #expect(rows.map(\.roi.roiPercent) == [-25, 50, 50, 87.5])
        #expect(rows[0].roi.netBenefit == -250 && rows[0].roi.costTotal == 1000 && rows[0].roi.benefitTotal == 750)
    }

    @Test func unknownROIGoesLast() {
        var a = ComparisonRow(name: "a", scenario: Scenario(settings: Settings()), roi: ROIFigures(attributionPercent: 100),
                              forecast: Forecast(), breakEvenRetentionPP: nil)
        var b = a
        b.name = "b"
        b.roi.roiPercent = -10
        a.roi.roiPercent = nil
        #expect(ComparisonRow.worstToBest([a, b]).map(\.name) == ["b", "a"])
    }
}
