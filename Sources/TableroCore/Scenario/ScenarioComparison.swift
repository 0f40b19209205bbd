/// Worst to best (METRICS.md, "Worst to best: comparing scenarios"): the
/// baseline and saved scenarios side by side, each computed exactly as the
/// what-if of the same sliders, sorted by ROI from worst to best (unknown
/// last, ties by name).
public struct ComparisonRow: Sendable, Equatable {
    public var name: String
    public var scenario: Scenario
    public var roi: ROIFigures
    public var forecast: Forecast
    public var breakEvenRetentionPP: Double?

    public init(name: String, scenario: Scenario, roi: ROIFigures, forecast: Forecast, breakEvenRetentionPP: Double?) {
        self.name = name
        self.scenario = scenario
        self.roi = roi
        self.forecast = forecast
        self.breakEvenRetentionPP = breakEvenRetentionPP
    }
}

extension MetricsStore {
    /// `scenarios` are named slider sets; "baseline" is added first.
    public func comparison(window: WindowSpec, asOf: Double, scenarios: [(name: String, scenario: Scenario)]) -> [ComparisonRow] {
        let all = [("baseline", Scenario(settings: settings))] + scenarios.map { ($0.name, $0.scenario) }
        let rows = all.map { name, scenario in
            let block = report(window: window, asOf: asOf, scenario: scenario).scenario
            return ComparisonRow(name: name, scenario: scenario, roi: block.roi, forecast: block.forecast,
                                 breakEvenRetentionPP: block.breakEvenRetentionPP)
        }
        return ComparisonRow.worstToBest(rows)
    }
}

extension ComparisonRow {
    public static func worstToBest(_ rows: [ComparisonRow]) -> [ComparisonRow] {
        rows.sorted { a, b in
            switch (a.roi.roiPercent, b.roi.roiPercent) {
            case let (x?, y?) where x != y: x < y
            case (nil, _?): false
            case (_?, nil): true
            default: a.name < b.name
            }
        }
    }
}
