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
            "agents": .number(1...1_000_000, whole: true) { s, v in s.queue.agents = Int(v) },
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
    ], unknown: { "unknown section '\(Sanitize.text($0))'" }))

    /// Amounts and durations: anything not negative, within reason.
    static let big = 0.0...1e9

    /// A `[name]` section of value keys.
    static func section(_ name: String, _ rules: [String: Rule]) -> Schema.Entry {
        .table(Schema.Table(rules.mapValues { .value($0) }, unknown: { "unknown key '\(Sanitize.text($0))' in [\(name)]" }),
               notATable: "'\(name)' must be a section ([\(name)])")
    }
}
