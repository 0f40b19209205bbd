/// Every key of `tablero.toml` (METRICS.md, "Settings"), with its default.
/// Pure values: the TOML file is read by TableroIngest.
public struct Settings: Sendable, Equatable {
    public struct General: Sendable, Equatable {
        public var currency = "USD"
        public var locale = "en"
        public var timezone = "UTC"
        public init() {}
    }
    public struct Queue: Sendable, Equatable {
        /// `[queue]`'s four service keys are the live class's (METRICS.md,
        /// "Channels: live and async").
        public var serviceLevelSeconds: Double = 20
        public var serviceLevelTarget: Double = 80
        public var shortAbandonSeconds: Double = 5
        public var waitWarningSeconds: Double = 60
        public var waitCriticalSeconds: Double = 180
        public var forgetWaitingAfterHours: Double = 12
        public var abandonWarningPercent: Double = 5
        public var abandonCriticalPercent: Double = 10
        /// Fixes the agent count instead of estimating it.
        public var agents: Int? = nil
        /// Channels answered while the customer waits on the line, lower-cased.
        public var liveChannels: [String] = ["phone", "chat", "video"]
        /// `[queue.async]`: every channel not in `liveChannels`.
        public var async = ServiceThresholds.asyncDefaults
        /// `[queue.channels.NAME]` (NAME lower-cased): what a channel sets
        /// over its class's values.
        public var channels: [String: ChannelOverrides] = [:]
        public init() {}

        /// The live class's thresholds, from `[queue]`.
        public var live: ServiceThresholds {
            ServiceThresholds(serviceLevelSeconds: serviceLevelSeconds, serviceLevelTarget: serviceLevelTarget,
                              waitWarningSeconds: waitWarningSeconds, waitCriticalSeconds: waitCriticalSeconds)
        }
    }
    public struct Satisfaction: Sendable, Equatable {
        public var csatScale: Double = 5
        public var csatPositiveMin: Double = 4
        public var cesScale: Double = 7
        public var csatTarget: Double = 85
        public var npsTarget: Double = 30
        public init() {}
    }
    public struct Economics: Sendable, Equatable {
        public var attribution: Double = 100
        public var acquisitionCostMultiple: Double = 5
        public var agentMonthlyCost: Double = 4200
        public var roiTarget: Double? = nil
        public init() {}
    }
    public struct Alerts: Sendable, Equatable {
        /// Ring the terminal bell when a figure turns critical.
        public var bell = false
        /// How long a figure that turns critical flashes.
        public var flashSeconds: Double = 10
        public init() {}
    }

    /// `[quality]` and `[quality.weights]` (METRICS.md, "Quality, feedback, referrals").
    public struct Quality: Sendable, Equatable {
        /// A criterion's weight in the IQS, by lowercased name (default 1, > 0).
        public var weights: [String: Double] = [:]
        /// Targets a leader may set; with one, the figure is coloured by level.
        public var iqsTarget: Double?
        public var feedbackResponseTarget: Double?
        public init() {}

        public func weight(_ criterion: String) -> Double { weights[criterion.lowercased()] ?? 1 }
    }

    public var general = General()
    public var queue = Queue()
    public var satisfaction = Satisfaction()
    public var economics = Economics()
    public var alerts = Alerts()
    public var quality = Quality()

    public init() {}
}
