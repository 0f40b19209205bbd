/// Turns figures into levels from the settings (METRICS.md, "Levels and
/// alerts"). Every colour of the dashboard and every entry of `report`'s
/// `alerts` is decided here, as a value. An unknown figure (nil, NaN) is
/// always `.unknown`, never good, and raises no alert.
public struct Levels: Sendable, Equatable {
    public var settings: Settings
    /// How far below a "higher is better" percentage target is still a
    /// warning rather than critical (percentage points): target − 10.
    public static let percentBand = 10.0
    /// The same band for NPS, whose scale (−100..100) is twice as wide.
    public static let npsBand = 20.0

    public init(settings: Settings) {
        self.settings = settings
    }

    /// The live class's thresholds: the headline's, and a figure's with no channel.
    var live: ServiceThresholds { settings.queue.live }

    // MARK: Queue figures, judged by a class's or a channel's thresholds

    /// Waits (longest wait now, ASA, percentiles): warning from
    /// `wait_warning_seconds`, critical from `wait_critical_seconds`.
    public func wait(seconds: Double?, _ t: ServiceThresholds? = nil) -> Level {
        let t = t ?? live
        guard let s = seconds, s.isFinite else { return .unknown }
        if s >= t.waitCriticalSeconds { return .critical }
        if s >= t.waitWarningSeconds { return .warning }
        return .good
    }

    /// Service level % against its `service_level_target` (critical below target − 10).
    public func serviceLevel(percent: Double?, _ t: ServiceThresholds? = nil) -> Level {
        higherIsBetter(percent, target: (t ?? live).serviceLevelTarget, band: Self.percentBand)
    }

    /// Abandon rate %: warning from `abandon_warning_percent`, critical from `abandon_critical_percent`.
    public func abandonRate(percent: Double?) -> Level {
        guard let v = percent, v.isFinite else { return .unknown }
        if v >= settings.queue.abandonCriticalPercent { return .critical }
        if v >= settings.queue.abandonWarningPercent { return .warning }
        return .good
    }

    /// The thresholds of a channel (its own keys over its class's).
    public func thresholds(channel: String?) -> ServiceThresholds { settings.queue.thresholds(channel: channel) }

    /// The thresholds of a class.
    public func thresholds(_ cls: ChannelClass) -> ServiceThresholds { settings.queue.thresholds(cls) }

    // MARK: Overall figures

    /// CSAT % against `csat_target`.
    public func csat(percent: Double?) -> Level {
        higherIsBetter(percent, target: settings.satisfaction.csatTarget, band: Self.percentBand)
    }

    /// NPS (−100..100) against `nps_target`.
    public func nps(_ value: Double?) -> Level {
        higherIsBetter(value, target: settings.satisfaction.npsTarget, band: Self.npsBand)
    }

    /// IQS (0..100) against `quality.iqs_target`; no target, no colour.
    public func iqs(_ value: Double?) -> Level {
        guard let target = settings.quality.iqsTarget else { return value == nil ? .unknown : .good }
        return higherIsBetter(value, target: target, band: Self.percentBand)
    }

    /// Comments answered % against `quality.feedback_response_target`.
    public func feedbackResponse(percent: Double?) -> Level {
        guard let target = settings.quality.feedbackResponseTarget else { return percent == nil ? .unknown : .good }
        return higherIsBetter(percent, target: target, band: Self.percentBand)
    }

    /// ROI %: a loss is critical; short of `roi_target` (when set) a warning.
    public func roi(percent: Double?) -> Level {
        guard let v = percent, v.isFinite else { return .unknown }
        if v < 0 { return .critical }
        if let target = settings.economics.roiTarget, v < target { return .warning }
        return .good
    }

    /// A change of a figure: whether going `up` is good decides the colour
    /// of its arrow; no change is neutral (unknown level, dim).
    public func delta(_ change: Double?, upIsGood: Bool) -> Level {
        guard let c = change, c.isFinite else { return .unknown }
        if c == 0 { return .unknown }
        return (c > 0) == upIsGood ? .good : .critical
    }

    func higherIsBetter(_ value: Double?, target: Double, band: Double) -> Level {
        guard let v = value, v.isFinite else { return .unknown }
        if v >= target { return .good }
        if v >= target - band { return .warning }
        return .critical
    }
}
