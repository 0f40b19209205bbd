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
        public var serviceLevelSeconds: Double = 20
        public var serviceLevelTarget: Double = 80
        public var shortAbandonSeconds: Double = 5
        public var waitWarningSeconds: Double = 60
        public var waitCriticalSeconds: Double = 180
        public var forgetWaitingAfterHours: Double = 12
        /// Fixes the agent count instead of estimating it.
        public var agents: Int? = nil
        public init() {}
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

    public var general = General()
    public var queue = Queue()
    public var satisfaction = Satisfaction()
    public var economics = Economics()

    public init() {}
}
