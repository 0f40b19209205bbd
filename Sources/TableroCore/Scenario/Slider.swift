import Foundation

/// The what-if sliders of METRICS.md, with their ranges and steps.
public enum Slider: String, Sendable, CaseIterable {
    case personnel, training, technology, overhead, agents, retention
    case acquisitionMultiple = "acquisition_multiple"
    case attribution

    public var step: Double {
        switch self {
        case .personnel, .agents: 1
        case .training, .technology, .overhead, .attribution: 5
        case .retention, .acquisitionMultiple: 0.5
        }
    }

    /// The range for a centre currently staffed by `agents` (the agents
    /// slider cannot take the last agent away) whose retention is
    /// `retentionPercent`: the retention slider stops, on a step, where the
    /// scenario's retention would pass 100 % or fall below 0 % (issue 10:
    /// +15 pp on a 97.7 % base showed a 1,182 % ROI).
    public func range(agents: Int?, retentionPercent: Double? = nil) -> ClosedRange<Double> {
        switch self {
        case .personnel: return -50...100
        case .training, .technology, .overhead: return -100...200
        case .agents: return -Double(max((agents ?? 1) - 1, 0))...50
        case .retention:
            guard let base = retentionPercent, base.isFinite, (0...100).contains(base) else { return -20...20 }
            let up = min(20, ((100 - base) / step).rounded(.down) * step)
            let down = max(-20, -(base / step).rounded(.down) * step)
            return down...up
        case .acquisitionMultiple: return 1...10
        case .attribution: return 0...100
        }
    }

    public var unit: String {
        switch self {
        case .personnel, .training, .technology, .overhead, .attribution: "%"
        case .agents: "agents"
        case .retention: "pp"
        case .acquisitionMultiple: "×"
        }
    }
}

/// A set of slider values. The baseline has every cost slider at 0 and the
/// two economics sliders at their settings.
public struct Scenario: Sendable, Equatable {
    public var values: [Slider: Double]

    public init(settings: Settings) {
        values = [:]
        for s in Slider.allCases { values[s] = 0 }
        values[.acquisitionMultiple] = settings.economics.acquisitionCostMultiple
        values[.attribution] = settings.economics.attribution
    }

    public subscript(_ s: Slider) -> Double {
        get { values[s] ?? 0 }
        set { values[s] = newValue }
    }

    public enum Problem: Error, Equatable, CustomStringConvertible {
        case unknownSlider(String)
        case notANumber(String, String)
        case outOfRange(Slider, Double, ClosedRange<Double>)
        case notWhole(Slider, Double)

        public var description: String {
            switch self {
            case .unknownSlider(let k):
                "unknown what-if key '\(Sanitize.text(k))' (known: \(Slider.allCases.map(\.rawValue).joined(separator: ", ")))"
            case .notANumber(let k, let v): "what-if \(k)=\(Sanitize.text(v)) is not a number"
            case .outOfRange(let s, let v, let r):
                "what-if \(s.rawValue)=\(Format.plain(v)) is outside \(Format.plain(r.lowerBound))..\(Format.plain(r.upperBound))"
            case .notWhole(let s, let v): "what-if \(s.rawValue)=\(Format.plain(v)) is not a whole number of agents"
            }
        }
    }

    /// Sets a slider from `KEY=VALUE` text, refusing values out of range.
    public mutating func set(_ assignment: String, agents: Int?, retentionPercent: Double? = nil) throws(Problem) {
        let parts = assignment.split(separator: "=", maxSplits: 1).map(String.init)
        let key = parts.first?.trimmingCharacters(in: .whitespaces) ?? ""
        guard let slider = Slider(rawValue: key.lowercased()) else { throw .unknownSlider(key) }
        let text = parts.count == 2 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        guard let value = Double(text), value.isFinite else { throw .notANumber(key, text) }
        try set(slider, value, agents: agents, retentionPercent: retentionPercent)
    }

    public mutating func set(_ slider: Slider, _ value: Double, agents: Int?, retentionPercent: Double? = nil) throws(Problem) {
        let r = slider.range(agents: agents, retentionPercent: retentionPercent)
        guard r.contains(value) else { throw .outOfRange(slider, value, r) }
        // Agents are people: 1.5 of them cost 1.5 salaries but took calls as
        // 1 in the forecast (an audit), so a part of one is refused.
        guard slider != .agents || value.rounded() == value else { throw .notWhole(slider, value) }
        values[slider] = value
    }
}
