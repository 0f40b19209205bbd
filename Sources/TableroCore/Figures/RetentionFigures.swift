import Foundation

/// Retention over the customer periods of a window (METRICS.md, "Retention").
public struct RetentionFigures: Sendable, Equatable {
    public var retentionPercent: Double?
    public var churnPercent: Double?
    public var lifespanYears: Double?
    public var clv: Double?
    /// S: the first period's customers at start (the what-if base).
    public var customersStart: Double?

    public init() {}

    public init(periods rows: [CustomerPeriod]) {
        guard !rows.isEmpty else { return }
        // Rows of the same period (segments) add up into one period.
        var byPeriod: [Period: CustomerPeriod] = [:]
        for row in rows {
            if var p = byPeriod[row.period] {
                p.start += row.start
                p.end += row.end
                p.new += row.new
                p.lost += row.lost
                if row.avgPurchaseValue != nil { p.avgPurchaseValue = row.avgPurchaseValue }
                if row.purchasesPerYear != nil { p.purchasesPerYear = row.purchasesPerYear }
                if row.grossMargin != nil { p.grossMargin = row.grossMargin }
                byPeriod[row.period] = p
            } else {
                byPeriod[row.period] = row
            }
        }
        let periods = byPeriod.values.sorted { $0.period < $1.period }
        let s = periods.first!.start
        let e = periods.last!.end
        let n = periods.reduce(0) { $0 + $1.new }
        let l = periods.reduce(0) { $0 + $1.lost }
        let months = periods.reduce(0) { $0 + $1.period.months }
        customersStart = s
        guard s > 0 else { return }
        retentionPercent = (e - n) / s * 100
        let c = l / s
        churnPercent = c * 100
        let annual = 1 - pow(max(0, 1 - c), 12 / months)
        if annual > 0 { lifespanYears = 1 / annual }
        let apv = periods.last { $0.avgPurchaseValue != nil }?.avgPurchaseValue
        let ppy = periods.last { $0.purchasesPerYear != nil }?.purchasesPerYear
        let margin = periods.last { $0.grossMargin != nil }?.grossMargin
        if let apv, let ppy, let lifespanYears {
            clv = apv * ppy * lifespanYears * (margin ?? 1)
        }
    }
}
