import Foundation
import TableroCore
import TOMLKit

/// The text of a saved scenario: TOML, a comment, then `key = number` for
/// each slider away from its baseline. Sliders left out are at their
/// baseline when loaded, so a scenario saved before a settings change
/// follows the new settings for the sliders it never moved.
public enum ScenarioFileFormat {
    public static let comment = "# Tablero what-if scenario"

    public static func text(_ scenario: Scenario, baseline: Scenario) -> String {
        var lines = [comment]
        for slider in Slider.allCases where scenario[slider] != baseline[slider] {
            lines.append("\(slider.rawValue) = \(number(scenario[slider]))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A whole number without a fraction (TOML integer), else Swift's
    /// shortest text that reads back as the same Double (`1.5`, `1e-07`,
    /// both TOML floats), so a value survives a save and a load exactly.
    static func number(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) }
        return "\(v)"
    }

    /// The slider values of a scenario file, each checked against its range
    /// (the agents slider's depends on `agents`). `path` names the file in
    /// errors: `path:LINE: reason`.
    public static func parse(_ text: String, path: String, agents: Int?) throws -> [Slider: Double] {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ScenarioFiles.Problem(description: "\(path):\(error.source.begin.line): \(error.description)")
        }
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        func fail(_ key: String, _ reason: String) -> ScenarioFiles.Problem {
            let line = lineOf(key, in: lines).map { ":\($0)" } ?? ""
            return ScenarioFiles.Problem(description: "\(path)\(line): \(reason)")
        }
        var values: [Slider: Double] = [:]
        // TOMLKit's keys come in no particular order: go by line, so the
        // error reported is the first one in the file.
        let keys = table.keys.sorted { (lineOf($0, in: lines) ?? .max, $0) < (lineOf($1, in: lines) ?? .max, $1) }
        for key in keys {
            guard let slider = Slider(rawValue: key) else {
                throw fail(key, "unknown key '\(Sanitize.text(key))' (known: \(Slider.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            let value = table[key]
            let v: Double
            if let i = value?.int { v = Double(i) } else if let d = value?.double { v = d } else {
                throw fail(key, "\(key) must be a number")
            }
            let range = slider.range(agents: agents)
            guard v.isFinite, range.contains(v) else {
                throw fail(key, "\(key) = \(Format.plain(v)) is outside \(Format.plain(range.lowerBound))..\(Format.plain(range.upperBound))")
            }
            values[slider] = v
        }
        return values
    }

    /// The line (from 1) that defines `key` (`key = …`, `"key" = …`,
    /// `key.x = …`, `[key]`), or nil when none does.
    static func lineOf(_ key: String, in lines: [String]) -> Int? {
        let forms = [key, "\"\(key)\"", "'\(key)'"]
        func defines(_ line: String) -> Bool {
            var line = Substring(line)
            if line.hasPrefix("[") { line = line.drop { $0 == "[" }.drop { $0 == " " || $0 == "\t" } }
            for form in forms where line.hasPrefix(form) {
                let rest = line.dropFirst(form.count).drop { $0 == " " || $0 == "\t" }
                if let next = rest.first, "=.]".contains(next) { return true }
            }
            return false
        }
        return lines.firstIndex(where: defines).map { $0 + 1 }
    }
}
