import Foundation
import TableroCore

/// The keys of `tablero.toml` (DATA.md, "Settings"), one row each: type,
/// range, and the setting it sets. A new key is a new row.
enum SettingsSchema {
    typealias Schema = TOMLSchema<Settings>
    typealias Rule = Schema.Rule

    static let schema = Schema(Schema.Table([
        "general": section("general", [
            "currency": .string { s, v in s.general.currency = v },
            "locale": .string { s, v throws(Schema.Reason) in
                guard ["en", "es"].contains(v.lowercased()) else { throw Schema.Reason("general.locale must be \"en\" or \"es\"") }
                s.general.locale = v.lowercased()
            },
            "timezone": .string { s, v throws(Schema.Reason) in
                guard TimeZone(identifier: v) != nil else { throw Schema.Reason("unknown time zone '\(Sanitize.text(v))'") }
                s.general.timezone = v
            },
        ]),
        "queue": section("queue", [
            "service_level_seconds": .number(big) { s, v in s.queue.serviceLevelSeconds = v },
            "service_level_target": .number(0...100) { s, v in s.queue.serviceLevelTarget = v },
            "short_abandon_seconds": .number(big) { s, v in s.queue.shortAbandonSeconds = v },
            "wait_warning_seconds": .number(big) { s, v in s.queue.waitWarningSeconds = v },
            "wait_critical_seconds": .number(big) { s, v in s.queue.waitCriticalSeconds = v },
            "forget_waiting_after_hours": .number(0.01...100_000) { s, v in s.queue.forgetWaitingAfterHours = v },
            "abandon_warning_percent": .number(0...100) { s, v in s.queue.abandonWarningPercent = v },
            "abandon_critical_percent": .number(0...100) { s, v in s.queue.abandonCriticalPercent = v },
            "agents": .number(1...1_000_000, whole: true) { s, v in s.queue.agents = Int(v) },
            "live_channels": .strings { s, v throws(Schema.Reason) in
                let names = v.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                guard !names.contains(where: \.isEmpty) else { throw Schema.Reason("queue.live_channels holds an empty name") }
                s.queue.liveChannels = names
            },
        ], tables: [
            "async": section("queue.async", serviceKeys(
                seconds: { s, v in s.queue.async.serviceLevelSeconds = v },
                target: { s, v in s.queue.async.serviceLevelTarget = v },
                warning: { s, v in s.queue.async.waitWarningSeconds = v },
                critical: { s, v in s.queue.async.waitCriticalSeconds = v })),
            // `[queue.channels.NAME]`: any channel name, the same four keys.
            "channels": .table(Schema.Table([:], otherKeys: { name in
                let key = name.lowercased()
                return section("queue.channels.\(name)", serviceKeys(
                    seconds: { s, v in s.queue.channels[key, default: ChannelOverrides()].serviceLevelSeconds = v },
                    target: { s, v in s.queue.channels[key, default: ChannelOverrides()].serviceLevelTarget = v },
                    warning: { s, v in s.queue.channels[key, default: ChannelOverrides()].waitWarningSeconds = v },
                    critical: { s, v in s.queue.channels[key, default: ChannelOverrides()].waitCriticalSeconds = v }))
            }, unknown: { "unknown key '\(Sanitize.text($0))' in [queue.channels]" }),
                notATable: "'queue.channels' must be a section ([queue.channels.NAME])"),
        ]),
        "satisfaction": section("satisfaction", [
            "csat_scale": .number(2...100) { s, v in s.satisfaction.csatScale = v },
            "csat_positive_min": .number(1...100) { s, v in s.satisfaction.csatPositiveMin = v },
            "ces_scale": .number(2...100) { s, v in s.satisfaction.cesScale = v },
            "csat_target": .number(0...100) { s, v in s.satisfaction.csatTarget = v },
            "nps_target": .number(-100...100) { s, v in s.satisfaction.npsTarget = v },
        ]),
        "economics": section("economics", [
            "attribution": .number(0...100) { s, v in s.economics.attribution = v },
            "acquisition_cost_multiple": .number(1...10) { s, v in s.economics.acquisitionCostMultiple = v },
            "agent_monthly_cost": .number(big) { s, v in s.economics.agentMonthlyCost = v },
            "roi_target": .number(-100...1e6) { s, v in s.economics.roiTarget = v },
        ]),
        // `[quality]` targets and `[quality.weights]`: any criterion, a weight > 0.
        "quality": section("quality", [
            "iqs_target": .number(0...100) { s, v in s.quality.iqsTarget = v },
            "feedback_response_target": .number(0...100) { s, v in s.quality.feedbackResponseTarget = v },
        ], tables: [
            "weights": .table(Schema.Table([:], otherKeys: { name in
                .value(Rule { value, key, s throws(Schema.Reason) in
                    let v: Double
                    if let i = value.int { v = Double(i) } else if let d = value.double { v = d } else {
                        throw Schema.Reason("\(key) must be a number")
                    }
                    guard v.isFinite, v > 0, v <= 1e6 else {
                        throw Schema.Reason("\(key) = \(Format.plain(v)) must be above 0 (a criterion's weight)")
                    }
                    s.quality.weights[name.lowercased()] = v
                })
            }, unknown: { "unknown key '\(Sanitize.text($0))' in [quality.weights]" }),
                notATable: "'quality.weights' must be a section ([quality.weights])"),
        ]),
        "alerts": section("alerts", [
            "bell": .bool { s, v in s.alerts.bell = v },
            "flash_seconds": .number(0...3600) { s, v in s.alerts.flashSeconds = v },
        ]),
    ], unknown: { "unknown section '\(Sanitize.text($0))'" }), checks: [
        // Issue 13: csat_positive_min = 6 on a 5-point scale made CSAT 0 % for ever.
        { s in
            let sat = s.satisfaction
            guard sat.csatPositiveMin > sat.csatScale else { return nil }
            return (["satisfaction", "csat_positive_min"],
                    "satisfaction.csat_positive_min = \(Format.plain(sat.csatPositiveMin)) is above csat_scale = \(Format.plain(sat.csatScale)): no answer could be satisfied")
        },
        { s in
            let q = s.queue
            guard q.abandonWarningPercent > q.abandonCriticalPercent else { return nil }
            return (["queue", "abandon_warning_percent"],
                    "queue.abandon_warning_percent = \(Format.plain(q.abandonWarningPercent)) is above abandon_critical_percent = \(Format.plain(q.abandonCriticalPercent))")
        },
    ])

    typealias Setter = @Sendable (inout Settings, Double) -> Void

    /// The four service keys a class or a channel may set (METRICS.md, "Channels").
    static func serviceKeys(seconds: @escaping Setter, target: @escaping Setter,
                            warning: @escaping Setter, critical: @escaping Setter) -> [String: Rule] {
        [
            "service_level_seconds": .number(big, seconds),
            "service_level_target": .number(0...100, target),
            "wait_warning_seconds": .number(big, warning),
            "wait_critical_seconds": .number(big, critical),
        ]
    }

    /// Amounts and durations: anything not negative, within reason.
    static let big = 0.0...1e9

    /// A `[name]` section of value keys.
    static func section(_ name: String, _ rules: [String: Rule], tables: [String: Schema.Entry] = [:]) -> Schema.Entry {
        .table(Schema.Table(rules.mapValues { .value($0) }.merging(tables) { a, _ in a },
                            unknown: { "unknown key '\(Sanitize.text($0))' in [\(name)]" }),
               notATable: "'\(name)' must be a section ([\(name)])")
    }
}
