import Foundation
import Testing
@testable import TableroCore

private let march = Period(year: 2026, month: 3)

/// Baseline for the sliders:
///   costs: personnel 60,000, training 10,000, technology 20,000, overhead 5,000,
///          other 5,000 → C = 100,000
///   benefits (`benefit` total, default 400,000): upsell 75 %, referrals 25 %
///   customers: S = 1,000, CLV = 500; months = 2; agent_monthly_cost = 4,200
private func inputs(benefit: Double = 400_000, clv: Double? = 500, start: Double? = 1000) -> ScenarioInputs {
    let costs = [
        CostLine(period: march, category: .personnel, amount: 60_000),
        CostLine(period: march, category: .training, amount: 10_000),
        CostLine(period: march, category: .technology, amount: 20_000),
        CostLine(period: march, category: .overhead, amount: 5_000),
        CostLine(period: march, category: .other, amount: 5_000),
    ]
    let benefits = [
        BenefitLine(period: march, kind: .upsell, amount: benefit * 0.75),
        BenefitLine(period: march, kind: .referrals, amount: benefit * 0.25),
    ]
    var retention = RetentionFigures()
    retention.customersStart = start
    retention.clv = clv
    return ScenarioInputs(costLines: costs, benefitLines: benefits,
                          baseline: ROIFigures(costs: costs, benefits: benefits, attributionPercent: 100),
                          retention: retention, months: 2, agentMonthlyCost: 4200)
}

private func scenario(_ values: [Slider: Double]) -> Scenario {
    var s = Scenario(settings: Settings())
    for (k, v) in values { s[k] = v }
    return s
}

@Suite("What-if scenario")
struct ScenarioTests {
    @Test func baselineScenarioEqualsTheBaseline() {
        // All sliders at rest (multiple 5, attribution 100): C' = 100,000, B' = 400,000,
        // ROI = 300,000 / 100,000 = 300 %.
        let s = Scenario(settings: Settings())
        #expect(s[.acquisitionMultiple] == 5 && s[.attribution] == 100 && s[.retention] == 0)
        let r = ScenarioModel.roi(s, inputs())
        #expect(r.costTotal == 100_000)
        #expect(r.benefitTotal == 400_000)
        #expect(near(r.roiPercent, 300))
        #expect(r.retentionBenefit == 0 && r.acquisitionSavings == 0 && r.retainedCustomers == 0)
    }

    @Test func personnelPercent() {
        // +10 %: personnel 60,000 × 1.10 = 66,000; C' = 106,000;
        // ROI = (400,000 − 106,000) / 106,000 × 100 = 277.358490…
        let r = ScenarioModel.roi(scenario([.personnel: 10]), inputs())
        #expect(near(r.costs[.personnel], 66_000, 1e-6))
        #expect(near(r.costTotal, 106_000, 1e-6))
        #expect(near(r.roiPercent, 294_000.0 / 106_000 * 100, 1e-9))
        // −50 %: 30,000 → C' = 70,000
        #expect(near(ScenarioModel.roi(scenario([.personnel: -50]), inputs()).costTotal, 70_000, 1e-6))
    }

    @Test func trainingTechnologyOverheadPercent() {
        // training +50 % → 15,000; technology −100 % → 0; overhead +200 % → 15,000;
        // personnel 60,000 and other 5,000 untouched.
        // C' = 60,000 + 15,000 + 0 + 15,000 + 5,000 = 95,000
        let r = ScenarioModel.roi(scenario([.training: 50, .technology: -100, .overhead: 200]), inputs())
        #expect(near(r.costs[.training], 15_000, 1e-6))
        #expect(near(r.costs[.technology], 0, 1e-6))
        #expect(near(r.costs[.overhead], 15_000, 1e-6))
        #expect(near(r.costs[.personnel], 60_000, 1e-6))
        #expect(near(r.costs[.other], 5_000, 1e-6))
        #expect(near(r.costTotal, 95_000, 1e-6))
    }

    @Test func agentsTimesMonthlyCostTimesMonths() {
        // +3 agents: personnel 60,000 + 3 × 4,200 × 2 months = 60,000 + 25,200 = 85,200; C' = 125,200
        let up = ScenarioModel.roi(scenario([.agents: 3]), inputs())
        #expect(near(up.costs[.personnel], 85_200, 1e-6))
        #expect(near(up.costTotal, 125_200, 1e-6))
        // −2 agents: 60,000 − 16,800 = 43,200
        let down = ScenarioModel.roi(scenario([.agents: -2]), inputs())
        #expect(near(down.costs[.personnel], 43_200, 1e-6))
        // With personnel +10 %: 66,000 + 25,200 = 91,200 (the agents are not scaled).
        let both = ScenarioModel.roi(scenario([.agents: 3, .personnel: 10]), inputs())
        #expect(near(both.costs[.personnel], 91_200, 1e-6))
    }

