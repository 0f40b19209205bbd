import ArgumentParser
import Foundation
import TableroCore
import TableroIngest
import TableroUI
import TableroCanvas

/// The dashboard issue's render figure: one full frame of the pure view at
/// a large size, median over many frames, and what computing the report
/// behind it costs per window. No terminal is involved: this is the part of
/// a redraw that is ours (ncurses then sends only the cells that changed).
struct BenchRender: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Time the view rendering one frame (default 240x70) and the report behind it.")

    @Argument(help: "The data directory.")
    var directory = "sample-data"

    @Option(help: "Frame size, WIDTHxHEIGHT.")
    var size = "240x70"

    @Option(help: "Frames to render.")
    var frames = 1_000

    @Option(name: .customLong("as-of"), help: "As-of (default: the newest row).")
    var asOf: String?

    func run() throws {
        let parts = size.split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, parts[0] > 0, parts[1] > 0 else {
            throw CommandFailure(message: "--size '\(Sanitize.text(size))' is not WIDTHxHEIGHT")
        }
        let settings = try DirectoryLoader.settings(root: directory, settingsPath: nil)
        let store = try DirectoryLoader.load(root: directory, settings: settings, cutoff: nil).store
        let now = try asOf.map { text in
            guard let t = Timestamp.parse(text, clock: store.clock) else {
                throw CommandFailure(message: "--as-of '\(Sanitize.text(text))' is not a timestamp")
            }
            return t
        } ?? store.newestRowTime ?? Date().timeIntervalSince1970

        for window in [WindowSpec.today, .lastDays(7), .lastDays(30), .all] {
            var samples: [Double] = []
            for _ in 0..<100 {
                samples.append(Measure.seconds { _ = store.report(window: window, asOf: now) })
            }
            print(String(format: "report %-5@: median %.3f ms, p99 %.3f ms (100 runs)", window.description,
                         Measure.quantile(samples, 0.5) * 1000, Measure.quantile(samples, 0.99) * 1000))
        }

        var model = DashboardModel(settings: settings, window: .lastDays(7), width: parts[0], height: parts[1])
        model.report = store.report(window: model.window, asOf: now)
        model.now = now
        model.newestRowTime = store.newestRowTime
        model.directory = directory
        for glyphs in [GlyphSet.unicode, .ascii] {
            var samples: [Double] = []
            var cells = 0
            for _ in 0..<max(1, frames) {
                samples.append(Measure.seconds {
                    let canvas = DashboardView.render(model, glyphs: glyphs)
                    cells &+= canvas.width
                })
            }
            print(String(format: "render %@ %@: median %.3f ms, p99 %.3f ms over %d frames",
                         size, glyphs.isUnicode ? "unicode" : "ascii",
                         Measure.quantile(samples, 0.5) * 1000, Measure.quantile(samples, 0.99) * 1000, samples.count))
            _ = cells
        }
    }
}
