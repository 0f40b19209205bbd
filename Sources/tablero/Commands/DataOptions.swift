import ArgumentParser
import Foundation
import TableroCore
import TableroIngest

/// Options shared by the dashboard and `report` (CLI.md).
struct DataOptions: ParsableArguments {
    @Argument(help: "The data directory.")
    var directory: String = "sample-data"

    @Option(help: "today, 7d, 30d, all or FROM..TO (dates YYYY-MM-DD).")
    var window: String?

    @Option(name: .customLong("as-of"), help: "The report's 'now': RFC 3339, 'YYYY-MM-DD HH:MM:SS' local, or epoch seconds.")
    var asOf: String?

    @Option(help: "Settings file (default DIR/tablero.toml).")
    var config: String?

    @Option(name: .customLong("what-if"), help: "KEY=VALUE slider (repeatable): personnel, training, technology, overhead, agents, retention, acquisition_multiple, attribution.")
    var whatIf: [String] = []

    func windowSpec(default fallback: WindowSpec) throws -> WindowSpec {
        guard let window else { return fallback }
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

    func asOfTime(clock: ZoneClock) throws -> Double {
        guard let asOf else { return Date().timeIntervalSince1970 }
        guard let t = Timestamp.parse(asOf, clock: clock) else {
            throw CommandFailure(message: "--as-of '\(Sanitize.text(asOf))' is not a timestamp (RFC 3339, 'YYYY-MM-DD HH:MM:SS' or epoch seconds)")
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
        /// Whether `--as-of` froze the clock.
        var fixedAsOf: Double?
        var store: MetricsStore
        var scenario: Scenario
    }

    /// Settings, window, as-of, the loaded directory and the `--what-if`
    /// scenario, or a one-line failure. Rows after as-of are left out when
    /// `--as-of` is given or `cutAtNow` (a one-off report is one instant; the
    /// live dashboard's clock moves on).
    func prepare(defaultWindow: WindowSpec, locale: String? = nil, cutAtNow: Bool = false) throws -> Prepared {
        var settings = try settings()
        if let locale { settings.general.locale = locale }
        guard let clock = ZoneClock(identifier: settings.general.timezone) else {
            throw CommandFailure(message: "unknown time zone '\(settings.general.timezone)'")
        }
        let window = try windowSpec(default: defaultWindow)
        let fixedAsOf = try asOf.map { _ in try asOfTime(clock: clock) }
        let now = fixedAsOf ?? Date().timeIntervalSince1970
        let store: MetricsStore
        do {
            store = try DirectoryLoader.load(root: directory, settings: settings,
                                             cutoff: fixedAsOf ?? (cutAtNow ? now : nil)).store
        } catch {
            throw CommandFailure(message: "\(error)")
        }
        // Slider ranges depend on the agents at as-of.
        let agents = store.agents(asOf: now)
        return Prepared(settings: settings, clock: clock, window: window, asOf: now, fixedAsOf: fixedAsOf, store: store,
                        scenario: try scenario(settings: settings, agents: agents))
    }

    func scenario(settings: Settings, agents: Int?) throws -> Scenario {
        var s = Scenario(settings: settings)
        for assignment in whatIf {
            do {
                try s.set(assignment, agents: agents)
            } catch {
                throw CommandFailure(message: error.description)
            }
        }
        return s
    }
}
