import ArgumentParser

struct Tablero: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tablero",
        abstract: "A terminal wallboard for customer service: queue wait, CSAT/NPS and ROI.",
        usage: """
            tablero [DIR] [--window today|7d|30d|all|FROM..TO] [options]   the dashboard (window default: today)
            tablero report [DIR] [--json] [options]                          every figure once (window default: all)
            tablero check|demo|generate|bench ...
            """,
        version: Tablero.version,
        subcommands: [Dashboard.self, Report.self, Check.self, Demo.self, Generate.self, Bench.self],
        defaultSubcommand: Dashboard.self
    )
}

extension Tablero {
    /// `tablero --version`.
    static let version = "tablero 0.4.0"
}

/// A failure the user can act on: one line on stderr and an exit code.
struct CommandFailure: Error {
    var message: String
    var code: Int32 = 2
}
