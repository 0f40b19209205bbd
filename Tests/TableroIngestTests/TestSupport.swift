import Foundation
import Testing
@testable import TableroIngest
import TableroCore

/// A data directory in /tmp for one test: write files into it, load it with
/// `DirectoryLoader.load`, and it is removed when the value goes away.
final class TempDataDir {
    let root: String

    init(_ files: [String: String] = [:]) throws {
        root = NSTemporaryDirectory() + "tablero-ingest-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for (name, text) in files { try write(name, text) }
    }

    deinit {
        // Give back permissions a test may have taken away, then remove.
        _ = try? FileManager.default.subpathsOfDirectory(atPath: root).forEach {
            chmod(root + "/" + $0, 0o755)
        }
        try? FileManager.default.removeItem(atPath: root)
    }

    func path(_ name: String) -> String { root + "/" + name }

    func write(_ name: String, _ text: String) throws {
        try write(name, bytes: Array(text.utf8))
    }

    func write(_ name: String, bytes: [UInt8]) throws {
        let full = path(name)
        let dir = (full as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
    }

    func mkdir(_ name: String) throws {
        try FileManager.default.createDirectory(atPath: path(name), withIntermediateDirectories: true)
    }

    /// Loads the directory. Without `settings`, `tablero.toml` (or the defaults).
    func load(settings: Settings? = nil, cutoff: Double? = nil) throws -> DirectoryLoader.Loaded {
        let s = try settings ?? DirectoryLoader.settings(root: root, settingsPath: nil)
        return try DirectoryLoader.load(root: root, settings: s, cutoff: cutoff)
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

    /// The report over every day held, as of `asOf` (default: an hour after
    /// the newest row).
    func report(asOf: Double? = nil) -> Report {
        let at = asOf ?? ((store.newestRowTime ?? 0) + 3600)
        return store.report(window: .all, asOf: at)
    }
}

/// Writes one file, loads the directory and returns what was loaded.
func loadOne(_ name: String, _ text: String, settings: Settings = Settings()) throws -> DirectoryLoader.Loaded {
    let dir = try TempDataDir([name: text])
    return try dir.load(settings: settings)
}

/// Epoch seconds of a UTC wall time.
func utc(_ y: Int, _ mo: Int, _ d: Int, _ h: Int = 0, _ mi: Int = 0, _ s: Double = 0) -> Double {
    Double(Civil.daysFromCivil(year: y, month: mo, day: d) * 86_400 + h * 3600 + mi * 60) + s
}

/// Settings in one time zone.
func settings(timezone: String) -> Settings {
    var s = Settings()
    s.general.timezone = timezone
    return s
}

/// A deterministic byte stream (xorshift), for garbage files.
struct SeededBytes {
    var state: UInt64
    init(seed: UInt64) { state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed }
    mutating func next() -> UInt8 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        return UInt8(truncatingIfNeeded: state >> 24)
    }
    mutating func bytes(_ n: Int) -> [UInt8] { (0..<n).map { _ in next() } }
}

// MARK: Feeding the CSV scanner by hand

struct ScannedRecord: Equatable, CustomStringConvertible {
    var line: Int
    var fields: [String]
    /// Set for a record the scanner reported as bad.
    var bad: String?

    var description: String { bad.map { "\(line): bad \($0)" } ?? "\(line): \(fields)" }
}

/// Runs `CSVScanner` over `bytes` the way `FileCursor` does: the bytes arrive
/// in pieces ending at `cuts`, an unconsumed tail is kept for the next piece,
/// and the last piece is final.
func scanCSV(_ bytes: [UInt8], cuts: [Int] = [], maxRecordBytes: Int = 8 << 20) -> [ScannedRecord] {
    var scanner = CSVScanner()
    var pending: [UInt8] = []
    var out: [ScannedRecord] = []
    var from = 0
    let ends = cuts.filter { $0 > 0 && $0 < bytes.count } + [bytes.count]
    for (k, end) in ends.enumerated() {
        pending.append(contentsOf: bytes[from..<end])
        from = end
        guard !pending.isEmpty else { continue }
        let final = k == ends.count - 1
        let consumed = pending.withUnsafeMutableBufferPointer { buf -> Int in
            var pos = 0
            while let outcome = scanner.next(buf, pos: &pos, final: final, maxRecordBytes: maxRecordBytes) {
                switch outcome {
                case .record(let line):
                    let fields = (0..<scanner.bounds.count).map { scanner.field($0, in: buf.baseAddress!).string }
                    out.append(ScannedRecord(line: line, fields: fields))
                case .bad(let line, let reason):
                    out.append(ScannedRecord(line: line, fields: [], bad: reason))
                }
            }
            return pos
        }
        pending.removeFirst(consumed)
    }
    return out
}

func scanCSV(_ text: String, cuts: [Int] = []) -> [ScannedRecord] {
    scanCSV(Array(text.utf8), cuts: cuts)
}
