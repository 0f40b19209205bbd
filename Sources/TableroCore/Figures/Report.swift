/// Every figure for one window, one as-of and one scenario: what `report`
/// prints and what the dashboard draws.
public struct Report: Sendable {
    public struct ScenarioBlock: Sendable {
        public var scenario: Scenario
        public var roi: ROIFigures
        public var forecast: Forecast
        public var breakEvenRetentionPP: Double?
        public var targetRetentionPP: Double?
    }

    public struct TrendDay: Sendable, Equatable {
        public var date: LocalDay
        public var offered: Int
        public var answered: Int
        public var abandoned: Int
        public var asaSeconds: Double?
        public var serviceLevelPercent: Double?
        public var abandonRatePercent: Double?
        public var csatPercent: Double?
        public var nps: Double?
        public var ces: Double?
    }

    public var asOf: Double
    public var window: ResolvedWindow
    public var queue: QueueFigures
    public var byQueue: [String: QueueFigures]
    public var byChannel: [String: QueueFigures]
    public var satisfaction: SatisfactionFigures
    public var retention: RetentionFigures
    public var roi: ROIFigures
    public var forecast: Forecast
    public var scenario: ScenarioBlock
    public var trend: [TrendDay]
    public var dataQuality: [FileQuality]
    public var settings: Settings
}
