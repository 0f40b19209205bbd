import ArgumentParser
import Foundation
import TableroCore
import TableroIngest
import TableroSampleData

/// The ingest benchmark of the foundation issue: a large events file, parsed
/// and aggregated in-process, with throughput and peak memory. Figures are
/// printed, never asserted.
struct BenchIngest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Generate a large events directory (once) and time report on it: rows/s, MB/s, peak RSS.")

    @OptionGroup var data: BenchDirectoryOptions
    var dir: String { data.dir }

    @Option(help: "Times to run the load; the best run is reported.")
    var runs = 3

    func run() throws {
        try data.ensureGenerated()
        let files = try DataDirectory.list(dir)
        let bytes = files.reduce(0) { total, f in
            total + ((try? FileManager.default.attributesOfItem(atPath: dir + "/" + f.path)[.size] as? Int) ?? 0)
        }
        let mb = Double(bytes) / 1_000_000

        let readSeconds = Measure.seconds { _ = rawRead(files.map { dir + "/" + $0.path }) }
        print(String(format: "raw read (read(2), 1 MiB chunks): %.0f MB/s", mb / readSeconds))

        var best = Double.infinity
        var rows = 0
        var lastStore: MetricsStore?
        for run in 1...max(1, runs) {
            var loaded: DirectoryLoader.Loaded?
            let seconds = Measure.seconds {
                loaded = try? DirectoryLoader.load(root: dir, settings: Settings(), cutoff: nil)
                if let store = loaded?.store {
                    _ = store.report(window: .all, asOf: store.newestRowTime ?? 0)
                }
            }
            guard let loaded else { throw CommandFailure(message: "\(dir): could not be loaded") }
            lastStore = loaded.store
            rows = loaded.store.ledger.files.reduce(0) { $0 + $1.rows }
            print(String(format: "run %d: %.2f s, %.0f MB/s, %.0f rows/s", run, seconds, mb / seconds, Double(rows) / seconds))
            best = min(best, seconds)
        }
        print(String(format: "data: %d files, %.1f MB, %d rows", files.count, mb, rows))
        print(String(format: "best: %.2f s for load + report: %.0f MB/s, %.0f rows/s (one core)", best, mb / best, Double(rows) / best))
        print(String(format: "peak RSS: %.1f MB", Measure.peakRSSMegabytes()))
        if let lastStore { printRecompute(lastStore) }
    }

    /// What the dashboard does once a minute and on every window change:
    /// the whole report again from the loaded store (issue 11: ≤ 20 ms on
    /// 1M contacts). Median of 15 runs per window.
    private func printRecompute(_ store: MetricsStore) {
        let asOf = store.newestRowTime ?? 0
        for window in [WindowSpec.all, .today, .lastDays(7)] {
            var times: [Double] = []
            for _ in 0..<15 { times.append(Measure.seconds { _ = store.report(window: window, asOf: asOf) }) }
            times.sort()
            print(String(format: "report recompute (%@): %.1f ms median, %.1f ms max", window.description, times[7] * 1000, times[14] * 1000))
        }
    }


    private func rawRead(_ paths: [String]) -> Int {
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var total = 0
        for path in paths {
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else { continue }
            while true {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n <= 0 { break }
                total += n
            }
            close(fd)
        }
        return total
    }


    /// Generates the benchmark directory unless it is there already, in a
    /// separate process, so that generating does not count in this one's
    /// peak RSS or CPU.
    static func ensureGenerated(_ dir: String, contacts: Int, days: Int) throws {
        guard !FileManager.default.fileExists(atPath: dir + "/events.csv") else { return }
        print("generating \(contacts) contacts into \(dir) …")
        fflush(nil)
        let status = spawnSelf(["generate", "--force", "--out", dir, "--contacts", String(contacts), "--days", String(days),
                                "--event-days", String(days), "--queue-log-days", "0", "--end", "2026-11-22"])
        guard status == 0 else { throw CommandFailure(message: "generate failed with status \(status)") }
    }

    static func spawnSelf(_ arguments: [String]) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = arguments
        do { try process.run() } catch { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
