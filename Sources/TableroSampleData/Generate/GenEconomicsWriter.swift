import Foundation

/// Writes the monthly money and customer files: costs.csv, benefits.csv and
/// customers.csv, one period per month touched by the generated days.
/// Sized so the dashboard's ROI is plausibly positive (benefit about 2x
/// cost) and churn sits at 1.5-3% a month on ~20,000 customers.
struct GenEconomicsWriter {
    let seed: UInt64
    let agents: Int

    /// (year, month) of every month the days touch, oldest first.
    static func months(of days: [GenDay]) -> [(year: Int, month: Int)] {
        var result: [(year: Int, month: Int)] = []
        for day in days where result.last.map({ $0 != (day.year, day.month) }) ?? true {
            result.append((day.year, day.month))
        }
        return result
    }

    func write(months: [(year: Int, month: Int)], into directory: URL) throws -> [(path: String, bytes: Int)] {
        let costs = try GenFileWriter(directory: directory, relativePath: "costs.csv")
        let benefits = try GenFileWriter(directory: directory, relativePath: "benefits.csv")
        let customers = try GenFileWriter(directory: directory, relativePath: "customers.csv")
        try costs.line("period,category,amount,channel")
        try benefits.line("period,kind,amount")
        try customers.line("period,customers_start,customers_end,new_customers,lost_customers,avg_purchase_value,purchases_per_year,gross_margin,referred_new_customers,loyalty_members")

        var base = GenRandom(seed: seed, stream: GenStream.economics)
        var customersStart = 19_000 + base.int(0...2_000)
        let staff = Double(agents)
        for (year, month) in months {
            var rng = GenRandom(seed: seed, stream: GenStream.economics, index: UInt64(year * 12 + month))
            let period = GenFormat.period(year: year, month: month)

            // Costs: personnel is most of it (agents x ~4200, a little overtime).
            let lines: [(String, Double, String)] = [
                ("personnel", staff * 4200 * rng.uniform(0.98, 1.05), ""),
                ("training", staff * rng.uniform(90, 180), ""),
                ("technology", 9_500 + staff * rng.uniform(150, 210), ""),
                ("technology", 2_400 + staff * rng.uniform(40, 60), "phone"),      // telephony trunks
                ("technology", rng.uniform(700, 1_300), "whatsapp"),              // messaging fees
                ("overhead", 6_000 + staff * rng.uniform(480, 560), ""),
            ]
            var totalCost = 0.0
            for (category, amount, channel) in lines {
                let cents = Int((amount * 100).rounded())
                totalCost += Double(cents) / 100
                try row(costs, "\(period),\(category),\(GenFormat.money(cents: cents)),\(channel)")
            }

            // Benefits: about 1.8-2.5x the cost, split by kind with some noise.
            let totalBenefit = totalCost * rng.uniform(1.8, 2.5)
            let kinds: [(String, Double)] = [
                ("upsell", 0.26), ("cross_sell", 0.15), ("saved_carts", 0.10),
                ("clv_uplift", 0.22), ("referrals", 0.07), ("retention", 0.20),
            ]
            for (kind, share) in kinds {
                let cents = Int((totalBenefit * share * rng.uniform(0.9, 1.1) * 100).rounded())
                try row(benefits, "\(period),\(kind),\(GenFormat.money(cents: cents))")
            }

            // Customers: end = start + new - lost, always.
            let lost = Int((Double(customersStart) * rng.uniform(0.015, 0.028)).rounded())
            let new = Int((Double(customersStart) * rng.uniform(0.018, 0.032)).rounded())
            let end = customersStart + new - lost
            let value = GenFormat.money(cents: Int(rng.uniform(7_400, 8_300).rounded()))
            let perYear = GenFormat.money(cents: Int(rng.uniform(590, 650).rounded()))
            let margin = GenFormat.money(cents: Int(rng.uniform(36, 40).rounded()))
            // Referrals and loyalty from their own stream, after the others'
            // draws: the other columns keep their values (issue 14).
            var extra = GenRandom(seed: seed, stream: GenStream.economics, index: UInt64(1_000_000 + year * 12 + month))
            let referred = Int((Double(new) * extra.uniform(0.10, 0.16)).rounded())
            let loyalty = Int((Double(end) * extra.uniform(0.30, 0.36)).rounded())
            try row(customers, "\(period),\(customersStart),\(end),\(new),\(lost),\(value),\(perYear),\(margin),\(referred),\(loyalty)")
            customersStart = end
        }
        return [("costs.csv", try costs.close()), ("benefits.csv", try benefits.close()),
                ("customers.csv", try customers.close())]
    }

    private func row(_ file: GenFileWriter, _ text: String) throws {
        file.text(text)
        try file.endRow()
    }
}
