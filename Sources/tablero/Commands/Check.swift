import ArgumentParser
import Foundation
import TableroCore
import TableroIngest
import TableroReport
import TableroText

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read every file and print data-quality findings; exit 1 when anything was rejected.")

    @Argument(help: ArgumentHelp("The data directory (default: the bundled sample-data).", valueName: "dir"))
    var directoryArgument: String?

    var directory: String { directoryArgument ?? BundledSample.locate() ?? BundledSample.name }

    @Option(help: "Settings file (default DIR/tablero.toml).")
    var config: String?

    func run() throws {
        let settings: Settings
        let loaded: DirectoryLoader.Loaded
        let asOf: Double
        do {
            settings = try DirectoryLoader.settings(root: directory, settingsPath: config)
            // As `report` and the dashboard count: as of the clock, rows
            // after it in the future (the bundled sample: as of its end).
            let wall = Date().timeIntervalSince1970
            let replay = directoryArgument == nil
            loaded = try DirectoryLoader.load(root: directory, settings: settings, cutoff: nil,
                                              futureLimit: replay ? nil : wall + MetricsStore.futureToleranceSeconds)
            asOf = replay ? loaded.store.newestRowTime ?? wall : wall
        } catch {
            throw CommandFailure(message: "\(error)")
        }
        let files = loaded.store.dataQuality(asOf: asOf)
        let rows = files.reduce(0) { $0 + $1.rows }
        let rejected = files.reduce(0) { $0 + $1.rejected }
        let unclosed = files.reduce(0) { $0 + $1.unclosed }
        let future = files.reduce(0) { $0 + $1.future }
        let unreadable = files.filter(\.unreadable).count
        let language = Language(locale: settings.general.locale)
        let f = Labels(language: language).numbers(currency: settings.general.currency)
        func n(_ x: Int) -> String { f.number(Double(x)) }
        try StandardOutput.write(ReportText.quality(files, language: language)
            + "\n\(n(files.count)) files, \(n(rows)) rows, \(n(rejected)) rejected"
            + (future > 0 ? " (\(n(future)) in the future)" : "") + ", \(n(unclosed)) unclosed, \(n(unreadable)) unreadable\n")
        if rejected > 0 || unreadable > 0 { throw ExitCode(1) }
    }
}
