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
        /// The live class's ASA: the headline's sparkline (not in the JSON).
        public var liveAsaSeconds: Double?
        public var serviceLevelPercent: Double?
        public var abandonRatePercent: Double?
        public var csatPercent: Double?
        public var nps: Double?
        public var ces: Double?
    }

    /// Days a trend shows one point per day for; longer windows fold into weeks.
    public static let daysBeforeWeeks = 60

    /// ASA of one clock hour.
    public struct HourPoint: Sendable, Equatable {
        /// The hour's start (epoch seconds).
        public var start: Double
        public var asaSeconds: Double?
    }

    /// Hours the "last hours" series covers, ending with as-of's hour.
    public static let recentHourCount = 24

    public var asOf: Double
    public var window: ResolvedWindow
    public var queue: QueueFigures
    public var byQueue: [String: QueueFigures]
    public var byChannel: [String: QueueFigures]
    /// Queues whose contacts in the window are all async: their rows are
    /// judged by the async thresholds; every other queue by the live ones.
    public var asyncQueues: Set<String> = []
    /// The queue figures of live and of async work (METRICS.md, "Channels").
    public var byClass: [ChannelClass: QueueFigures]
    public var satisfaction: SatisfactionFigures
    /// Satisfaction in the equal window just before this one (the arrows);
    /// nil for `all`, which has nothing before it.
    public var previousSatisfaction: SatisfactionFigures?
    public var retention: RetentionFigures
    public var roi: ROIFigures
    public var forecast: Forecast
    public var scenario: ScenarioBlock
    public var trend: [TrendDay]
    /// The same figures pooled per week (Monday to Sunday, clipped to the
    /// window; `date` is the week's first day in the window) when the window
    /// is longer than 60 days, else empty: a chart of more days than that
    /// has fewer columns than points.
    public var trendWeeks: [TrendDay]
    /// ASA per clock hour over the last `recentHourCount` hours up to as-of,
    /// oldest first (whatever the window: the view shows it for today).
    public var recentHours: [HourPoint]
    public var dataQuality: [FileQuality]
    public var settings: Settings
    /// The 20 latest abandoned (not short) contacts of the window, newest
    /// first: the call-back list.
    public var recentAbandons: [RecentAbandon] = []
    /// Every figure at warning or critical, in the contract's order (`Levels.alerts`).
    public var alerts: [Alert]
    /// Every known agent's state at as-of; nil with no agent events at all.
    public var agentStates: AgentFigures? = nil
    /// Where `queue.agents` comes from (METRICS.md, "Agents"), so a screen
    /// can say it: the setting, logged in (queue_log), answering in the
    /// last hour, or both.
    public var agentSource: AgentSource? = nil
    /// The forecast's λ is the live arrivals of the last hour (else the
    /// window's average rate: nothing arrived in that hour).
    public var forecastArrivalsFromLastHour = true
    /// IQS, reviews, by agent and by criterion.
    public var quality = QualityFigures()
    /// Comments and how they were answered.
    public var feedback = FeedbackFigures()
    /// The previous equal window's quality (nil for `all`), for IQS's change.
    public var previousQuality: QualityFigures?
    /// The previous equal window's share of each channel, in % (nil for `all`).
    public var previousChannelShares: [String: Double]?
    /// The months whose costs and benefits the window counts.
    public var roiPeriods: [Period] = []

    /// The figures the wallboard's headline shows: the live class whenever
    /// it has contacts, else everything (METRICS.md, "Channels").
    public var headline: QueueFigures {
        guard let live = byClass[.live] else { return queue }
        var f = live
        // Agents are people, not a class: the headline keeps the whole count.
        f.agents = queue.agents
        return f
    }
}

/// Where the agents figure comes from (METRICS.md, "Agents", in its order).
public enum AgentSource: String, Sendable, Equatable {
    /// `[queue] agents` in the settings.
    case setting
    /// Logged in and not paused, from agent events (queue_log, `agents` files).
    case loggedIn = "logged_in"
    /// Answered a contact in the last 60 minutes (no agent events at all).
    case answering
}
