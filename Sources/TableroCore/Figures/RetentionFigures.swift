import Foundation

/// Retention over the customer periods of a window (METRICS.md, "Retention").
public struct RetentionFigures: Sendable, Equatable {
    public var retentionPercent: Double?
    public var churnPercent: Double?
    public var lifespanYears: Double?
    public var clv: Double?
    /// S: the first period's customers at start (the what-if base).
    public var customersStart: Double?
    /// Σ referred_new_customers / Σ new_customers × 100 over the periods
    /// that give referrals (METRICS.md, "Quality, feedback, referrals").
    public var referralRatePercent: Double?
    /// loyalty_members / customers_end of the window's latest period × 100.
    public var loyaltyPercent: Double?

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
                if let r = row.referredNew { p.referredNew = (p.referredNew ?? 0) + r }
                if let m = row.loyaltyMembers { p.loyaltyMembers = (p.loyaltyMembers ?? 0) + m }
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
        let referring = periods.filter { $0.referredNew != nil }
        let referredNew = referring.reduce(0) { $0 + $1.new }
        if !referring.isEmpty, referredNew > 0 {
            referralRatePercent = Ratio.percent(referring.reduce(0) { $0 + $1.referredNew! }, referredNew)
        }
        if let last = periods.last, let members = last.loyaltyMembers, last.end > 0 {
            loyaltyPercent = Ratio.percent(members, last.end)
        }
        guard s > 0 else { return }
        retentionPercent = Ratio.percent(e - n, s)
        let c = l / s
        churnPercent = Ratio.percent(l, s)
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
