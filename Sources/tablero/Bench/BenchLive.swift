import ArgumentParser
import Foundation
import TableroCore
import TableroIngest
import TableroSampleData
import TableroUI

/// The live-data issue's figures: what ingesting an append costs on a large
/// directory, and how long a written row takes to reach the screen's
/// contents, through the same pieces the dashboard uses (inotify watcher,
/// tailer, store, report, view). The terminal output itself is left out:
/// ncurses then writes only the cells that changed.
struct BenchLive: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "live",
        abstract: "Time an append on a large directory and the latency from a row's write to the rendered frame.")

    /// The large directory for the append cost.
    @OptionGroup var data: BenchDirectoryOptions

    @Option(help: "Rows appended for the append cost.")
    var rows = 1_000

    @Option(help: "The directory copied for the latency samples.")
    var from = "sample-data"

    @Option(help: "Rows written one by one for the latency figure.")
    var samples = 200

    @Option(help: "Milliseconds between the rows written for the latency figure. Under 50 the dashboard's coalescing shows: a report waits until 50 ms after the last one.")
    var gapMs = 60

    @Flag(help: "Only the latency figure.")
    var latencyOnly = false

    func run() throws {
        if !latencyOnly { try appendCost() }
        try MainActor.assumeIsolated { try latency() }
    }

    private func appendCost() throws {
        try data.ensureGenerated()
        let f = try LiveBenchmark.appendCost(root: data.dir, rows: rows)
        print(String(format: "first load: %d files, %.1f MB, %d rows in %.2f s (%.2f s CPU)", f.files,
                     Double(f.bytesLoaded) / 1_000_000, f.rowsLoaded, f.firstLoadSeconds, f.firstLoadCPUSeconds))
        print(String(format: "refresh with nothing new: %.3f ms CPU", f.idleRefreshCPUSeconds * 1000))
        print(String(format: "append of %d rows (%d bytes): %.3f ms CPU, %.3f ms wall", f.rowsAppended, f.bytesAppended,
                     f.appendCPUSeconds * 1000, f.appendWallSeconds * 1000))
    }

    /// The dashboard's own loop, without the terminal: the interpreter
    /// carries out `update`'s commands (refresh, the coalesced report) and
    /// this waits in poll() on the watcher until the time `update` asked to
    /// be woken at, then ticks and renders, as DashboardRunner does.
    @MainActor
    private func latency() throws {
        let copy = try DemoDirectory.copy(from: from)
        defer { copy.remove() }
        let root = copy.path
        let settings = try DirectoryLoader.settings(root: root, settingsPath: nil)
        let model = DashboardModel(settings: settings, window: .today, width: 120, height: 40)
        let loop = DashboardInterpreter(model: model, directory: root, settingsPath: nil, pollSeconds: nil,
                                        locale: nil, clock: DashboardClock())
        guard let fd = loop.watcher.descriptor else {
            throw CommandFailure(message: "inotify unavailable: \(loop.watcher.fallbackReason ?? "?")")
        }
        while loop.model.loop.isLoading { turn(loop, fd: fd, timeout: 0) }

        let events = open(root + "/events.csv", O_WRONLY | O_APPEND | O_CLOEXEC)
        guard events >= 0 else { throw CommandFailure(message: "\(root)/events.csv: cannot be opened") }
        defer { close(events) }
        var waits: [Double] = []
        for i in 0..<max(1, samples) {
            let before = loop.model.report?.queue.waitingNow ?? 0
            let row = "\(Int(Date().timeIntervalSince1970)),BENCH-\(i),arrive,phone,billing,,\n"
            let started = Measure.monotonic()
            _ = row.withCString { write(events, $0, strlen($0)) }
            var shown = false
            while !shown {
                turn(loop, fd: fd, timeout: loop.timeoutMilliseconds.map { min($0, 1000) } ?? 1000)
                if Measure.monotonic() - started > 5 { throw CommandFailure(message: "the row did not show within 5 s") }
                shown = (loop.model.report?.queue.waitingNow ?? 0) > before
            }
            waits.append(Measure.monotonic() - started)
            usleep(UInt32(max(0, gapMs)) * 1000)
        }
        print(String(format: "write → watcher → update → store → report → frame: median %.2f ms, p99 %.2f ms, max %.2f ms over %d rows %d ms apart",
                     Measure.quantile(waits, 0.5) * 1000, Measure.quantile(waits, 0.99) * 1000, (waits.max() ?? 0) * 1000, waits.count, gapMs))
    }

    /// One turn of the loop: wait on the watcher, tick, render a frame.
    @MainActor
    private func turn(_ loop: DashboardInterpreter, fd: Int32, timeout: Int) {
        var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        let ready = poll(&pfd, 1, Int32(timeout)) > 0
        loop.beginTurn()
        loop.readClock()
        if ready { loop.directoryReadable() }
        loop.tick()
        _ = DashboardView.render(loop.model, glyphs: .unicode)
    }
}
