import Foundation
import TableroCore

/// Loads a whole data directory into a store: settings first (they decide
/// the time zone and thresholds), then every data file in path order.
public enum DirectoryLoader {
    public struct Loaded {
        public var store: MetricsStore
        public var files: [DataFile]
        public var bytesRead: Int
    }

    /// Reads `root`. `settingsPath` overrides `root/tablero.toml`.
    /// Throws for a missing directory or broken settings (exit 2 material).
    public static func settings(root: String, settingsPath: String?) throws -> Settings {
        if let settingsPath { return try SettingsLoader.load(path: settingsPath, mustExist: true) }
        return try SettingsLoader.load(path: root + "/tablero.toml")
    }

    /// The cores a load uses by default: all of them.
    public static var defaultThreads: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// `futureLimit`: rows stamped after it are in the future (see `MetricsStore.futureLimit`).
    /// `threads`: how many chunks of a large events or surveys CSV are
    /// parsed at once (`ParallelRead`); 1 reads every file in one pass.
    public static func load(root: String, settings: Settings, cutoff: Double?, futureLimit: Double? = nil,
                            threads: Int = defaultThreads, chunkBytes: Int = ParallelRead.defaultChunkBytes) throws -> Loaded {
        var problems: [DataDirectory.Problem] = []
        let files = try DataDirectory.list(root, problems: &problems)
        guard let clock = ZoneClock(identifier: settings.general.timezone) else {
            throw SettingsLoader.Problem(description: "unknown time zone '\(settings.general.timezone)'")
        }
        var store = MetricsStore(settings: settings, clock: clock, cutoff: cutoff)
        store.futureLimit = futureLimit
        for problem in problems { store.ledger.noteDirectoryProblem(problem) }
        var bytes = 0
        let buffer = ReadBuffer()
        ContactFileStarts.expect(files, root: root, store: &store, threads: threads)
        // The first chunks of each file read in chunks, parsed while the
        // one before it ends (files read in one pass between them too).
        let ahead = threads > 1 ? ReadAhead(workers: threads, chunkBytes: chunkBytes) : nil
        for (index, file) in files.enumerated() {
            var cursor = FileCursor(file: file, root: root, store: &store)
            ahead?.following = files[(index + 1)...].first(where: ParallelRead.reads).map { ($0, root + "/" + $0.path) }
            bytes += ParallelRead.read(&cursor, store: &store, buffer: buffer, workers: threads, chunkBytes: chunkBytes,
                                       ahead: ahead).bytes
        }
        ahead?.drain()
        store.endExpectedContactRows()
        return Loaded(store: store, files: files, bytesRead: bytes)
    }
}
