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
        do {
            settings = try DirectoryLoader.settings(root: directory, settingsPath: config)
            loaded = try DirectoryLoader.load(root: directory, settings: settings, cutoff: nil)
        } catch {
            throw CommandFailure(message: "\(error)")
        }
        let files = loaded.store.dataQuality(asOf: loaded.store.newestRowTime ?? 0)
        let rows = files.reduce(0) { $0 + $1.rows }
        let rejected = files.reduce(0) { $0 + $1.rejected }
        let unreadable = files.filter(\.unreadable).count
        let language = Language(locale: settings.general.locale)
        let f = Labels(language: language).numbers(currency: settings.general.currency)
        func n(_ x: Int) -> String { f.number(Double(x)) }
        try StandardOutput.write(ReportText.quality(files, language: language)
            + "\n\(n(files.count)) files, \(n(rows)) rows, \(n(rejected)) rejected, \(n(unreadable)) unreadable\n")
        if rejected > 0 || unreadable > 0 { throw ExitCode(1) }
    }
}
