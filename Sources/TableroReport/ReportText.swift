import TableroCore

/// The human-readable `report`: one titled table per block, figures right-aligned.
public enum ReportText {
    public static func make(_ r: Report, clock: ZoneClock, directory: String) -> String {
        let f = NumberStyle(locale: "en", currency: r.settings.general.currency)
        var out = "Tablero report: \(Sanitize.text(directory, limit: 200))\n"
        out += "As of \(clock.rfc3339(r.asOf)), window \(r.window.spec) (\(r.window.days.lowerBound) to \(r.window.days.upperBound))\n"

        let q = r.queue
        out += section("Queue", [
            ("Offered", f.number(Double(q.offered))), ("Answered", f.number(Double(q.answered))),
            ("Abandoned", f.number(Double(q.abandoned)) + causes(q.abandonedByCause)),
            ("Short abandoned", f.number(Double(q.shortAbandoned))),
            ("Waiting now", f.number(Double(q.waitingNow))), ("Longest wait", f.duration(q.longestWaitNowSeconds)),
            ("Average wait (ASA)", f.duration(q.asaSeconds)),
            ("Wait p50 / p90 / p95", [q.waitP50Seconds, q.waitP90Seconds, q.waitP95Seconds].map(f.duration).joined(separator: " / ")),
            ("Service level (\(f.number(r.settings.queue.serviceLevelSeconds))s, target \(f.percent(r.settings.queue.serviceLevelTarget, decimals: 0)))",
             f.percent(q.serviceLevelPercent)),
            ("Abandon rate", f.percent(q.abandonRatePercent)), ("First response", f.duration(q.firstResponseSeconds)),
            ("Handle time (AHT)", f.duration(q.ahtSeconds)), ("Resolution time", f.duration(q.resolutionSeconds)),
            ("First contact resolution", f.percent(q.fcrPercent)), ("Agents", q.agents.map { f.number(Double($0)) } ?? NumberStyle.unknown),
        ])
        out += groupTable("By queue", r.byQueue, f)
        out += groupTable("By channel", r.byChannel, f)

        let s = r.satisfaction
        out += section("Satisfaction", [
            ("CSAT", f.percent(s.csatPercent) + "  (mean \(f.number(s.csatMean, decimals: 2)), \(f.number(Double(s.csatResponses))) answers)"),
            ("NPS", nps(s, f)),
            ("Promoters / Passives / Detractors", "\(s.promoters) / \(s.passives) / \(s.detractors)"),
            ("CES", f.number(s.ces, decimals: 2) + "  (\(f.number(Double(s.cesResponses))) answers)"),
        ])
        out += section("Retention", [
            ("Retention rate", f.percent(r.retention.retentionPercent)), ("Churn", f.percent(r.retention.churnPercent)),
            ("Customer lifespan", r.retention.lifespanYears.map { f.number($0, decimals: 1) + " years" } ?? NumberStyle.unknown),
            ("CLV", f.money(r.retention.clv)),
        ])
        out += roiTable(r, f)
        out += forecastTable(r, f)
        out += trendTable(r.trend, f)
        out += quality(r.dataQuality)
        return out
    }

    static func causes(_ c: [String: Int]) -> String {
        guard c.count > 1 || (c.count == 1 && c["caller"] == nil) else { return "" }
        return "  (" + c.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + ")"
    }

    static func nps(_ s: SatisfactionFigures, _ f: NumberStyle) -> String {
        guard let n = s.nps else { return NumberStyle.unknown }
        return f.number(n, decimals: 1) + " ± " + f.number(s.npsMarginOfError, decimals: 1) + "  (\(f.number(Double(s.npsResponses))) answers)"
    }

    static func section(_ title: String, _ rows: [(String, String)]) -> String {
        let width = rows.map(\.0.count).max() ?? 0
        var out = "\n\(title)\n" + String(repeating: "-", count: title.count) + "\n"
        for (label, value) in rows {
            out += "  " + label + String(repeating: " ", count: width - label.count) + "  " + value + "\n"
        }
        return out
    }

