/// Turns a scenario plus the baseline into scenario figures (METRICS.md,
/// "What-if scenario"), and answers the goal-seek questions.
public struct ScenarioInputs: Sendable {
    public var costLines: [CostLine]
    public var benefitLines: [BenefitLine]
    public var baseline: ROIFigures
    public var retention: RetentionFigures
    /// Distinct calendar months touched by the cost and benefit periods.
    public var months: Int
    public var agentMonthlyCost: Double

    public init(costLines: [CostLine], benefitLines: [BenefitLine], baseline: ROIFigures,
                retention: RetentionFigures, months: Int, agentMonthlyCost: Double) {
        self.costLines = costLines
        self.benefitLines = benefitLines
        self.baseline = baseline
        self.retention = retention
        self.months = months
        self.agentMonthlyCost = agentMonthlyCost
    }
}

public enum ScenarioModel {
    public static func roi(_ s: Scenario, _ input: ScenarioInputs) -> ROIFigures {
        var f = ROIFigures(attributionPercent: s[.attribution])
        if !input.costLines.isEmpty {
            for c in CostCategory.allCases { f.costs[c] = 0 }
            for line in input.costLines { f.costs[line.category, default: 0] += line.amount * factor(for: line.category, s) }
            f.costs[.personnel, default: 0] += s[.agents] * input.agentMonthlyCost * Double(input.months)
            f.costTotal = ROIFigures.total(f.costs)
        }
        var benefit: Double? = nil
        if !input.benefitLines.isEmpty {
            for k in BenefitKind.allCases { f.benefits[k] = 0 }
            for line in input.benefitLines { f.benefits[line.kind, default: 0] += line.amount }
            benefit = input.benefitLines.reduce(0) { $0 + $1.amount } * s[.attribution] / 100
        }
        let x = s[.retention]
        if x == 0 {
            f.retainedCustomers = 0
            f.retentionBenefit = 0
            f.acquisitionSavings = 0
        } else if let start = input.retention.customersStart {
            let kept = x / 100 * start
            f.retainedCustomers = kept
            f.retentionBenefit = input.retention.clv.map { kept * $0 }
            if let c = input.baseline.costTotal, start > 0 {
                f.acquisitionSavings = kept * s[.acquisitionMultiple] * c / start
            }
        }
        if let b = benefit, let r = f.retentionBenefit, let a = f.acquisitionSavings {
            f.benefitTotal = b + r + a
        }
        f.finish()
        return f
    }

    private static func factor(for c: CostCategory, _ s: Scenario) -> Double {
        switch c {
        case .personnel: 1 + s[.personnel] / 100
        case .training: 1 + s[.training] / 100
        case .technology: 1 + s[.technology] / 100
        case .overhead: 1 + s[.overhead] / 100
        case .other: 1
        }
    }

    /// The retention change (pp, within −20…+20) at which the scenario's ROI
    /// reaches `roiPercent`, with the other sliders as they are. Benefit is
    /// linear in the slider and cost does not depend on it, so the root is
    /// exact: B(x) = B(0) + x·k with k = (S·CLV + multiple·C) / 100.
    public static func retentionFor(roiPercent target: Double, _ s: Scenario, _ input: ScenarioInputs) -> Double? {
        var atZero = s
        atZero[.retention] = 0
        let base = roi(atZero, input)
        guard let cost = base.costTotal, cost > 0, let b0 = base.benefitTotal,
              let start = input.retention.customersStart, start > 0,
              let clv = input.retention.clv, let c = input.baseline.costTotal else { return nil }
        let k = (start * clv + s[.acquisitionMultiple] * c) / 100
        guard k > 0 else { return nil }
        let x = (cost * (1 + target / 100) - b0) / k
        guard x.isFinite, x >= -20 - 1e-9, x <= 20 + 1e-9 else { return nil }
        return min(20, max(-20, x))
    }
}
