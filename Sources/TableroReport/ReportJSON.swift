import TableroCore

/// `report --json`: exactly the object of CLI.md.
public enum ReportJSON {
    /// `comparison`: only with `--compare` (worst ROI first).
    public static func make(_ r: Report, clock: ZoneClock, comparison: [ComparisonRow]? = nil) -> JSONValue {
        var object: [(String, JSONValue)] = [
            ("as_of", .string(clock.rfc3339(r.asOf))),
            ("window", .object([
                ("name", .string(r.window.spec.description)),
                ("from", r.window.from.map { .string(clock.rfc3339($0)) } ?? .null),
                ("to", .string(clock.rfc3339(r.window.to))),
            ])),
            ("queue", .object(queue(r.queue) + [
                ("by_queue", .object(r.byQueue.sorted { $0.key < $1.key }.map { ($0.key, .object(queue($0.value))) })),
                ("by_channel", .object(r.byChannel.sorted { $0.key < $1.key }.map {
                    ($0.key, .object(queue($0.value) + [("share_percent", .num(r.sharePercent(channel: $0.key)))]))
                })),
                ("by_class", .object(ChannelClass.allCases.compactMap { cls in
                    r.byClass[cls].map { (cls.rawValue, .object(queue($0))) }
                })),
                ("abandon_causes", .object(AbandonCause.contractOrder.map { ($0.name, .int(r.queue.abandonedByCause[$0.name] ?? 0)) })),
                ("recent_abandons", .array(r.recentAbandons.map { a in
                    .object([
                        ("contact_id", .string(a.contactID)), ("at", .string(clock.rfc3339(a.time))),
                        ("queue", a.queue.map { .string($0) } ?? .null), ("channel", a.channel.map { .string($0) } ?? .null),
                        ("waited_seconds", .num(a.waitedSeconds)), ("cause", .string(a.cause.name)),
                        ("caller", a.caller.map { .string($0) } ?? .null),
                    ])
                })),
            ])),
            ("agents", agents(r.agentStates, clock: clock)),
            ("alerts", .array(r.alerts.map(alert))),
            ("satisfaction", satisfaction(r.satisfaction, r.feedback)),
            ("quality", .object([
                ("iqs", .num(r.quality.iqs)), ("reviews", .int(r.quality.reviews)),
                ("by_agent", .object(r.quality.byAgent.sorted { $0.key < $1.key }.map {
                    ($0.key, .object([("iqs", .number($0.value.iqs)), ("reviews", .int($0.value.reviews))]))
                })),
                ("by_criterion", .object(r.quality.byCriterion.sorted { $0.key < $1.key }.map { ($0.key, .number($0.value)) })),
            ])),
            ("retention", .object([
                ("retention_percent", .num(r.retention.retentionPercent)),
                ("churn_percent", .num(r.retention.churnPercent)),
                ("lifespan_years", .num(r.retention.lifespanYears)),
                ("clv", .num(r.retention.clv)),
                ("referral_rate_percent", .num(r.retention.referralRatePercent)),
                ("loyalty_percent", .num(r.retention.loyaltyPercent)),
            ])),
            ("roi", .object(roi(r.roi))),
            ("forecast", forecast(r.forecast)),
            ("scenario", .object([
                ("sliders", .object(Slider.allCases.map { ($0.rawValue, .number(r.scenario.scenario[$0])) })),
                ("roi", .object(roi(r.scenario.roi) + [
                    ("retained_customers", .num(r.scenario.roi.retainedCustomers)),
                    ("retention_benefit", .num(r.scenario.roi.retentionBenefit)),
                    ("acquisition_savings", .num(r.scenario.roi.acquisitionSavings)),
                ])),
                ("forecast", forecast(r.scenario.forecast)),
                ("break_even_retention_pp", .num(r.scenario.breakEvenRetentionPP)),
                ("target_retention_pp", .num(r.scenario.targetRetentionPP)),
            ])),
        ]
        if let comparison { object.append(("comparison", .array(comparison.map(comparisonRow)))) }
        object += [
            ("trend", .array(r.trend.map(trendDay))),
            ("data_quality", .object([("files", .array(r.dataQuality.map(file)))])),
        ]
        return .object(object)
    }

    static func comparisonRow(_ c: ComparisonRow) -> JSONValue {
        .object([
            ("name", .string(c.name)),
            ("sliders", .object(Slider.allCases.map { ($0.rawValue, .number(c.scenario[$0])) })),
            ("roi_percent", .num(c.roi.roiPercent)), ("net_benefit", .num(c.roi.netBenefit)),
            ("cost_total", .num(c.roi.costTotal)), ("benefit_total", .num(c.roi.benefitTotal)),
            ("forecast", .object([
                ("stable", c.forecast.stable.map { .bool($0) } ?? .null),
                ("service_level_percent", .num(c.forecast.serviceLevelPercent)),
                ("asa_seconds", .num(c.forecast.asaSeconds)), ("agents_needed", .int(c.forecast.agentsNeeded)),
            ])),
            ("break_even_retention_pp", .num(c.breakEvenRetentionPP)),
        ])
    }

