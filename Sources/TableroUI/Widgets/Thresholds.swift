import TableroCore

/// Turns figures into levels from the settings. Every colour decision of the
/// dashboard is made here, as a value, so it is tested without drawing.
/// An unknown figure (nil, NaN) is always `.unknown`, never good.
public struct Thresholds: Sendable, Equatable {
    public var settings: Settings
    /// How far below a "higher is better" percentage target still counts as
    /// a warning rather than critical (percentage points). The settings give
    /// only the target, so the amber band is ours.
    public var percentBand: Double
    /// The same band for NPS, whose scale (−100..100) is twice as wide.
    public var npsBand: Double

    public init(settings: Settings, percentBand: Double = 10, npsBand: Double = 20) {
        self.settings = settings
        self.percentBand = percentBand
        self.npsBand = npsBand
    }

    /// Waits (longest wait now, ASA, first response): amber from
    /// `wait_warning_seconds`, red from `wait_critical_seconds` (METRICS.md).
    public func wait(seconds: Double?) -> Level {
        guard let s = seconds, s.isFinite else { return .unknown }
        if s >= settings.queue.waitCriticalSeconds { return .critical }
        if s >= settings.queue.waitWarningSeconds { return .warning }
        return .good
    }

    /// Service level % against `service_level_target`.
    public func serviceLevel(percent: Double?) -> Level {
        higherIsBetter(percent, target: settings.queue.serviceLevelTarget, band: percentBand)
    }

    /// CSAT % against `csat_target`.
    public func csat(percent: Double?) -> Level {
        higherIsBetter(percent, target: settings.satisfaction.csatTarget, band: percentBand)
    }

    /// NPS (−100..100) against `nps_target`.
    public func nps(_ value: Double?) -> Level {
        higherIsBetter(value, target: settings.satisfaction.npsTarget, band: npsBand)
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
