import TableroCore

private func period(_ row: RowFields) -> Result<Period, Rejection> {
    let raw = row[0].trimmed()
    if raw.isEmpty { return .failure(Rejection("missing period")) }
    guard let p = ValueParser.period(raw) else {
        return .failure(Rejection("period \(Sanitize.quoted(raw.string)) is not YYYY-MM or YYYY-MM-DD"))
    }
    // DATA.md: a time before 1970 or from 2100 on is a bad row; a period is
    // its days (`1969-12` counted in ROI's totals, found by an audit).
    guard (1970...2099).contains(p.year) else {
        return .failure(Rejection("period \(Sanitize.quoted(raw.string)) is before 1970 or after 2099"))
    }
    return .success(p)
}

/// `costs*`: one cost line for a month or a day.
struct CostsDecoder: RowDecoder {
    static let columns = ["period", "category", "amount", "channel"]
    static let required = ["period", "category", "amount"]

    func decode(_ row: RowFields, origin: RowOrigin, into store: inout MetricsStore) -> String? {
        do {
            let p = try period(row).get()
            let category = row.text(1)
            if category.isEmpty { return "missing category" }
            let amount = try Field.required(Field.number(row, 2, "amount").get(), "amount").get()
            store.add(CostLine(period: p, category: CostCategory(label: category), amount: amount))
            return nil
        } catch {
            return error.reason
        }
    }
}

/// `benefits*`: one benefit line attributable to the service.
struct BenefitsDecoder: RowDecoder {
    static let columns = ["period", "kind", "amount"]
    static let required = ["period", "kind", "amount"]

    func decode(_ row: RowFields, origin: RowOrigin, into store: inout MetricsStore) -> String? {
        do {
            let p = try period(row).get()
            let kind = row.text(1)
            if kind.isEmpty { return "missing kind" }
            let amount = try Field.required(Field.number(row, 2, "amount").get(), "amount").get()
            store.add(BenefitLine(period: p, kind: BenefitKind(label: kind), amount: amount))
            return nil
        } catch {
            return error.reason
        }
    }
}

/// `customers*`: the customer base for one period.
struct CustomersDecoder: RowDecoder {
    static let columns = ["period", "customers_start", "customers_end", "new_customers", "lost_customers",
                          "avg_purchase_value", "purchases_per_year", "gross_margin", "referred_new_customers", "loyalty_members"]
    static let required = ["period", "customers_start", "customers_end", "new_customers", "lost_customers"]

    func decode(_ row: RowFields, origin: RowOrigin, into store: inout MetricsStore) -> String? {
        do {
            let p = try period(row).get()
            let s = try Field.required(Field.number(row, 1, "customers_start").get(), "customers_start").get()
            let e = try Field.required(Field.number(row, 2, "customers_end").get(), "customers_end").get()
            let n = try Field.required(Field.number(row, 3, "new_customers").get(), "new_customers").get()
            let l = try Field.required(Field.number(row, 4, "lost_customers").get(), "lost_customers").get()
            let margin = try Field.number(row, 7, "gross_margin").get()
            if let margin, margin > 1 { return "gross_margin \(Format.plain(margin)) is outside 0..1" }
            let referred = try Field.number(row, 8, "referred_new_customers").get()
            if let referred, referred > n {
                return "referred_new_customers \(Format.plain(referred)) is outside 0..\(Format.plain(n)) (new_customers)"
            }
            let loyalty = try Field.number(row, 9, "loyalty_members").get()
            if let loyalty, loyalty > e {
                return "loyalty_members \(Format.plain(loyalty)) is outside 0..\(Format.plain(e)) (customers_end)"
            }
            store.add(CustomerPeriod(
                period: p, start: s, end: e, new: n, lost: l,
                avgPurchaseValue: try Field.number(row, 5, "avg_purchase_value").get(),
                purchasesPerYear: try Field.number(row, 6, "purchases_per_year").get(),
                grossMargin: margin, referredNew: referred, loyaltyMembers: loyalty))
            return nil
        } catch {
            return error.reason
        }
    }
}
