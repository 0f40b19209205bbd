/// A month (`YYYY-MM`) or a day (`YYYY-MM-DD`) that a cost, benefit or
/// customers line covers.
public struct Period: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    /// nil for a whole month.
    public var day: Int?

    public init(year: Int, month: Int, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The whole month this period is in.
    public var month0: Period { Period(year: year, month: month) }

    public var firstDay: LocalDay {
        LocalDay(year: year, month: month, day: day ?? 1)
    }

    public var lastDay: LocalDay {
        if day != nil { return firstDay }
        return LocalDay(year: year, month: month, day: LocalDay.daysIn(year: year, month: month))
    }

    /// Length in months: a day is 1/30.4375 of a month (METRICS.md).
    public var months: Double { day == nil ? 1 : 1 / 30.4375 }

    /// The calendar month it falls in, for "months touched".
    public var monthKey: Int { year * 12 + (month - 1) }

    public func overlaps(_ days: ClosedRange<LocalDay>) -> Bool {
        firstDay <= days.upperBound && lastDay >= days.lowerBound
    }

    public static func < (a: Period, b: Period) -> Bool {
        if a.firstDay != b.firstDay { return a.firstDay < b.firstDay }
        return a.lastDay < b.lastDay
    }

    public var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        guard let day else { return "\(year)-\(m)" }
        return "\(year)-\(m)-\(day < 10 ? "0\(day)" : "\(day)")"
    }
}

public enum CostCategory: String, Sendable, CaseIterable {
    case personnel, training, technology, overhead, other

    public init(label: String) {
        self = CostCategory(rawValue: label.lowercased()) ?? .other
    }
}

public enum BenefitKind: String, Sendable, CaseIterable {
    case upsell
    case crossSell = "cross_sell"
    case savedCarts = "saved_carts"
    case clvUplift = "clv_uplift"
    case referrals, retention, other

    public init(label: String) {
        self = BenefitKind(rawValue: label.lowercased()) ?? .other
    }
}

public struct CostLine: Sendable, Equatable {
    public var period: Period
    public var category: CostCategory
    public var amount: Double
    public init(period: Period, category: CostCategory, amount: Double) {
        self.period = period
        self.category = category
        self.amount = amount
    }
}

public struct BenefitLine: Sendable, Equatable {
    public var period: Period
    public var kind: BenefitKind
    public var amount: Double
    public init(period: Period, kind: BenefitKind, amount: Double) {
        self.period = period
        self.kind = kind
        self.amount = amount
    }
}

public struct CustomerPeriod: Sendable, Equatable {
    public var period: Period
    public var start: Double
    public var end: Double
    public var new: Double
    public var lost: Double
    public var avgPurchaseValue: Double?
    public var purchasesPerYear: Double?
    public var grossMargin: Double?
    /// New customers who came by a referral (0..new).
    public var referredNew: Double?
    /// Customers in the loyalty programme at the period's end (0..end).
    public var loyaltyMembers: Double?
    public init(
        period: Period, start: Double, end: Double, new: Double, lost: Double,
        avgPurchaseValue: Double? = nil, purchasesPerYear: Double? = nil, grossMargin: Double? = nil,
        referredNew: Double? = nil, loyaltyMembers: Double? = nil
    ) {
        self.referredNew = referredNew
        self.loyaltyMembers = loyaltyMembers
        self.period = period
        self.start = start
        self.end = end
        self.new = new
        self.lost = lost
        self.avgPurchaseValue = avgPurchaseValue
        self.purchasesPerYear = purchasesPerYear
        self.grossMargin = grossMargin
    }
}
