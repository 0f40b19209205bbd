import ArgumentParser
import Foundation
import TableroCore
import TableroIngest
import TableroUI

struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The full-screen dashboard on DIR (the default command).")

    @OptionGroup var options: DataOptions

    @Flag(help: "Wall mode: big figures, no sliders.")
    var wall = false

    @Flag(help: "Ignore every key but Ctrl-C (for a wall terminal).")
    var locked = false

    @Flag(name: .customLong("no-color"), help: "No colours (also when NO_COLOR is set).")
    var noColor = false

    @Flag(help: "ASCII glyphs instead of Unicode blocks and box drawing.")
    var ascii = false

    @Option(help: "Labels and number formats: en or es (default: locale in tablero.toml).")
    var lang: String?

    func validate() throws {
        if let lang, !["en", "es"].contains(lang.lowercased()) { throw ValidationError("--lang must be en or es") }
    }

    func run() throws {
        let p = try options.prepare(defaultWindow: .today, locale: lang?.lowercased())
        var model = DashboardModel(settings: p.settings, window: p.window)
        model.scenario = p.scenario
        model.wall = wall
        model.locked = locked
        let directory = options.directory
        try MainActor.assumeIsolated {
            let runner = DashboardRunner(store: p.store, directory: directory, model: model, fixedAsOf: p.fixedAsOf)
            do {
                try runner.run(noColor: noColor, forceASCII: ascii)
            } catch {
                throw CommandFailure(message: "\(error)")
            }
        }
    }
}
