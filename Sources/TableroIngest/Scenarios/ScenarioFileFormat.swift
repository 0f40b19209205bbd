import Foundation
import TableroCore

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
        var values: [Slider: Double] = [:]
        do {
            try schema(agents: agents).read(text, path: path, into: &values)
        } catch {
            throw ScenarioFiles.Problem(description: error.description)
        }
        return values
    }

    /// One row per slider: a number within the slider's range.
    static func schema(agents: Int?) -> TOMLSchema<[Slider: Double]> {
        var rows: [String: TOMLSchema<[Slider: Double]>.Entry] = [:]
        for slider in Slider.allCases {
            // Whole agents only, as `--what-if` takes them (a review: `agents
            // = 1.5` in a saved scenario was taken).
            rows[slider.rawValue] = .value(.number(slider.range(agents: agents), whole: slider == .agents) { values, v in
                values[slider] = v
            })
        }
        let known = Slider.allCases.map(\.rawValue).joined(separator: ", ")
        return TOMLSchema(.init(rows, unknown: { "unknown key '\(Sanitize.text($0))' (known: \(known))" }))
    }
}
