import TableroCore
import TableroText

/// `report` text for issue 14: quality, feedback, referrals, channel mix and
/// the worst-to-best comparison.
extension ReportText {
    static func qualitySection(_ r: Report, _ words: Words) -> String {
        let (l, f) = (words.l, words.f)
        let q = r.quality
        var rows: [(String, String)] = [
            (l.iqs.full, f.number(q.iqs, decimals: 1) + "  (" + l.reviews.lowercased() + " " + f.number(Double(q.reviews)) + ")"),
        ]
        for (agent, s) in q.byAgent.sorted(by: { $0.key < $1.key }) {
            rows.append(("  " + Sanitize.text(agent, limit: 40), f.number(s.iqs, decimals: 1) + "  (\(f.number(Double(s.reviews))))"))
        }
        for (criterion, mean) in q.byCriterion.sorted(by: { $0.key < $1.key }) {
            rows.append(("  " + l.byCriterion.lowercased() + ": " + Sanitize.text(criterion, limit: 40), f.number(mean, decimals: 1)))
        }
        let fb = r.feedback
        rows += [
            (l.comments, f.number(Double(fb.comments))),
            (l.feedbackResponse.full, f.percent(fb.responseRatePercent)),
            (l.feedbackResponseTime, f.duration(fb.responseSeconds)),
            (l.referralRate.full, f.percent(r.retention.referralRatePercent)),
            (l.loyalty.full, f.percent(r.retention.loyaltyPercent)),
        ]
        var out = section(l.qualityTitle, rows)
        if !r.byChannel.isEmpty {
            out += section(l.language == .english ? "Channel mix" : "Reparto por canal", r.byChannel.keys.sorted().map { (Sanitize.text($0, limit: 40), f.percent(r.sharePercent(channel: $0))) })
        }
        return out
    }

    /// `--compare`: one row per scenario, worst ROI first.
    public static func comparison(_ rows: [ComparisonRow], _ r: Report) -> String {
        let words = Words(language: Language(locale: r.settings.general.locale), currency: r.settings.general.currency)
        let (l, f) = (words.l, words.f)
        let header = ["", l[.roi].full, l[.netBenefit].full, l[.totalCost].full, l[.benefit].full,
                      l[.serviceLevel].short, l[.averageWait].short, l[.agentsNeeded].short, l[.breakEven].short, l[.whatIf].short]
        let body = rows.map { c -> [String] in
            let changed = Slider.allCases.filter { c.scenario[$0] != Scenario(settings: r.settings)[$0] }
                .map { "\($0.rawValue)=\(Format.plain(c.scenario[$0]))" }.joined(separator: " ")
            return [Sanitize.text(c.name, limit: 40), f.percent(c.roi.roiPercent), f.money(c.roi.netBenefit), f.money(c.roi.costTotal),
                    f.money(c.roi.benefitTotal),
                    f.percent(c.forecast.serviceLevelPercent) + (c.forecast.stable == false ? " (" + l.unstableWord + ")" : ""),
                    f.duration(c.forecast.asaSeconds), c.forecast.agentsNeeded.map(String.init) ?? NumberStyle.unknown,
                    c.breakEvenRetentionPP.map { f.number($0, decimals: 2) + " " + l[.unitPoints].full } ?? NumberStyle.unknown,
                    changed.isEmpty ? "–" : changed]
        }
        return table(l.comparisonTitle, header: header, rows: body)
    }
}