    static func table(_ title: String, header: [String], rows: [[String]]) -> String {
        var widths = header.map(\.count)
        for row in rows { for (i, c) in row.enumerated() { widths[i] = max(widths[i], c.count) } }
        func line(_ cells: [String]) -> String {
            "  " + cells.enumerated().map { i, c in
                let pad = String(repeating: " ", count: widths[i] - c.count)
                return i == 0 ? c + pad : pad + c
            }.joined(separator: "  ") + "\n"
        }
        var out = "\n\(title)\n" + String(repeating: "-", count: title.count) + "\n" + line(header)
        for row in rows { out += line(row) }
        return out
    }

    static func groupTable(_ title: String, _ groups: [String: QueueFigures], _ f: NumberStyle) -> String {
        guard !groups.isEmpty else { return "" }
        let rows = groups.sorted { $0.key < $1.key }.map { name, q in
            [Sanitize.text(name, limit: 24), f.number(Double(q.offered)), f.number(Double(q.answered)), f.number(Double(q.abandoned)),
             f.number(Double(q.waitingNow)), f.duration(q.asaSeconds), f.duration(q.waitP90Seconds),
             f.percent(q.serviceLevelPercent), f.percent(q.abandonRatePercent), f.duration(q.ahtSeconds),
             q.agents.map { String($0) } ?? NumberStyle.unknown]
        }
        return table(title, header: ["", "Offered", "Answered", "Abandoned", "Waiting", "ASA", "p90", "SL", "Abandon", "AHT", "Agents"], rows: rows)
    }

    static func roiTable(_ r: Report, _ f: NumberStyle) -> String {
        let b = r.roi
        let s = r.scenario.roi
        func diff(_ x: Double?, _ y: Double?) -> String {
            guard let x, let y else { return NumberStyle.unknown }
            let d = y - x
            return (d > 0 ? "+" : "") + f.money(d)
        }
        func pdiff(_ x: Double?, _ y: Double?) -> String {
            guard let x, let y else { return NumberStyle.unknown }
            let d = y - x
            return (d > 0 ? "+" : "") + f.number(d, decimals: 1) + " pp"
        }
        var rows: [[String]] = CostCategory.allCases.map { c in
            [c.rawValue.capitalized, f.money(b.costs[c]), f.money(s.costs[c]), diff(b.costs[c], s.costs[c])]
        }
        rows.append(["Total cost", f.money(b.costTotal), f.money(s.costTotal), diff(b.costTotal, s.costTotal)])
        for k in BenefitKind.allCases {
            rows.append([label(k), f.money(b.benefits[k]), f.money(s.benefits[k]), diff(b.benefits[k], s.benefits[k])])
        }
        rows.append(["Retention (what-if)", f.money(0), f.money(s.retentionBenefit), diff(0, s.retentionBenefit)])
        rows.append(["Acquisition avoided", f.money(0), f.money(s.acquisitionSavings), diff(0, s.acquisitionSavings)])
        rows.append(["Attribution", f.percent(b.attributionPercent, decimals: 0), f.percent(s.attributionPercent, decimals: 0), ""])
        rows.append(["Benefit", f.money(b.benefitTotal), f.money(s.benefitTotal), diff(b.benefitTotal, s.benefitTotal)])
        rows.append(["Net benefit", f.money(b.netBenefit), f.money(s.netBenefit), diff(b.netBenefit, s.netBenefit)])
        rows.append(["ROI", f.percent(b.roiPercent), f.percent(s.roiPercent), pdiff(b.roiPercent, s.roiPercent)])
        rows.append(["Return per \(f.currencySymbol)1", f.number(b.returnPerCost, decimals: 2), f.number(s.returnPerCost, decimals: 2), ""])
        var out = table("ROI", header: ["", "Baseline", "Scenario", "Difference"], rows: rows)
        let sliders = Slider.allCases.map { "\($0.rawValue)=\(Format.plain(r.scenario.scenario[$0]))" }.joined(separator: " ")
        out += "  What-if: \(sliders)\n"
        out += "  Break-even retention change: \(r.scenario.breakEvenRetentionPP.map { f.number($0, decimals: 2) + " pp" } ?? NumberStyle.unknown)\n"
        if r.settings.economics.roiTarget != nil {
            out += "  Retention change for ROI target: \(r.scenario.targetRetentionPP.map { f.number($0, decimals: 2) + " pp" } ?? NumberStyle.unknown)\n"
        }
        return out
    }

