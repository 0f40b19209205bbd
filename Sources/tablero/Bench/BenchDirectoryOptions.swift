import ArgumentParser

/// The large generated directory `bench ingest` and `bench live` both work
/// on: one place for where it lives and how it is made when missing.
struct BenchDirectoryOptions: ParsableArguments {
    @Option(help: "Where the benchmark data lives (generated when missing).")
    var dir = "/tmp/tablero-bench"

    @Option(help: "Contacts to generate (about 3 event rows each; 1M contacts ≈ 3M rows).")
    var contacts = 1_000_000

    @Option(help: "Days they span.")
    var days = 60

    /// Generates the directory unless it is there already.
    func ensureGenerated() throws { try BenchIngest.ensureGenerated(dir, contacts: contacts, days: days) }
}
