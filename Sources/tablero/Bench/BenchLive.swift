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

    @Option(help: "A large directory for the append cost (generated when missing, 1M contacts ≈ 3M rows).")
    var big = "/tmp/tablero-bench"

    @Option(help: "Contacts to generate into --big when it is missing.")
    var contacts = 1_000_000

    @Option(help: "Rows appended for the append cost.")
    var rows = 1_000

    @Option(help: "The directory copied for the latency samples.")
    var from = "sample-data"

    @Option(help: "Rows written one by one for the latency figure.")
    var samples = 200

    @Flag(help: "Only the latency figure.")
    var latencyOnly = false

    func run() throws {
        if !latencyOnly { try appendCost() }
        try latency()
    }

    private func appendCost() throws {
        try BenchIngest.ensureGenerated(big, contacts: contacts, days: 60)
        let f = try LiveBenchmark.appendCost(root: big, rows: rows)
        print(String(format: "first load: %d files, %.1f MB, %d rows in %.2f s (%.2f s CPU)", f.files,
                     Double(f.bytesLoaded) / 1_000_000, f.rowsLoaded, f.firstLoadSeconds, f.firstLoadCPUSeconds))
        print(String(format: "refresh with nothing new: %.3f ms CPU", f.idleRefreshCPUSeconds * 1000))
        print(String(format: "append of %d rows (%d bytes): %.3f ms CPU, %.3f ms wall", f.rowsAppended, f.bytesAppended,
                     f.appendCPUSeconds * 1000, f.appendWallSeconds * 1000))
    }

    private func latency() throws {
        let copy = try DemoDirectory.copy(from: from)
        defer { copy.remove() }
        let root = copy.path
        let settings = try DirectoryLoader.settings(root: root, settingsPath: nil)
        let clock = ZoneClock(identifier: settings.general.timezone) ?? .utc
        var store = MetricsStore(settings: settings, clock: clock)
        var live = LiveDirectory(root: root)
        let watcher = DirectoryWatcher(root: root)
        guard let fd = watcher.descriptor else {
            throw CommandFailure(message: "inotify unavailable: \(watcher.fallbackReason ?? "?")")
        }
        _ = live.refresh(store: &store)
        var model = DashboardModel(settings: settings, window: .today, width: 120, height: 40)

        let events = open(root + "/events.csv", O_WRONLY | O_APPEND | O_CLOEXEC)
        guard events >= 0 else { throw CommandFailure(message: "\(root)/events.csv: cannot be opened") }
        defer { close(events) }
        var waits: [Double] = []
        for i in 0..<max(1, samples) {
            let now = Date().timeIntervalSince1970
            let before = store.report(window: .today, asOf: now).queue.waitingNow
            let row = "\(Int(now)),BENCH-\(i),arrive,phone,billing,,\n"
            let started = Measure.monotonic()
            _ = row.withCString { write(events, $0, strlen($0)) }
            var shown = false
            while !shown {
                var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                guard poll(&pfd, 1, 1000) > 0 else { throw CommandFailure(message: "no inotify wake within 1 s") }
                guard watcher.drain() else { continue }
                _ = live.refresh(store: &store)
                model.report = store.report(window: .today, asOf: Date().timeIntervalSince1970)
                _ = DashboardView.render(model, glyphs: .unicode, now: now, newestRowTime: store.newestRowTime, directory: root)
                shown = (model.report?.queue.waitingNow ?? 0) > before
            }
            waits.append(Measure.monotonic() - started)
            usleep(5_000)
        }
        print(String(format: "write → watcher → store → report → frame: median %.2f ms, p99 %.2f ms, max %.2f ms over %d rows",
                     Measure.quantile(waits, 0.5) * 1000, Measure.quantile(waits, 0.99) * 1000, (waits.max() ?? 0) * 1000, waits.count))
    }
}