    static func label(_ k: BenefitKind) -> String {
        switch k {
        case .upsell: "Upsell"
        case .crossSell: "Cross-sell"
        case .savedCarts: "Saved carts"
        case .clvUplift: "CLV uplift"
        case .referrals: "Referrals"
        case .retention: "Retention"
        case .other: "Other"
        }
    }

    static func forecastTable(_ r: Report, _ f: NumberStyle) -> String {
        let b = r.forecast
        let s = r.scenario.forecast
        func rows(_ x: Forecast) -> [String] {
            [x.stable.map { $0 ? "yes" : "no (unstable)" } ?? NumberStyle.unknown,
             f.number(x.arrivalsPerHour, decimals: 1), f.duration(x.ahtSeconds),
             x.agents.map { String($0) } ?? NumberStyle.unknown, f.number(x.trafficErlangs, decimals: 2),
             f.percent(x.occupancyPercent), f.percent(x.probabilityWait.map { $0 * 100 }),
             f.duration(x.asaSeconds), f.percent(x.serviceLevelPercent), x.agentsNeeded.map { String($0) } ?? NumberStyle.unknown]
        }
        let labels = ["Stable", "Arrivals per hour", "Handle time (AHT)", "Agents", "Traffic (Erlangs)", "Occupancy",
                      "Chance of waiting", "Average wait (ASA)", "Service level", "Agents needed"]
        let base = rows(b)
        let scen = rows(s)
        return table("Forecast (Erlang C)", header: ["", "Baseline", "Scenario"],
                     rows: labels.indices.map { [labels[$0], base[$0], scen[$0]] })
    }

    static func trendTable(_ trend: [Report.TrendDay], _ f: NumberStyle) -> String {
        guard !trend.isEmpty else { return "" }
        let rows = trend.map { d in
            [d.date.description, f.number(Double(d.offered)), f.number(Double(d.answered)), f.number(Double(d.abandoned)),
             f.duration(d.asaSeconds), f.percent(d.serviceLevelPercent), f.percent(d.abandonRatePercent),
             f.percent(d.csatPercent), f.number(d.nps, decimals: 0), f.number(d.ces, decimals: 2)]
        }
        return table("Daily trend", header: ["Date", "Offered", "Answered", "Abandoned", "ASA", "SL", "Abandon", "CSAT", "NPS", "CES"], rows: rows)
    }

    public static func quality(_ files: [FileQuality]) -> String {
        var out = "\nData quality\n------------\n"
        if files.isEmpty { return out + "  no data files\n" }
        let rows = files.map { q in
            [Sanitize.text(q.path, limit: 50), q.kind, String(q.rows), String(q.rejected), String(q.orphans), String(q.unclosed)]
        }
        out = table("Data quality", header: ["File", "Kind", "Rows", "Rejected", "Orphans", "Unclosed"], rows: rows)
        for q in files {
            for e in q.errors { out += "  " + Sanitize.text(e, limit: 300) + "\n" }
            let more = q.rejected + (q.unreadable ? 1 : 0) - q.errors.count
            if more > 0 { out += "  … and \(more) more in \(Sanitize.text(q.path, limit: 50))\n" }
        }
        return out
    }
}
