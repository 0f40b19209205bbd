import ArgumentParser
import Foundation
import TableroCore
import TableroIngest

/// Options shared by the dashboard and `report` (CLI.md).
struct DataOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The data directory (default: the bundled sample-data, replayed as of its newest row).",
                                 valueName: "dir"))
    var directoryArgument: String?

    /// The directory named, or the bundled sample (`BundledSample`).
    var directory: String { directoryArgument ?? BundledSample.locate() ?? BundledSample.name }

    /// No directory named: the bundled sample, which ended long ago, is
    /// replayed as of its newest row (issue 10: a first run showed dashes).
    var replaysBundledSample: Bool { directoryArgument == nil && asOf == nil }

    @Option(help: "today, 7d, 30d, all or FROM..TO (dates YYYY-MM-DD); default today for the dashboard, all for report.")
    var window: String?

    @Option(name: .customLong("as-of"), help: "The report's 'now': RFC 3339, 'YYYY-MM-DD HH:MM:SS' local, epoch seconds, or 'latest' (the newest row's time: a replay of where the data ends).")
    var asOf: String?

    @Option(help: "Settings file (default DIR/tablero.toml).")
    var config: String?

    @Option(name: .customLong("what-if"), help: "KEY=VALUE slider (repeatable): personnel, training, technology, overhead, agents, retention, acquisition_multiple, attribution.")
    var whatIf: [String] = []

    @Option(name: .customLong("scenario"),
            help: ArgumentHelp("Start from the scenario saved as NAME (DIR/scenarios/NAME.toml); --what-if applies on top of it.",
                               valueName: "name"))
    var scenarioName: String?

    func windowSpec(default fallback: WindowSpec) throws -> WindowSpec {
        guard let window else { return fallback }
        let parts = window.components(separatedBy: "..")
        if parts.count == 2, let from = LocalDay(iso: Substring(parts[0])), let to = LocalDay(iso: Substring(parts[1])) {
            if from > to { throw CommandFailure(message: "--window '\(Sanitize.text(window))': FROM is after TO") }
            if !WindowSpec.heldDays.contains(from) || !WindowSpec.heldDays.contains(to) {
                throw CommandFailure(message: "--window '\(Sanitize.text(window))': days from 1970-01-01 to 2099-12-31 only")
            }
        }
        guard let spec = WindowSpec(parsing: window) else {
            throw CommandFailure(message: "--window '\(Sanitize.text(window))' is not today, 7d, 30d, all or FROM..TO")
        }
        return spec
    }

    func settings() throws -> Settings {
        do {
            return try DirectoryLoader.settings(root: directory, settingsPath: config)
        } catch {
            throw CommandFailure(message: "\(error)")
        }
    }

    /// `--as-of latest`: the time of the newest row in the directory (also
    /// the bundled sample's default).
    var asOfLatest: Bool { asOf?.lowercased() == "latest" || replaysBundledSample }

    func asOfTime(clock: ZoneClock) throws -> Double {
        guard let asOf else { return Date().timeIntervalSince1970 }
        guard let t = Timestamp.parse(asOf, clock: clock) else {
            throw CommandFailure(message: "--as-of '\(Sanitize.text(asOf))' is not a timestamp from 1970 to 2099 (RFC 3339, 'YYYY-MM-DD HH:MM:SS' or epoch seconds)")
        }
        return t
    }

    /// What `report` and the dashboard both start from.
    struct Prepared {
        var settings: Settings
        var clock: ZoneClock
        var window: WindowSpec
        /// `--as-of`, or the wall clock when the options were read.
        var asOf: Double
        /// Whether `--as-of` froze the clock (`latest` without a load: not yet).
        var fixedAsOf: Double?
        var store: MetricsStore
        var scenario: Scenario
        /// `--scenario`: its name and its sliders as saved (before `--what-if`).
        var saved: (name: String, scenario: Scenario)?
    }

    /// Settings, window, as-of, the loaded directory and the `--what-if`
    /// scenario, or a one-line failure. Rows after a fixed `--as-of` are left
    /// out; without one, rows stamped after the clock are in the future
    /// (`MetricsStore.futureLimit`).
    ///
    /// With `load: false` (the dashboard, which reads the directory itself
    /// behind a progress bar) the store is empty and the agents at as-of not
    /// known yet: `--what-if agents=-N` is checked against them after the load.
    /// Nor is `--as-of latest`'s time: `fixedAsOf` is nil, and the dashboard
    /// fixes it when its load ends.
    func prepare(defaultWindow: WindowSpec, locale: String? = nil, load: Bool = true) throws -> Prepared {
        if directoryArgument == nil && BundledSample.locate() == nil { throw CommandFailure(message: BundledSample.missing) }
        var settings = try settings()
        if let locale { settings.general.locale = locale }
        guard let clock = ZoneClock(identifier: settings.general.timezone) else {
            throw CommandFailure(message: "unknown time zone '\(settings.general.timezone)'")
        }
        let window = try windowSpec(default: defaultWindow)
        var fixedAsOf = asOfLatest ? nil : try asOf.map { _ in try asOfTime(clock: clock) }
        let wall = Date().timeIntervalSince1970
        var now = fixedAsOf ?? wall
        // Without a fixed as-of, rows stamped after the clock are in the
        // future: named and not counted (also by `latest`'s search).
        let futureLimit = fixedAsOf == nil ? wall + MetricsStore.futureToleranceSeconds : nil
        var store = MetricsStore(settings: settings, clock: clock, cutoff: fixedAsOf)
        do {
            if load {
                store = try DirectoryLoader.load(root: directory, settings: settings, cutoff: store.cutoff,
                                                 futureLimit: futureLimit).store
            } else {
                _ = try DataDirectory.list(directory)
            }
        } catch {
            throw CommandFailure(message: "\(error)")
        }
        // `latest` without a load (the dashboard): its own load finds the
        // newest row and fixes the as-of then (DashboardClock.fixesAtDataEnd).
        if asOfLatest && load {
            guard let newest = store.newestRowTime else { throw CommandFailure(message: Self.noDatedRow(directory)) }
            fixedAsOf = newest
            now = newest
        }
        // Slider ranges depend on the agents at as-of (not known before a load).
        let agents = load ? store.agents(asOf: now) : Self.agentsNotYetKnown
        // The retention slider stops where retention would pass 100 % (the dashboard clamps after its load).
        let retention = load ? store.retention(window: window, asOf: now).retentionPercent : nil
        let saved = try savedScenario(settings: settings, agents: agents)
        return Prepared(settings: settings, clock: clock, window: window, asOf: now, fixedAsOf: fixedAsOf, store: store,
                        scenario: try scenario(settings: settings, agents: agents, retentionPercent: retention, from: saved?.scenario),
                        saved: saved)
    }

    /// `--as-of latest` on a directory with no dated row (`report`, and the
    /// dashboard once its first load found none).
    static func noDatedRow(_ directory: String) -> String {
        "--as-of latest: \(directory) holds no dated row yet"
    }

    /// Lets any `--what-if agents=-N` through until the load tells how many there are.
    static let agentsNotYetKnown = 1_000_000

    /// `--scenario NAME` read from DIR/scenarios, or nil without the option.
    func savedScenario(settings: Settings, agents: Int?) throws -> (name: String, scenario: Scenario)? {
        guard let scenarioName else { return nil }
        do {
            let saved = try ScenarioFiles.load(scenarioName, root: directory, agents: agents)
            return (scenarioName, saved.applied(to: Scenario(settings: settings)))
        } catch {
            throw CommandFailure(message: "--scenario: \(error)")
        }
    }

    /// The `--what-if` sliders set on `start` (the baseline by default).
    func scenario(settings: Settings, agents: Int?, retentionPercent: Double? = nil, from start: Scenario? = nil) throws -> Scenario {
        var s = start ?? Scenario(settings: settings)
        for assignment in whatIf {
            do {
                try s.set(assignment, agents: agents, retentionPercent: retentionPercent)
            } catch {
                throw CommandFailure(message: error.description)
            }
        }
        return s
    }
}
