/// One figure at warning or critical (METRICS.md, "Levels and alerts"), as
/// `report --json`'s `alerts` lists it and the dashboard flashes it.
public struct Alert: Sendable, Equatable, Hashable {
    /// `class:live`, `class:async`, `channel:NAME` or `overall`.
    public var scope: String
    /// The figure's JSON key, e.g. `longest_wait_now_seconds`.
    public var figure: String
    public var level: Level
    public var value: Double
    /// The threshold it crossed: the warning's or the critical's.
    public var threshold: Double

    public init(scope: String, figure: String, level: Level, value: Double, threshold: Double) {
        self.scope = scope
        self.figure = figure
        self.level = level
        self.value = value
        self.threshold = threshold
    }
}

extension Levels {
    /// Every figure whose level is warning or critical: class live, class
    /// async, channels by name, then overall; within a queue scope longest
    /// wait, ASA, service level, abandon rate; then CSAT, NPS, ROI.
    public func alerts(_ report: Report) -> [Alert] {
        var out: [Alert] = []
        for cls in ChannelClass.allCases {
            if let f = report.byClass[cls] { out += queueAlerts(f, scope: cls.scope, thresholds(cls)) }
        }
        for name in report.byChannel.keys.sorted() {
            out += queueAlerts(report.byChannel[name]!, scope: "channel:\(name)", thresholds(channel: name))
        }
        let s = settings.satisfaction
        if let a = alert("overall", "csat_percent", report.satisfaction.csatPercent, csat(percent: report.satisfaction.csatPercent),
                         warning: s.csatTarget, critical: s.csatTarget - Self.percentBand) { out.append(a) }
        if let a = alert("overall", "nps", report.satisfaction.nps, nps(report.satisfaction.nps),
                         warning: s.npsTarget, critical: s.npsTarget - Self.npsBand) { out.append(a) }
        if let a = alert("overall", "roi_percent", report.roi.roiPercent, roi(percent: report.roi.roiPercent),
                         warning: settings.economics.roiTarget ?? 0, critical: 0) { out.append(a) }
        return out
    }

    func queueAlerts(_ f: QueueFigures, scope: String, _ t: ServiceThresholds) -> [Alert] {
        let q = settings.queue
        return [
            alert(scope, "longest_wait_now_seconds", f.longestWaitNowSeconds, wait(seconds: f.longestWaitNowSeconds, t),
                  warning: t.waitWarningSeconds, critical: t.waitCriticalSeconds),
            alert(scope, "asa_seconds", f.asaSeconds, wait(seconds: f.asaSeconds, t),
                  warning: t.waitWarningSeconds, critical: t.waitCriticalSeconds),
            alert(scope, "service_level_percent", f.serviceLevelPercent, serviceLevel(percent: f.serviceLevelPercent, t),
                  warning: t.serviceLevelTarget, critical: t.serviceLevelTarget - Self.percentBand),
            alert(scope, "abandon_rate_percent", f.abandonRatePercent, abandonRate(percent: f.abandonRatePercent),
                  warning: q.abandonWarningPercent, critical: q.abandonCriticalPercent),
        ].compactMap { $0 }
    }

    func alert(_ scope: String, _ figure: String, _ value: Double?, _ level: Level,
               warning: Double, critical: Double) -> Alert? {
        guard let value, level.isAlert else { return nil }
        return Alert(scope: scope, figure: figure, level: level, value: value,
                     threshold: level == .critical ? critical : warning)
    }
}