    @Test func retentionAddsRetentionBenefitAndAcquisitionSavings() {
        // +2 pp: ΔR = 2/100 × 1,000 = 20 customers
        //   retention benefit = ΔR × CLV = 20 × 500 = 10,000
        //   acquisition avoided = ΔR × multiple × C / S = 20 × 5 × 100,000 / 1,000 = 10,000
        //   B' = 400,000 + 10,000 + 10,000 = 420,000; ROI = 320,000 / 100,000 = 320 %
        let r = ScenarioModel.roi(scenario([.retention: 2]), inputs())
        #expect(near(r.retainedCustomers, 20))
        #expect(near(r.retentionBenefit, 10_000, 1e-6))
        #expect(near(r.acquisitionSavings, 10_000, 1e-6))
        #expect(near(r.benefitTotal, 420_000, 1e-6))
        #expect(near(r.roiPercent, 320, 1e-9))
    }

    @Test func retentionUsesTheMultipleAndTheBaselineCost() {
        // Multiple 10: acquisition avoided = 20 × 10 × 100,000 / 1,000 = 20,000.
        let ten = ScenarioModel.roi(scenario([.retention: 2, .acquisitionMultiple: 10]), inputs())
        #expect(near(ten.acquisitionSavings, 20_000, 1e-6))
        #expect(near(ten.benefitTotal, 430_000, 1e-6))
        // Personnel +10 % changes C' (106,000) but "keeping one costs C / S" uses the
        // baseline C = 100,000: still 10,000. ROI = (420,000 − 106,000)/106,000.
        let mixed = ScenarioModel.roi(scenario([.retention: 2, .personnel: 10]), inputs())
        #expect(near(mixed.acquisitionSavings, 10_000, 1e-6))
        #expect(near(mixed.roiPercent, 314_000.0 / 106_000 * 100, 1e-9))
        // −3 pp: ΔR = −30 → −15,000 and −15,000 → B' = 370,000.
        let down = ScenarioModel.roi(scenario([.retention: -3]), inputs())
        #expect(near(down.retainedCustomers, -30))
        #expect(near(down.benefitTotal, 370_000, 1e-6))
    }

    @Test func attributionScalesOnlyTheBenefitLines() {
        // Attribution 50 %: lines 400,000 × 0.5 = 200,000; ROI = 100 %.
        let half = ScenarioModel.roi(scenario([.attribution: 50]), inputs())
        #expect(near(half.benefitTotal, 200_000, 1e-6))
        #expect(near(half.roiPercent, 100, 1e-9))
        #expect(half.attributionPercent == 50)
        // With +2 pp retention: 200,000 + 10,000 + 10,000 (not halved) = 220,000.
        let both = ScenarioModel.roi(scenario([.attribution: 50, .retention: 2]), inputs())
        #expect(near(both.benefitTotal, 220_000, 1e-6))
        // Attribution 0: only the slider's own benefits remain: 0 + 20,000.
        let none = ScenarioModel.roi(scenario([.attribution: 0, .retention: 2]), inputs())
        #expect(near(none.benefitTotal, 20_000, 1e-6))
    }

    @Test func aPartOfAnAgentIsRefused() throws {
        // 1.5 agents cost 1.5 salaries but the forecast took calls with 1
        // (an audit): the agents slider takes whole agents only.
        var s = Scenario(settings: Settings())
        #expect(throws: Scenario.Problem.notWhole(.agents, 1.5)) { try s.set("agents=1.5", agents: 10) }
        try s.set("agents=-2", agents: 10)
        #expect(s[.agents] == -2)
        #expect(Scenario.Problem.notWhole(.agents, 1.5).description == "what-if agents=1.5 is not a whole number of agents")
        // Percentages off a slider's step are still taken.
        try s.set("personnel=2.5", agents: 10)
        #expect(s[.personnel] == 2.5)
    }

