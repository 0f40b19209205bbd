import Foundation
import Testing
import TableroIngest
import TableroCore

/// A data directory in /tmp for one test: write files into it, load it with
/// the real loader, and it is removed when the value goes away. (The Ingest
/// tests have a fuller one; test targets cannot share code without a target
/// of their own, and these tests need only this much.)
final class TempDataDir {
    let root: String

    init(_ files: [String: String] = [:]) throws {
        root = NSTemporaryDirectory() + "tablero-sample-data-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for (name, text) in files {
            let full = path(name)
            let dir = (full as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func path(_ name: String) -> String { root + "/" + name }

    /// Loads the directory with its own `tablero.toml` (or the defaults).
    func load() throws -> DirectoryLoader.Loaded {
        let settings = try DirectoryLoader.settings(root: root, settingsPath: nil)
        return try DirectoryLoader.load(root: root, settings: settings, cutoff: nil)
    }
}

extension DirectoryLoader.Loaded {
    /// The data-quality entry of one file (path relative to the data directory).
    func quality(_ path: String) -> FileQuality {
        guard let q = store.ledger.files.first(where: { $0.path == path }) else {
            Issue.record("no data-quality entry for \(path); have \(store.ledger.files.map(\.path))")
            return FileQuality(path: path, kind: .events)
        }
        return q
    }
}

/// Epoch seconds of a UTC civil time.
func utc(_ y: Int, _ mo: Int, _ d: Int, _ h: Int = 0, _ mi: Int = 0, _ s: Double = 0) -> Double {
    Double(Civil.daysFromCivil(year: y, month: mo, day: d) * 86_400 + h * 3600 + mi * 60) + s
}
