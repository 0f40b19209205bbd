import ArgumentParser
import Foundation
import TableroCore
import TableroIngest
import TableroUI
import TableroText

struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The full-screen dashboard on DIR (the default command).")

    @OptionGroup var options: DataOptions

    @OptionGroup var display: DisplayOptions

    func run() throws {
        try MainActor.assumeIsolated { try display.run(options, clock: nil, onSecond: nil) }
    }
}

/// How the dashboard looks and listens, shared by `tablero` and `tablero demo`.
struct DisplayOptions: ParsableArguments {
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

    @Option(help: "Look at the directory every SECONDS instead of being told by inotify (network file systems).")
    var poll: Double?

    @Flag(help: "Ring the terminal bell when a figure turns critical (as [alerts] bell = true).")
    var bell = false

    func validate() throws {
        if let lang, !["en", "es"].contains(lang.lowercased()) { throw ValidationError("--lang must be en or es") }
        // Below 0.1 s a poll costs a third of a core and shows nothing sooner.
        if let poll, !(poll >= 0.1 && poll <= 3600) { throw ValidationError("--poll must be between 0.1 and 3600 seconds") }
    }

    /// Opens the dashboard on `options.directory`. `clock` replaces the
    /// wall clock (the demo's simulated one); `onSecond` runs as each second of it begins.
    @MainActor
    func run(_ options: DataOptions, clock: DashboardClock?, onSecond: ((Double) -> Void)?) throws {
        let p = try options.prepare(defaultWindow: .today, locale: lang?.lowercased(), load: false)
        var model = DashboardModel(settings: p.settings, window: p.window)
        model.scenario = p.scenario
        model.scenarioName = p.saved?.name
        model.savedScenario = p.saved?.scenario
        model.wall = wall
        model.locked = locked
        if options.asOfLatest {
            model.replay = .dataEnd
        } else if p.fixedAsOf != nil {
            model.replay = .instant
        }
        model.bellFlag = bell
        let interpreter = DashboardInterpreter(
            model: model, directory: options.directory, settingsPath: options.config, pollSeconds: poll,
            locale: lang?.lowercased(),
            clock: clock ?? DashboardClock(fixed: p.fixedAsOf, fixesAtDataEnd: options.asOfLatest))
        interpreter.onSecond = onSecond
        var runner = DashboardRunner(interpreter: interpreter, noColor: noColor, forceASCII: ascii)
        do {
            try runner.run()
        } catch {
            throw CommandFailure(message: "\(error)")
        }
        if interpreter.model.noDatedRow { throw CommandFailure(message: DataOptions.noDatedRow(options.directory)) }
    }
}