    @Test func outOfRangeValuesAreRefused() throws {
        var s = Scenario(settings: Settings())
        // Inside the ranges (edges included).
        try s.set(.personnel, -50, agents: 10)
        try s.set(.personnel, 100, agents: 10)
        try s.set(.training, 200, agents: 10)
        try s.set(.technology, -100, agents: 10)
        try s.set(.overhead, 200, agents: 10)
        try s.set(.agents, -9, agents: 10)   // −(agents − 1) = −9
        try s.set(.agents, 50, agents: 10)
        try s.set(.retention, -20, agents: 10)
        try s.set(.retention, 20, agents: 10)
        try s.set(.acquisitionMultiple, 1, agents: 10)
        try s.set(.acquisitionMultiple, 10, agents: 10)
        try s.set(.attribution, 0, agents: 10)
        try s.set("retention=2.5", agents: 10)
        #expect(s[.retention] == 2.5)
        let kept = s

        // Outside: each throws and leaves the scenario unchanged.
        let bad: [(Slider, Double)] = [
            (.personnel, -51), (.personnel, 101), (.training, -105), (.training, 205),
            (.technology, 201), (.overhead, -101), (.agents, -10), (.agents, 51),
            (.retention, -20.5), (.retention, 20.5), (.acquisitionMultiple, 0.5),
            (.acquisitionMultiple, 10.5), (.attribution, -5), (.attribution, 105),
        ]
        for (slider, value) in bad {
            #expect(throws: Scenario.Problem.self) { try s.set(slider, value, agents: 10) }
            #expect(throws: Scenario.Problem.outOfRange(slider, value, slider.range(agents: 10))) {
                try s.set(slider, value, agents: 10)
            }
        }
        #expect(s == kept)
        #expect(throws: Scenario.Problem.unknownSlider("speed")) { try s.set("speed=3", agents: 10) }
        #expect(throws: Scenario.Problem.notANumber("retention", "abc")) { try s.set("retention=abc", agents: 10) }
        #expect(throws: Scenario.Problem.self) { try s.set("personnel=150", agents: 10) }
        // With one agent the slider cannot take the last agent away: range 0…50.
        #expect(throws: Scenario.Problem.self) { try s.set(.agents, -1, agents: 1) }
    }

    @Test func breakEvenRetention() throws {
        // B = 80,000, C = 100,000, S = 1,000, CLV = 500, multiple 5.
        // Each pp adds 10 customers: 10 × 500 + 10 × 5 × 100,000/1,000 = 10,000.
        // Break even: 80,000 + 10,000·x = 100,000 → x = 2 pp.
        let input = inputs(benefit: 80_000)
        let s = Scenario(settings: Settings())
        let x = try #require(ScenarioModel.retentionFor(roiPercent: 0, s, input))
        #expect(near(x, 2, 1e-9))
        var at = s
        at[.retention] = x
        #expect(near(ScenarioModel.roi(at, input).roiPercent, 0, 1e-9))
        // ROI target 100 %: B' = 200,000 → x = 120,000 / 10,000 = 12 pp.
        let y = try #require(ScenarioModel.retentionFor(roiPercent: 100, s, input))
        #expect(near(y, 12, 1e-9))
        at[.retention] = y
        #expect(near(ScenarioModel.roi(at, input).roiPercent, 100, 1e-9))
    }

    @Test func breakEvenWithOtherSlidersAsTheyAre() throws {
        // Personnel +20 %: C' = 112,000 (the per-pp value still uses baseline C):
        // 80,000 + 10,000·x = 112,000 → x = 3.2 pp.
        let input = inputs(benefit: 80_000)
        var s = scenario([.personnel: 20])
        let x = try #require(ScenarioModel.retentionFor(roiPercent: 0, s, input))
        #expect(near(x, 3.2, 1e-9))
        s[.retention] = x
        #expect(near(ScenarioModel.roi(s, input).roiPercent, 0, 1e-9))
        // Attribution 50 % on lines of 160,000: B = 80,000 → x = 2 pp again.
        let halved = inputs(benefit: 160_000)
        var h = scenario([.attribution: 50])
        let z = try #require(ScenarioModel.retentionFor(roiPercent: 0, h, halved))
        #expect(near(z, 2, 1e-9))
        h[.retention] = z
        #expect(near(ScenarioModel.roi(h, halved).roiPercent, 0, 1e-9))
        // B = 120,000 > C: the root is negative, x = −20,000 / 10,000 = −2 pp.
        let above = inputs(benefit: 120_000)
        let w = try #require(ScenarioModel.retentionFor(roiPercent: 0, Scenario(settings: Settings()), above))
        #expect(near(w, -2, 1e-9))
    }

    @Test func breakEvenUnknownWhenNoRootInRange() {
        // CLV 100, multiple 1: per pp 10 × 100 + 10 × 1 × 100 = 2,000.
        //   B = 50,000 → x = 50,000 / 2,000 = 25 pp > 20 → unknown.
        //   B = 60,000 → x = 40,000 / 2,000 = 20 pp, the edge → 20.
        let s = scenario([.acquisitionMultiple: 1])
        #expect(ScenarioModel.retentionFor(roiPercent: 0, s, inputs(benefit: 50_000, clv: 100)) == nil)
        #expect(near(ScenarioModel.retentionFor(roiPercent: 0, s, inputs(benefit: 60_000, clv: 100)), 20, 1e-9))
        // B = 350,000 with the default inputs → x = −25 pp < −20 → unknown.
        #expect(ScenarioModel.retentionFor(roiPercent: 0, Scenario(settings: Settings()), inputs(benefit: 350_000)) == nil)
        // No CLV or no customers: unknown.
        #expect(ScenarioModel.retentionFor(roiPercent: 0, s, inputs(benefit: 80_000, clv: nil)) == nil)
        #expect(ScenarioModel.retentionFor(roiPercent: 0, s, inputs(benefit: 80_000, start: nil)) == nil)
    }

    @Test func reportScenarioCountsMonthsTouchedByThePeriods() throws {
        // Window 7d at 2026-03-04 12:00Z (2026-02-26 … 03-04): cost lines in 2026-02 and
        // 2026-03 → months = 2. +1 agent: personnel 100,000 + 1 × 4,200 × 2 = 108,400.
        // B' = 400,000 → ROI = 291,600 / 108,400 × 100 = 269.00369%.
        var f = Feed()
        f.store.add(CostLine(period: Period(year: 2026, month: 2), category: .personnel, amount: 40_000))
        f.store.add(CostLine(period: march, category: .personnel, amount: 60_000))
        f.store.add(BenefitLine(period: march, kind: .upsell, amount: 400_000))
        var s = Scenario(settings: Settings())
        try s.set(.agents, 1, agents: nil)
        let r = f.report(.lastDays(7), asOf: mar2 + 2 * day + 12 * hour, scenario: s)
        #expect(near(r.scenario.roi.costTotal, 108_400, 1e-6))
        #expect(near(r.scenario.roi.roiPercent, 291_600.0 / 108_400 * 100, 1e-9))
        #expect(near(r.roi.roiPercent, 300))
        // No customer rows: break-even unknown.
        #expect(r.scenario.breakEvenRetentionPP == nil)
    }

    @Test func agentsSliderMovesTheQueueForecast() throws {
        // 200 arrivals in the hour before 10:00 (09:00:09, then every 18 s to 09:59:51),
        // each answered at once and handled 180 s; the store stops at as-of 10:00.
        // λ = 200/h, AHT 180 s → A = 10 Erlangs. agents = 13 (setting):
        //   SL = 79.559 % (see ErlangCTests). Scenario +1 agent → 14: SL 88.835 %, ASA 7.8359 s.
        var settings = Settings()
        settings.queue.agents = 13
        var f = Feed(settings: settings)
        let asOf = mar2 + 10 * hour
        f.store.cutoff = asOf
        for i in 0..<200 {
            let t = mar2 + 9 * hour + 9 + Double(i) * 18
            f.arrive("f\(i)", at: t)
            f.answer("f\(i)", at: t, agent: "a")
            f.resolve("f\(i)", at: t + 180)
        }
        var s = Scenario(settings: settings)
        try s.set(.agents, 1, agents: 13)
        let r = f.report(.today, asOf: asOf, scenario: s)
        #expect(r.forecast.arrivalsPerHour == 200)
        #expect(near(r.forecast.ahtSeconds, 180))
        #expect(near(r.forecast.trafficErlangs, 10, 1e-9))
        #expect(r.forecast.agents == 13)
        #expect(near(r.forecast.serviceLevelPercent, 79.55948, 1e-4))
        #expect(r.forecast.agentsNeeded == 14)
        #expect(r.scenario.forecast.agents == 14)
        #expect(near(r.scenario.forecast.serviceLevelPercent, 88.835, 1e-2))
        #expect(near(r.scenario.forecast.asaSeconds, 7.8359, 1e-3))
    }
}

