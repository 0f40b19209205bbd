import ArgumentParser

/// `tablero bench`: the benchmarks the issues ask figures of.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmarks; figures are printed, never asserted.",
        subcommands: [BenchIngest.self, BenchRender.self, BenchLive.self],
        defaultSubcommand: BenchIngest.self)
}
