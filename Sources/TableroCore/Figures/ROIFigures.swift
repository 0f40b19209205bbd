/// Costs, benefits and return (METRICS.md, "ROI"). Scenario figures use the
/// same shape plus what the retention slider adds.
public struct ROIFigures: Sendable, Equatable {
    public var costTotal: Double?
    public var costs: [CostCategory: Double] = [:]
    public var benefitTotal: Double?
    /// Benefit lines by kind, before attribution.
    public var benefits: [BenefitKind: Double] = [:]
    public var attributionPercent: Double
    public var netBenefit: Double?
    public var roiPercent: Double?
    public var returnPerCost: Double?
    // Scenario only.
    public var retainedCustomers: Double?
    public var retentionBenefit: Double?
    public var acquisitionSavings: Double?

    public init(attributionPercent: Double) {
        self.attributionPercent = attributionPercent
    }

    /// Baseline figures from the lines of the periods in the window.
    public init(costs costLines: [CostLine], benefits benefitLines: [BenefitLine], attributionPercent: Double) {
        self.attributionPercent = attributionPercent
        if !costLines.isEmpty {
            for c in CostCategory.allCases { costs[c] = 0 }
            for line in costLines { costs[line.category, default: 0] += line.amount }
            costTotal = Self.total(costs)
        }
        if !benefitLines.isEmpty {
            for k in BenefitKind.allCases { benefits[k] = 0 }
            for line in benefitLines { benefits[line.kind, default: 0] += line.amount }
            benefitTotal = benefitLines.reduce(0) { $0 + $1.amount } * attributionPercent / 100
        }
        finish()
    }

    /// The categories summed in one fixed order: a dictionary's order changes
    /// from run to run, and so would the last bits of the sum (the what-if
    /// "Diff" column showed "+$0" against "$0" at random).
    static func total(_ costs: [CostCategory: Double]) -> Double {
        CostCategory.allCases.reduce(0) { $0 + (costs[$1] ?? 0) }
    }

    /// Net, ROI and return per cost from the totals.
    public mutating func finish() {
        guard let c = costTotal, let b = benefitTotal else {
            netBenefit = nil
            roiPercent = nil
            returnPerCost = nil
            return
        }
        netBenefit = b - c
        roiPercent = c > 0 ? Ratio.percent(b - c, c) : nil
        returnPerCost = c > 0 ? b / c : nil
    }
}
