import Foundation

public struct SatisfactionFigures: Sendable, Equatable {
    public var csatPercent: Double?
    public var csatMean: Double?
    public var csatResponses = 0
    public var nps: Double?
    public var npsMarginOfError: Double?
    public var npsResponses = 0
    public var promoters = 0
    public var passives = 0
    public var detractors = 0
    public var ces: Double?
    public var cesResponses = 0

    public init() {}

    public init(_ s: SatisfactionAggregate) {
        csatResponses = s.csatCount
        csatPercent = Ratio.percent(s.csatPositive, s.csatCount)
        csatMean = Ratio.mean(s.csatSum, s.csatCount)
        npsResponses = s.npsCount
        promoters = s.promoters
        passives = s.passives
        detractors = s.detractors
        if s.npsCount > 0 {
            let n = Double(s.npsCount)
            let p = Double(s.promoters) / n
            let d = Double(s.detractors) / n
            // Counted before dividing, as `Ratio.percent`: 3 promoters and 2
            // detractors of 10 are 10, not 9.999999999999998.
            nps = Double(s.promoters - s.detractors) * 100 / n
            npsMarginOfError = 1.96 * ((p + d - (p - d) * (p - d)) / n).squareRoot() * 100
        }
        cesResponses = s.cesCount
        ces = Ratio.mean(s.cesSum, s.cesCount)
    }
}