    static func queue(_ q: QueueFigures) -> [(String, JSONValue)] {
        [
            ("offered", .int(q.offered)), ("answered", .int(q.answered)), ("abandoned", .int(q.abandoned)),
            ("short_abandoned", .int(q.shortAbandoned)), ("waiting_now", .int(q.waitingNow)),
            ("longest_wait_now_seconds", .num(q.longestWaitNowSeconds)), ("asa_seconds", .num(q.asaSeconds)),
            ("wait_p50_seconds", .num(q.waitP50Seconds)), ("wait_p90_seconds", .num(q.waitP90Seconds)),
            ("wait_p95_seconds", .num(q.waitP95Seconds)), ("service_level_percent", .num(q.serviceLevelPercent)),
            ("abandon_rate_percent", .num(q.abandonRatePercent)), ("first_response_seconds", .num(q.firstResponseSeconds)),
            ("aht_seconds", .num(q.ahtSeconds)), ("resolution_seconds", .num(q.resolutionSeconds)),
            ("fcr_percent", .num(q.fcrPercent)), ("agents", .int(q.agents)),
        ]
    }

    static func alert(_ a: Alert) -> JSONValue {
        .object([
            ("scope", .string(a.scope)), ("figure", .string(a.figure)), ("level", .string(a.level.name)),
            ("value", .number(a.value)), ("threshold", .number(a.threshold)),
        ])
    }

    static func satisfaction(_ s: SatisfactionFigures, _ f: FeedbackFigures) -> JSONValue {
        .object([
            ("csat_percent", .num(s.csatPercent)), ("csat_mean", .num(s.csatMean)), ("csat_responses", .int(s.csatResponses)),
            ("nps", .num(s.nps)), ("nps_margin_of_error", .num(s.npsMarginOfError)), ("nps_responses", .int(s.npsResponses)),
            ("promoters", .int(s.promoters)), ("passives", .int(s.passives)), ("detractors", .int(s.detractors)),
            ("ces", .num(s.ces)), ("ces_responses", .int(s.cesResponses)),
            ("comments", .int(f.comments)), ("feedback_response_rate_percent", .num(f.responseRatePercent)),
            ("feedback_response_seconds", .num(f.responseSeconds)),
        ])
    }

    static func roi(_ f: ROIFigures) -> [(String, JSONValue)] {
        let hasCosts = f.costTotal != nil
        let hasBenefits = !f.benefits.isEmpty
        return [
            ("cost_total", .num(f.costTotal)),
            ("costs", .object(CostCategory.allCases.map { ($0.rawValue, hasCosts ? .num(f.costs[$0]) : .null) })),
            ("benefit_total", .num(f.benefitTotal)),
            ("benefits", .object(BenefitKind.allCases.map { ($0.rawValue, hasBenefits ? .num(f.benefits[$0]) : .null) })),
            ("attribution_percent", .number(f.attributionPercent)),
            ("net_benefit", .num(f.netBenefit)), ("roi_percent", .num(f.roiPercent)), ("return_per_cost", .num(f.returnPerCost)),
        ]
    }

    static func forecast(_ f: Forecast) -> JSONValue {
        .object([
            ("stable", f.stable.map { .bool($0) } ?? .null), ("arrivals_per_hour", .num(f.arrivalsPerHour)),
            ("aht_seconds", .num(f.ahtSeconds)), ("agents", .int(f.agents)), ("traffic_erlangs", .num(f.trafficErlangs)),
            ("occupancy_percent", .num(f.occupancyPercent)), ("probability_wait", .num(f.probabilityWait)),
            ("asa_seconds", .num(f.asaSeconds)), ("service_level_percent", .num(f.serviceLevelPercent)),
            ("agents_needed", .int(f.agentsNeeded)),
        ])
    }

    static func trendDay(_ d: Report.TrendDay) -> JSONValue {
        .object([
            ("date", .string(d.date.description)), ("offered", .int(d.offered)), ("answered", .int(d.answered)),
            ("abandoned", .int(d.abandoned)), ("asa_seconds", .num(d.asaSeconds)),
            ("service_level_percent", .num(d.serviceLevelPercent)), ("abandon_rate_percent", .num(d.abandonRatePercent)),
            ("csat_percent", .num(d.csatPercent)), ("nps", .num(d.nps)), ("ces", .num(d.ces)),
        ])
    }

    static func file(_ f: FileQuality) -> JSONValue {
        .object([
            ("path", .string(f.path)), ("kind", .string(f.kind.rawValue)), ("rows", .int(f.rows)), ("rejected", .int(f.rejected)),
            ("orphans", .int(f.orphans)), ("unclosed", .int(f.unclosed)), ("errors", .array(f.errors.map { .string($0) })),
        ])
    }
}
