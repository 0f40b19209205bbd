import TableroCore
import TableroText

/// The human-readable `report`: one titled table per block, figures
/// right-aligned, in the language of `general.locale` (labels of GLOSSARY.md,
/// numbers as the dashboard writes them).
public enum ReportText {
    /// The labels of one language and the number style that goes with them.
    struct Words {
        let l: Labels
        let f: NumberStyle

        init(language: Language, currency: String) {
            l = Labels(language: language)
            f = l.numbers(currency: currency)
        }
    }

    public static func make(_ r: Report, clock: ZoneClock, directory: String) -> String {
        let words = Words(language: Language(locale: r.settings.general.locale), currency: r.settings.general.currency)
        let (l, f) = (words.l, words.f)
        var out = l[.reportTitle].full + ": " + Sanitize.text(directory, limit: 200) + "\n"
        out += l.reportAsOf(clock.rfc3339(r.asOf), window: l.language == .english ? "\(r.window.spec)" : l.window(r.window.spec), from: "\(r.window.days.lowerBound)",
                        to: "\(r.window.days.upperBound)") + "\n"

        let q = r.queue
        out += section(l[.queue].full, [
            (l[.offered].full, f.number(Double(q.offered))), (l[.answered].full, f.number(Double(q.answered))),
            (l[.abandoned].full, f.number(Double(q.abandoned)) + causes(q.abandonedByCause, l)),
            (l[.shortAbandoned].full, f.number(Double(q.shortAbandoned))),
            (l[.waitingNow].full, f.number(Double(q.waitingNow))), (l[.longestWait].full, f.duration(q.longestWaitNowSeconds)),
            (l[.averageWait].full, f.duration(q.asaSeconds)),
            ([l[.waitP50].full, l[.waitP90].short, l[.waitP95].short].joined(separator: " / "), [q.waitP50Seconds, q.waitP90Seconds, q.waitP95Seconds].map(f.duration).joined(separator: " / ")),
            // Each contact is judged by its own channel: the live and async seconds.
            (l.serviceLevelDetail(seconds: f.number(r.settings.queue.serviceLevelSeconds) + "/" + f.number(r.settings.queue.async.serviceLevelSeconds),
                                  target: f.percent(r.settings.queue.serviceLevelTarget, decimals: 0)),
             f.percent(q.serviceLevelPercent)),
            (l[.abandonRate].full, f.percent(q.abandonRatePercent)), (l[.firstResponse].full, f.duration(q.firstResponseSeconds)),
            (l[.handleTime].full, f.duration(q.ahtSeconds)), (l[.resolutionTime].full, f.duration(q.resolutionSeconds)),
            (l[.firstContactResolution].full, f.percent(q.fcrPercent)),
            (l.agents(from: r.agentSource).full, q.agents.map { f.number(Double($0)) } ?? NumberStyle.unknown),
        ])
        out += groupTable(l[.byQueue].full, r.byQueue, words)
        out += groupTable(l[.byChannel].full, r.byChannel, words)
        // The classes by their JSON names in English, by GLOSSARY's words in Spanish.
        func className(_ c: ChannelClass) -> String {
            l.language == .english ? c.rawValue : (c == .live ? l[.liveWork].short : l[.asyncWork].short)
        }
        out += groupTable(l[.byClass].full, Dictionary(uniqueKeysWithValues: r.byClass.map { (className($0.key), $0.value) }), words,
                          order: ChannelClass.allCases.map(className))
        out += recentAbandons(r.recentAbandons, clock: clock, words)
        out += alerts(r.alerts, words)
        out += agents(r.agentStates, asOf: r.asOf, clock: clock, words)

        let s = r.satisfaction
        out += section(l[.satisfaction].full, [
            (l[.csat].full, f.percent(s.csatPercent)
                + l.answers(f.number(Double(s.csatResponses)), mean: f.number(s.csatMean, decimals: 2))),
            (l[.nps].full, nps(s, words)),
            ([l[.promoters], l[.passives], l[.detractors]].map(\.full).joined(separator: " / "),
             [s.promoters, s.passives, s.detractors].map { f.number(Double($0)) }.joined(separator: " / ")),
            (l[.ces].full, f.number(s.ces, decimals: 2) + l.answers(f.number(Double(s.cesResponses)))),
        ])
        out += section(l[.retention].full, [
            (l[.retentionRate].full, f.percent(r.retention.retentionPercent)), (l[.churn].full, f.percent(r.retention.churnPercent)),
            (l[.lifespan].full, r.retention.lifespanYears.map { l.years(f.number($0, decimals: 1)) } ?? NumberStyle.unknown),
            (l[.clv].full, f.money(r.retention.clv)),
        ])
        out += qualitySection(r, words)
        out += roiTable(r, words)
        out += forecastTable(r, words)
        out += trendTable(r.trend, words)
        out += quality(r.dataQuality, language: words.l.language)
        return out
    }

