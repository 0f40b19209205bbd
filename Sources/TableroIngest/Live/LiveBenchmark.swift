import Foundation
import TableroCore

/// What live tailing costs: a first load of a directory, then the refresh
/// after rows are appended to its events file (for `tablero bench`).
public enum LiveBenchmark {
    public struct Figures: Sendable {
        public var files = 0
        public var bytesLoaded = 0
        public var rowsLoaded = 0
        public var firstLoadSeconds = 0.0
        public var firstLoadCPUSeconds = 0.0
        /// A refresh with nothing new: a listing and a `stat` per file.
        public var idleRefreshCPUSeconds = 0.0
        public var rowsAppended = 0
        public var bytesAppended = 0
        /// The refresh that reads the appended rows.
        public var appendCPUSeconds = 0.0
        public var appendWallSeconds = 0.0
    }

    public struct Problem: Error, CustomStringConvertible {
        public var description: String
    }

    /// Loads `root` with a LiveDirectory, appends `rows` valid event rows
    /// (arrive, answer, resolve; epoch times after the newest row) to its
    /// `events.csv`, times the refresh that reads them, then truncates the
    /// file back to its size: the directory is left as it was. `now` is the
    /// wall-clock time each refresh is given (nil: the clock); a test fixes
    /// it, so a held last line cannot settle part way through.
    public static func appendCost(root: String, rows: Int = 1000, now wallClock: Double? = nil) throws -> Figures {
        let settings = try DirectoryLoader.settings(root: root, settingsPath: nil)
        guard let clock = ZoneClock(identifier: settings.general.timezone) else {
            throw Problem(description: "unknown time zone '\(settings.general.timezone)'")
        }
        var store = MetricsStore(settings: settings, clock: clock)
        let live = LiveDirectory(root: root)
        var figures = Figures()

        var (wall, cpu) = (now(CLOCK_MONOTONIC), now(CLOCK_PROCESS_CPUTIME_ID))
        let first = live.refresh(store: &store, now: wallClock)
        figures.firstLoadSeconds = now(CLOCK_MONOTONIC) - wall
        figures.firstLoadCPUSeconds = now(CLOCK_PROCESS_CPUTIME_ID) - cpu
        if let problem = first.directoryProblem { throw Problem(description: problem) }
        figures.files = live.files.count
        figures.bytesLoaded = first.bytesRead
        figures.rowsLoaded = first.rows

        cpu = now(CLOCK_PROCESS_CPUTIME_ID)
        _ = live.refresh(store: &store, now: wallClock)
        figures.idleRefreshCPUSeconds = now(CLOCK_PROCESS_CPUTIME_ID) - cpu

        let path = root + "/events.csv"
        let original = try appendEvents(path: path, rows: rows, after: store.newestRowTime ?? wallClockNow())
        defer { truncate(path, off_t(original.size)) }
        figures.rowsAppended = rows
        figures.bytesAppended = original.appended

        (wall, cpu) = (now(CLOCK_MONOTONIC), now(CLOCK_PROCESS_CPUTIME_ID))
        let outcome = live.refresh(store: &store, now: wallClock)
        figures.appendCPUSeconds = now(CLOCK_PROCESS_CPUTIME_ID) - cpu
        figures.appendWallSeconds = now(CLOCK_MONOTONIC) - wall
        // A last line that lacked its newline was completed by the append.
        let expected = rows + (original.completedLine ? 1 : 0)
        guard outcome.rowsRead == expected else {
            throw Problem(description: "the refresh read \(outcome.rowsRead) rows, not the \(expected) expected")
        }
        return figures
    }

    /// Appends `rows` rows in the file's column order; returns its size
    /// before, the bytes added, and whether a newline was added first to
    /// end a last line that had none.
    static func appendEvents(path: String, rows: Int, after start: Double) throws -> (size: Int, appended: Int, completedLine: Bool) {
        guard let handle = FileHandle(forUpdatingAtPath: path) else {
            throw Problem(description: "\(path): cannot be opened for appending")
        }
        defer { try? handle.close() }
        let headerBytes = try handle.read(upToCount: 4096) ?? Data()
        let headerLine = String(decoding: headerBytes.prefix { $0 != 0x0A }, as: UTF8.self)
        let columns = headerLine.split(separator: ",", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }
        guard let ts = columns.firstIndex(of: "ts"), let id = columns.firstIndex(of: "contact_id"),
              let event = columns.firstIndex(of: "event") else {
            throw Problem(description: "\(path): no ts, contact_id and event columns in the header")
        }
        let size = Int(try handle.seekToEnd())
        var text = ""
        if size > 0 {
            try handle.seek(toOffset: UInt64(size - 1))
            if try handle.read(upToCount: 1) != Data([0x0A]) { text = "\n" }
        }
        let steps: [(String, Double)] = [("arrive", 0), ("answer", 20), ("resolve", 200)]
        let base = Int(start) + 1
        for k in 0..<rows {
            let (name, delay) = steps[k % 3]
            var fields = [String](repeating: "", count: columns.count)
            fields[ts] = String(base + k / 3 + Int(delay))
            fields[id] = "live-bench-\(k / 3)"
            fields[event] = name
            text += fields.joined(separator: ",") + "\n"
        }
        let data = Data(text.utf8)
        try handle.seekToEnd()
        try handle.write(contentsOf: data)
        return (size, data.count, text.hasPrefix("\n"))
    }

    static func now(_ clock: clockid_t) -> Double {
        var ts = timespec()
        clock_gettime(clock, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}
