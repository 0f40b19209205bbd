/// The order of the queue and channel tables (issue 9): the row that needs
/// someone first comes first. A row is as bad as its worst figure; between
/// rows equally bad, the longer wait now goes first (nobody waiting sorts
/// after any wait); the name breaks the last ties so the order is stable.
extension Levels {
    /// The worst level among a queue's judged figures (longest wait now,
    /// ASA, service level, abandon rate), by its own thresholds.
    public func worst(_ f: QueueFigures, _ t: ServiceThresholds) -> Level {
        [wait(seconds: f.longestWaitNowSeconds, t), wait(seconds: f.asaSeconds, t),
         serviceLevel(percent: f.serviceLevelPercent, t), abandonRate(percent: f.abandonRatePercent)].max() ?? .unknown
    }

    /// The names of `figures`, worst first (see the type's comment).
    public func severityOrder(_ figures: [String: QueueFigures],
                              thresholds: (String) -> ServiceThresholds) -> [String] {
        let keyed = figures.map { name, f in
            (name: name, level: worst(f, thresholds(name)), wait: f.waitingNow > 0 ? (f.longestWaitNowSeconds ?? 0) : -1)
        }
        return keyed.sorted { a, b in
            if a.level != b.level { return a.level > b.level }
            if a.wait != b.wait { return a.wait > b.wait }
            return a.name < b.name
        }.map(\.name)
    }
}
