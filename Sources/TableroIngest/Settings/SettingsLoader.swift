import Foundation
import TableroCore
import TOMLKit

/// Reads `tablero.toml`. A broken file is a command-line error (exit 2 with
/// file, line and reason), never a silent default: DATA.md, "Reading details".
public enum SettingsLoader {
    public struct Problem: Error, CustomStringConvertible {
        public var description: String
    }

    /// The settings of `path`, or the defaults when the file does not exist
    /// and `mustExist` is false.
    public static func load(path: String, mustExist: Bool = false) throws -> Settings {
        guard FileManager.default.fileExists(atPath: path) else {
            if mustExist { throw Problem(description: "\(path): no such file") }
            return Settings()
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Problem(description: "\(path): cannot be read")
        }
        return try parse(String(decoding: data, as: UTF8.self), path: path)
    }

    public static func parse(_ text: String, path: String) throws -> Settings {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw Problem(description: "\(path):\(error.source.begin.line): \(error.description)")
        }
        // By `isNewline`: a String keeps "\r\n" as one Character, so splitting
        // on "\n" alone would put a CRLF file on one line.
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        /// The name inside a `[table]` header line.
        func header(_ line: String) -> String? {
            guard line.hasPrefix("["), !line.hasPrefix("[["), let close = line.firstIndex(of: "]") else { return nil }
            return line[line.index(after: line.startIndex)..<close].trimmingCharacters(in: .whitespaces)
        }
        /// `key = …` (or `key.x = …`), not a longer key that starts the same.
        func defines(_ line: String, _ key: String) -> Bool {
            guard line.hasPrefix(key) else { return false }
            let rest = line.dropFirst(key.count).drop { $0 == " " || $0 == "\t" }
            return rest.first == "=" || rest.first == "."
        }
        /// `:N`, the line of `key` inside `section` (nil: a top-level key or a
        /// section header), or of the same key anywhere; "" when not found.
        func lineOf(_ key: String, in section: String?) -> String {
            var current: String?
            for (n, line) in lines.enumerated() {
                if let h = header(line) {
                    current = h
                    if section == nil ? h == key : h == "\(section!).\(key)" { return ":\(n + 1)" }
                } else if current == section && defines(line, key) {
                    return ":\(n + 1)"
                }
            }
            return lines.firstIndex { defines($0, key) }.map { ":\($0 + 1)" } ?? ""
        }
        func fail(_ key: String, in section: String? = nil, _ reason: String) -> Problem {
            Problem(description: "\(path)\(lineOf(key, in: section)): \(reason)")
        }

        var s = Settings()
        let known: [String: Set<String>] = [
            "general": ["currency", "locale", "timezone"],
            "queue": ["service_level_seconds", "service_level_target", "short_abandon_seconds", "wait_warning_seconds",
                      "wait_critical_seconds", "forget_waiting_after_hours", "agents"],
            "satisfaction": ["csat_scale", "csat_positive_min", "ces_scale", "csat_target", "nps_target"],
            "economics": ["attribution", "acquisition_cost_multiple", "agent_monthly_cost", "roi_target"],
        ]
        for key in table.keys {
            guard let keys = known[key] else { throw fail(key, "unknown section '\(Sanitize.text(key))'") }
            guard let section = table[key]?.table else { throw fail(key, "'\(key)' must be a section ([\(key)])") }
            for inner in section.keys where !keys.contains(inner) {
                throw fail(inner, in: key, "unknown key '\(Sanitize.text(inner))' in [\(key)]")
            }
        }

        func number(_ section: String, _ key: String, _ range: ClosedRange<Double>) throws -> Double? {
            guard let value = table[section]?.table?[key] else { return nil }
            let v: Double
            if let i = value.int { v = Double(i) } else if let d = value.double { v = d } else {
                throw fail(key, in: section, "\(section).\(key) must be a number")
            }
            guard range.contains(v) else {
                throw fail(key, in: section, "\(section).\(key) = \(Format.plain(v)) is outside \(Format.plain(range.lowerBound))..\(Format.plain(range.upperBound))")
            }
            return v
        }
        func string(_ section: String, _ key: String) throws -> String? {
            guard let value = table[section]?.table?[key] else { return nil }
            guard let text = value.string else { throw fail(key, in: section, "\(section).\(key) must be a string") }
            return text
        }

        if let v = try string("general", "currency") { s.general.currency = v }
        if let v = try string("general", "locale") {
            guard ["en", "es"].contains(v.lowercased()) else { throw fail("locale", in: "general", "general.locale must be \"en\" or \"es\"") }
            s.general.locale = v.lowercased()
        }
        if let v = try string("general", "timezone") {
            guard TimeZone(identifier: v) != nil else { throw fail("timezone", in: "general", "unknown time zone '\(Sanitize.text(v))'") }
            s.general.timezone = v
        }
        let big = 0.0...1e9
        if let v = try number("queue", "service_level_seconds", big) { s.queue.serviceLevelSeconds = v }
        if let v = try number("queue", "service_level_target", 0...100) { s.queue.serviceLevelTarget = v }
        if let v = try number("queue", "short_abandon_seconds", big) { s.queue.shortAbandonSeconds = v }
        if let v = try number("queue", "wait_warning_seconds", big) { s.queue.waitWarningSeconds = v }
        if let v = try number("queue", "wait_critical_seconds", big) { s.queue.waitCriticalSeconds = v }
        if let v = try number("queue", "forget_waiting_after_hours", 0.01...100_000) { s.queue.forgetWaitingAfterHours = v }
        if let v = try number("queue", "agents", 1...1_000_000) {
            guard v == v.rounded() else { throw fail("agents", in: "queue", "queue.agents must be a whole number") }
            s.queue.agents = Int(v)
        }
        if let v = try number("satisfaction", "csat_scale", 2...100) { s.satisfaction.csatScale = v }
        if let v = try number("satisfaction", "csat_positive_min", 1...100) { s.satisfaction.csatPositiveMin = v }
        if let v = try number("satisfaction", "ces_scale", 2...100) { s.satisfaction.cesScale = v }
        if let v = try number("satisfaction", "csat_target", 0...100) { s.satisfaction.csatTarget = v }
        if let v = try number("satisfaction", "nps_target", -100...100) { s.satisfaction.npsTarget = v }
        if let v = try number("economics", "attribution", 0...100) { s.economics.attribution = v }
        if let v = try number("economics", "acquisition_cost_multiple", 1...10) { s.economics.acquisitionCostMultiple = v }
        if let v = try number("economics", "agent_monthly_cost", big) { s.economics.agentMonthlyCost = v }
        if let v = try number("economics", "roi_target", -100...1e6) { s.economics.roiTarget = v }
        return s
    }
}