    /// The call-back list: the window's latest abandons, newest first.
    static func recentAbandons(_ list: [RecentAbandon], clock: ZoneClock, _ words: Words) -> String {
        guard !list.isEmpty else { return "" }
        let (l, f) = (words.l, words.f)
        let rows = list.map { a in
            [clock.rfc3339(a.time), Sanitize.text(a.contactID, limit: 24), Sanitize.text(a.queue ?? NumberStyle.unknown, limit: 20),
             Sanitize.text(a.channel ?? NumberStyle.unknown, limit: 12), f.duration(a.waitedSeconds), l.cause(a.cause.name),
             Sanitize.text(a.caller ?? NumberStyle.unknown, limit: 24)]
        }
        return table(l[.recentAbandons].full, header: [l[.abandonTime].full, "ID", l[.queue].short, l[.channel].short,
                                                       l[.waited].full, l[.abandonCause].full, l[.callerID].full], rows: rows)
    }

    /// `report`'s "Alerts" section: the core's `Report.alerts`, one a line,
    /// in the contract's order: level, scope, figure, value and the threshold crossed.
    static func alerts(_ alerts: [Alert], _ words: Words) -> String {
        let (l, f) = (words.l, words.f)
        let title = l[.alerts].full
        var out = "\n\(title)\n" + String(repeating: "-", count: title.count) + "\n"
        guard !alerts.isEmpty else { return out + "  " + l[.noAlerts].full + "\n" }
        func value(_ figure: String, _ v: Double) -> String {
            if figure.hasSuffix("_seconds") { return f.duration(v) }
            if figure.hasSuffix("_percent") { return f.percent(v) }
            return f.number(v, decimals: 1)
        }
        let rows = alerts.map { a -> [String] in
            let level = a.level == .critical ? l[.levelCritical].full : l[.levelWarning].full
            // Waits and abandons are bad from the threshold up; the rest below it.
            let crossed = a.figure.hasSuffix("_seconds") || a.figure == "abandon_rate_percent" ? "≥" : "<"
            // English keeps the JSON's keys (`class:live`, `asa_seconds`); Spanish
            // says them in its words (GLOSSARY.md: no English left).
            let (scope, figure) = l.language == .english ? (Sanitize.text(a.scope, limit: 40), a.figure)
                : (Sanitize.text(l.scope(a.scope), limit: 40), l.figure(a.figure))
            return [level, scope, figure, value(a.figure, a.value) + " " + crossed + " " + value(a.figure, a.threshold)]
        }
        var widths = [0, 0, 0, 0]
        for row in rows { for (i, c) in row.enumerated() { widths[i] = max(widths[i], c.count) } }
        for row in rows {
            out += "  " + row.enumerated().map { i, c in i == 3 ? c : c + String(repeating: " ", count: widths[i] - c.count) }
                .joined(separator: "  ") + "\n"
        }
        return out
    }

    static func causes(_ c: [String: Int], _ l: Labels) -> String {
        guard c.count > 1 || (c.count == 1 && c["caller"] == nil) else { return "" }
        return "  (" + c.sorted { $0.key < $1.key }.map { "\(l.cause($0.key)) \($0.value)" }.joined(separator: ", ") + ")"
    }

