import TableroCore

/// A data directory followed into a store: the reads, reports and reloads
/// the dashboard's runner performs for the commands of `update`. It holds
/// the data and decides nothing: when to read, report or reload is the
/// loop's (TableroUI, UpdateLoop.swift).
public struct LiveStore {
    public let root: String
    /// `--config`, or nil for `root/tablero.toml`.
    public let settingsPath: String?
    /// Rows after this instant are left out (a fixed `--as-of`).
    public private(set) var cutoff: Double?
    /// `--as-of latest`: the cutoff is the newest row the first load finds
    /// (`fixCutoff`), a row read under the wall clock; rows after that
    /// clock stay in the future, named, before the cutoff is fixed and after.
    public let cutoffAtDataEnd: Bool
    public private(set) var store: MetricsStore
    private var live: LiveDirectory

    public init(root: String, settingsPath: String?, settings: Settings, cutoff: Double?, cutoffAtDataEnd: Bool = false) {
        self.root = root
        self.settingsPath = settingsPath
        self.cutoff = cutoff
        self.cutoffAtDataEnd = cutoffAtDataEnd
        store = Self.emptyStore(settings, cutoff: cutoff)
        live = Self.followed(root, settingsPath, settlesAtOnce: cutoffAtDataEnd && cutoff == nil)
    }

    /// The directory followed from its start. Until a replay's cutoff is
    /// fixed, a last line without its line end counts at once, as `report`
    /// counts it, not after the settle time: its time may be the newest
    /// row's, which the cutoff is fixed at when the load ends (a file copied
    /// in just before, its last line held for 2 s, lost its last row). It
    /// counts provisionally, as a settled line does: a writer that ends the
    /// line later is followed.
    private static func followed(_ root: String, _ settingsPath: String?, settlesAtOnce: Bool) -> LiveDirectory {
        let live = LiveDirectory(root: root, settingsPath: settingsPath)
        live.holdsLastLines = !settlesAtOnce
        return live
    }

    static func emptyStore(_ settings: Settings, cutoff: Double?) -> MetricsStore {
        MetricsStore(settings: settings, clock: ZoneClock(identifier: settings.general.timezone) ?? .utc, cutoff: cutoff)
    }

    /// Reads what was appended (at most about `byteBudget` bytes); `now` is
    /// the wall clock, for the settle time of held last lines; rows stamped
    /// after `asOf` (the dashboard's moving clock) are in the future, or
    /// after `now` for a replay as of the data's end (its as-of is a row's).
    public mutating func refresh(byteBudget: Int?, now: Double, asOf: Double? = nil) -> RefreshOutcome {
        if cutoffAtDataEnd {
            store.futureLimit = now + MetricsStore.futureToleranceSeconds
        } else if cutoff == nil, let asOf {
            store.futureLimit = asOf + MetricsStore.futureToleranceSeconds
        }
        return live.refresh(store: &store, byteBudget: byteBudget, now: now)
    }

    /// `--as-of latest`, once the first load found the newest row: rows
    /// after it are left out from here on, also after a reload (those
    /// after the wall clock are still named as in the future). None read
    /// so far is after it, so the figures stay those of a load with this
    /// cutoff.
    public mutating func fixCutoff(at time: Double) {
        cutoff = time
        store.cutoff = time
        live.holdsLastLines = true
    }

    /// An empty store under `settings`, and the directory followed again
    /// from its start.
    public mutating func reload(settings: Settings) {
        store = Self.emptyStore(settings, cutoff: cutoff)
        live = Self.followed(root, settingsPath, settlesAtOnce: cutoffAtDataEnd && cutoff == nil)
    }

    /// The baseline and every saved scenario of `root/scenarios`, worst ROI
    /// first (the dashboard's `c`); a file that cannot be read is left out.
    public func comparison(window: WindowSpec, asOf: Double) -> [ComparisonRow] {
        let baseline = Scenario(settings: store.settings)
        let agents = store.agents(asOf: asOf)
        let saved = ((try? ScenarioFiles.names(root: root)) ?? []).compactMap { name in
            (try? ScenarioFiles.load(name, root: root, agents: agents)).map { (name: name, scenario: $0.applied(to: baseline)) }
        }
        return store.comparison(window: window, asOf: asOf, scenarios: saved)
    }

    public func report(window: WindowSpec, asOf: Double, scenario: Scenario) -> Report {
        store.report(window: window, asOf: asOf, scenario: scenario)
    }

    /// `report` with its clock-driven figures brought up to `asOf`; the
    /// whole report again when its window's days moved meanwhile.
    public func clockFigures(of report: Report, asOf: Double) -> Report {
        var refreshed = report
        if store.refreshNow(&refreshed, asOf: asOf) { return refreshed }
        return store.report(window: report.window.spec, asOf: asOf, scenario: report.scenario.scenario)
    }

    /// The settings file read again; `locale` (`--lang`) wins over its own.
    /// Throws, with a one-line reason, when it cannot be used.
    public func readSettings(locale: String?) throws -> Settings {
        var settings = try DirectoryLoader.settings(root: root, settingsPath: settingsPath)
        if let locale { settings.general.locale = locale }
        guard ZoneClock(identifier: settings.general.timezone) != nil else {
            throw UnusableSettings(reason: "unknown time zone '\(Sanitize.text(settings.general.timezone))'")
        }
        return settings
    }

    public struct UnusableSettings: Error, CustomStringConvertible {
        public var reason: String
        public var description: String { reason }
    }
}
