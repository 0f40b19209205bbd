import ArgumentParser
import Foundation
import TableroCore
import TableroIngest
import TableroSampleData
import TableroUI

/// `tablero demo` (CLI.md): the dashboard on a scratch copy of sample-data
/// that keeps receiving realistic rows, so a newcomer sees it move. The rows
/// go through the files and the watcher like a PBX's would: the demo is the
/// live path, not a shortcut around it.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A live demonstration: the dashboard on a copy of sample-data that keeps receiving rows.")

    @Option(help: "The data directory to copy (left untouched; default: the bundled sample-data).")
    var from: String?

    @Option(help: "How many times faster than real time the demo's clock runs (1 to 1000; default 10, so a newcomer sees it move).")
    var speed = 10.0

    @Option(help: "Seed of the simulated contacts (same seed, same rows).")
    var seed: UInt64 = 1

    @Option(help: "today, 7d, 30d, all or FROM..TO.")
    var window = "today"

    @OptionGroup var display: DisplayOptions

    func validate() throws {
        guard speed >= 1 && speed <= 1000 else { throw ValidationError("--speed must be between 1 and 1000") }
        guard WindowSpec(parsing: window) != nil else {
            throw ValidationError("--window '\(Sanitize.text(window))' is not today, 7d, 30d, all or FROM..TO")
        }
    }

    func run() throws {
        guard let source = from ?? BundledSample.locate() else { throw CommandFailure(message: "demo: " + BundledSample.missing) }
        let copy: DemoDirectory
        do {
            copy = try DemoDirectory.copy(from: source)
        } catch {
            throw CommandFailure(message: "demo: \(error)")
        }
        // Removed on q, Ctrl-C, SIGTERM and SIGHUP (the loop ends normally on
        // each); only a crash leaves it in the temporary directory.
        defer { copy.remove() }
        let wall = Date().timeIntervalSince1970
        let start = DemoFeed.newestEventTime(in: copy.path) ?? wall
        let feed: DemoFeed
        do {
            feed = try DemoFeed(directory: copy.path, start: start, seed: seed)
        } catch {
            throw CommandFailure(message: "demo: \(error)")
        }
        let options = try DataOptions.parse([copy.path, "--window", window])
        let clock = DashboardClock(simulation: (wallStart: wall, start: start, speed: speed))
        try MainActor.assumeIsolated {
            let box = DemoFeedBox(feed)
            try display.run(options, clock: clock) { now in box.advance(to: now) }
        }
    }
}

/// The feed, advanced from the dashboard's clock ticks (one thread: the loop's).
@MainActor
final class DemoFeedBox {
    private var feed: DemoFeed

    init(_ feed: DemoFeed) { self.feed = feed }

    /// A write that fails (disk full, the copy removed) is left to the next
    /// tick: the dashboard goes on showing what it has.
    func advance(to time: Double) {
        _ = try? feed.advance(to: time)
    }
}
