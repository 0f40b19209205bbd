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

    @Option(help: "Threads for one measurement in this process. Without it, 1, 2 and all cores are measured, each in a process of its own (so each has its own peak RSS).")
    var threads: Int?

    func run() throws {
        try data.ensureGenerated()
        let files = try DataDirectory.list(dir)
        // stat, not lstat: a benchmark directory of symbolic links counts the files' bytes.
        let bytes = files.reduce(0) { total, f in
            var info = stat()
            return total + (stat(dir + "/" + f.path, &info) == 0 ? Int(info.st_size) : 0)
        }
        let mb = Double(bytes) / 1_000_000
        guard let threads else {
            let readSeconds = Measure.seconds { _ = rawRead(files.map { dir + "/" + $0.path }) }
            print(String(format: "data: %d files, %.1f MB; raw read (read(2), 1 MiB chunks): %.0f MB/s", files.count, mb, mb / readSeconds))
            let cores = DirectoryLoader.defaultThreads
            for count in Set([1, 2, cores]).sorted() {
                fflush(nil)
                let status = Self.spawnSelf(["bench", "ingest", "--dir", dir, "--runs", String(runs), "--threads", String(count)])
                guard status == 0 else { throw CommandFailure(message: "the run on \(count) threads failed with status \(status)") }
            }
            let store = try DirectoryLoader.load(root: dir, settings: Settings(), cutoff: nil).store
            printRecompute(store)
            return
        }
        var best = Double.infinity
        var rows = 0
        for _ in 1...max(1, runs) {
            var loaded: DirectoryLoader.Loaded?
            let seconds = Measure.seconds {
                loaded = try? DirectoryLoader.load(root: dir, settings: Settings(), cutoff: nil, threads: threads)
                if let store = loaded?.store {
                    _ = store.report(window: .all, asOf: store.newestRowTime ?? 0)
                }
            }
            guard let loaded else { throw CommandFailure(message: "\(dir): could not be loaded") }
            rows = loaded.store.ledger.files.reduce(0) { $0 + $1.rows }
            best = min(best, seconds)
        }
        let label = threads == DirectoryLoader.defaultThreads && threads > 1 ? " (all cores)" : ""
        print(String(format: "%d thread%@%@: %.2f s for load + report (best of %d): %.0f MB/s, %.0f rows/s, peak RSS %.1f MB",
                     threads, threads == 1 ? "" : "s", label, best, max(1, runs), mb / best, Double(rows) / best, Measure.peakRSSMegabytes()))
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