    static func nps(_ s: SatisfactionFigures, _ words: Words) -> String {
        guard let n = s.nps else { return NumberStyle.unknown }
        let f = words.f
        return f.number(n, decimals: 1) + " ± " + f.number(s.npsMarginOfError, decimals: 1)
            + words.l.answers(f.number(Double(s.npsResponses)))
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

    /// `order`: the names in this order (live before async), else by name.
    static func groupTable(_ title: String, _ groups: [String: QueueFigures], _ words: Words, order: [String]? = nil) -> String {
        guard !groups.isEmpty else { return "" }
        let (l, f) = (words.l, words.f)
        let names = order?.filter { groups[$0] != nil } ?? groups.keys.sorted()
        let rows = names.map { ($0, groups[$0]!) }.map { name, q in
            [Sanitize.text(name, limit: 24), f.number(Double(q.offered)), f.number(Double(q.answered)), f.number(Double(q.abandoned)),
             f.number(Double(q.waitingNow)), f.duration(q.asaSeconds), f.duration(q.waitP90Seconds),
             f.percent(q.serviceLevelPercent), f.percent(q.abandonRatePercent), f.duration(q.ahtSeconds),
             q.agents.map { String($0) } ?? NumberStyle.unknown]
        }
        let header = ["", l[.offered].full, l[.answered].full, l[.abandoned].full, l[.waitingNow].short, l[.averageWait].short,
                      l[.waitP90].short, l[.serviceLevel].short, l[.abandonRate].short, l[.handleTime].short, l[.agents].full]
        return table(title, header: header, rows: rows)
    }

    static func roiTable(_ r: Report, _ words: Words) -> String {
        let (l, f) = (words.l, words.f)
        let pp = " " + l[.unitPoints].full
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
            return (d > 0 ? "+" : "") + f.number(d, decimals: 1) + pp
        }
        var rows: [[String]] = CostCategory.allCases.map { c in
            [l.cost(c).full, f.money(b.costs[c]), f.money(s.costs[c]), diff(b.costs[c], s.costs[c])]
        }
        rows.append([l[.totalCost].full, f.money(b.costTotal), f.money(s.costTotal), diff(b.costTotal, s.costTotal)])
        for k in BenefitKind.allCases {
            rows.append([l.benefit(k).full, f.money(b.benefits[k]), f.money(s.benefits[k]), diff(b.benefits[k], s.benefits[k])])
        }
        rows.append([l[.retentionWhatIf].full, f.money(0), f.money(s.retentionBenefit), diff(0, s.retentionBenefit)])
        rows.append([l[.acquisitionAvoided].full, f.money(0), f.money(s.acquisitionSavings), diff(0, s.acquisitionSavings)])
        rows.append([l[.attribution].full, f.percent(b.attributionPercent, decimals: 0), f.percent(s.attributionPercent, decimals: 0), ""])
        rows.append([l[.benefit].full, f.money(b.benefitTotal), f.money(s.benefitTotal), diff(b.benefitTotal, s.benefitTotal)])
        rows.append([l[.netBenefit].full, f.money(b.netBenefit), f.money(s.netBenefit), diff(b.netBenefit, s.netBenefit)])
        rows.append([l[.roi].full, f.percent(b.roiPercent), f.percent(s.roiPercent), pdiff(b.roiPercent, s.roiPercent)])
        rows.append([l.returnPer(currencySymbol: f.currencySymbol), f.number(b.returnPerCost, decimals: 2),
                     f.number(s.returnPerCost, decimals: 2), ""])
        var out = table(l[.roi].full, header: ["", l[.baseline].full, l[.scenario].full, l[.difference].full], rows: rows)
        if let months = l.periods(r.roiPeriods) { out += "  \(l.language == .english ? "Periods" : "Periodos"): \(months)\n" }
        let sliders = Slider.allCases.map { "\($0.rawValue)=\(Format.plain(r.scenario.scenario[$0]))" }.joined(separator: " ")
        out += "  \(l[.whatIf].full): \(sliders)\n"
        out += "  \(l[.breakEvenRetention].full): \(r.scenario.breakEvenRetentionPP.map { f.number($0, decimals: 2) + pp } ?? NumberStyle.unknown)\n"
        if r.settings.economics.roiTarget != nil {
            out += "  \(l[.retentionForTarget].full): \(r.scenario.targetRetentionPP.map { f.number($0, decimals: 2) + pp } ?? NumberStyle.unknown)\n"
        }
        return out
    }

