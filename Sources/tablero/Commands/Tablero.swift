import ArgumentParser

struct Tablero: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tablero",
        abstract: "A terminal wallboard for customer service: queue wait, CSAT/NPS and ROI.",
        subcommands: [Dashboard.self, Report.self, Check.self, Demo.self, Generate.self, Bench.self],
        defaultSubcommand: Dashboard.self
    )
}

/// A failure the user can act on: one line on stderr and an exit code.
struct CommandFailure: Error {
    var message: String
    var code: Int32 = 2
}