/// The baseline scenario's cost total is the baseline's to the last bit, so
/// the what-if "Diff" column says 0 and not "+0" (floating sums depend on
/// order: 0.1 + 0.2 + 0.3 ≠ 0.3 + 0.2 + 0.1 in the last place).
@Suite("Cost totals")
struct CostTotalOrderTests {
    @Test func baselineScenarioCostEqualsTheBaselineExactly() {
        let p = Period(year: 2026, month: 11)
        let lines = [
            CostLine(period: p, category: .other, amount: 0.3), CostLine(period: p, category: .technology, amount: 0.2),
            CostLine(period: p, category: .personnel, amount: 0.1), CostLine(period: p, category: .training, amount: 1e-17),
        ]
        let base = ROIFigures(costs: lines, benefits: [], attributionPercent: 100)
        let inputs = ScenarioInputs(costLines: lines, benefitLines: [], baseline: base,
                                    retention: RetentionFigures(periods: []), months: 1, agentMonthlyCost: 4200)
        let scenario = ScenarioModel.roi(Scenario(settings: Settings()), inputs)
        #expect(scenario.costTotal == base.costTotal)
        // personnel, training, technology, overhead, other: 0.1 + 1e-17 + 0.2 + 0 + 0.3.
        #expect(base.costTotal == ((0.1 + 1e-17) + 0.2) + 0.3)
    }
}