    static func forecastTable(_ r: Report, _ words: Words) -> String {
        let (l, f) = (words.l, words.f)
        let b = r.forecast
        let s = r.scenario.forecast
        func rows(_ x: Forecast) -> [String] {
            [x.stable.map { l[$0 ? .yes : .noUnstable].full } ?? NumberStyle.unknown,
             f.number(x.arrivalsPerHour, decimals: 1), f.duration(x.ahtSeconds),
             x.agents.map { String($0) } ?? NumberStyle.unknown, f.number(x.trafficErlangs, decimals: 2),
             f.percent(x.occupancyPercent), f.percent(x.probabilityWait.map { $0 * 100 }),
             f.duration(x.asaSeconds), f.percent(x.serviceLevelPercent), x.agentsNeeded.map { String($0) } ?? NumberStyle.unknown]
        }
        let labels = ([.stable, .arrivalsPerHour, .handleTime, .agents, .traffic, .occupancy, .chanceOfWaiting,
                       .averageWait, .serviceLevel, .agentsNeeded] as [LabelKey]).map { l[$0].full }
        let base = rows(b)
        let scen = rows(s)
        let basis = b.arrivalsPerHour.flatMap { rate in b.ahtSeconds.map { aht in
            l.forecastBasis(arrivals: f.number(rate, decimals: rate < 10 ? 1 : 0), aht: f.age(aht), lastHour: r.forecastArrivalsFromLastHour).full
        } }
        return table(l[.forecast].full, header: ["", l[.baseline].full, l[.scenario].full],
                     rows: labels.indices.map { [labels[$0], base[$0], scen[$0]] }) + (basis.map { "  \($0)\n" } ?? "")
    }

    static func trendTable(_ trend: [Report.TrendDay], _ words: Words) -> String {
        guard !trend.isEmpty else { return "" }
        let (l, f) = (words.l, words.f)
        let rows = trend.map { d in
            [d.date.description, f.number(Double(d.offered)), f.number(Double(d.answered)), f.number(Double(d.abandoned)),
             f.duration(d.asaSeconds), f.percent(d.serviceLevelPercent), f.percent(d.abandonRatePercent),
             f.percent(d.csatPercent), f.number(d.nps, decimals: 0), f.number(d.ces, decimals: 2)]
        }
        let header = [l[.date].full, l[.offered].full, l[.answered].full, l[.abandoned].full, l[.averageWait].short,
                      l[.serviceLevel].short, l[.abandonRate].short, l[.csat].short, l[.nps].short, l[.ces].short]
        return table(l[.dailyTrend].full, header: header, rows: rows)
    }

    public static func quality(_ files: [FileQuality], language: Language = .english) -> String {
        let l = Labels(language: language)
        let title = l[.dataQuality].full
        var out = "\n\(title)\n" + String(repeating: "-", count: title.count) + "\n"
        if files.isEmpty { return out + "  \(l[.noDataFiles].full)\n" }
        // Counts with separators, as every other figure.
        let f = l.numbers(currency: "")
        let rows = files.map { q in
            [Sanitize.text(q.path, limit: 50), q.kind.rawValue] + [q.rows, q.rejected, q.orphans, q.unclosed].map { f.number(Double($0)) }
        }
        out = table(title, header: [l[.file].full, l[.kind].full, l[.rows].full, l[.rejected].full, l[.orphans].full, l[.unclosed].full],
                    rows: rows)
        for q in files {
            for e in q.errors { out += "  " + Sanitize.text(e, limit: 300) + "\n" }
            let more = q.rejected + (q.unreadable ? 1 : 0) - q.errors.count
            if more > 0 { out += "  " + l.moreErrors(more, in: Sanitize.text(q.path, limit: 50)) + "\n" }
        }
        return out
    }
}
