import Foundation
import TableroCore

/// A scenario read from its file, with the fingerprint of the version read.
public struct SavedScenario: Sendable, Equatable {
    public var name: String
    /// The sliders the file sets; the others are at their baseline.
    public var values: [Slider: Double]
    public var fingerprint: FileFingerprint

    /// The scenario itself: the baseline with the file's sliders set.
    public func applied(to baseline: Scenario) -> Scenario {
        var s = baseline
        for (slider, v) in values { s[slider] = v }
        return s
    }
}

/// Named what-if scenarios, one TOML file each in `DIR/scenarios/`
/// (`DIR/scenarios/plan-a.toml`). Names are checked (ScenarioName) before
/// any path is built from them. The data directory's listing skips this
/// sub-directory, so a scenario is never read as data.
public enum ScenarioFiles {
    public static let directoryName = "scenarios"
    /// Far beyond eight `key = number` lines: a bigger file is not ours.
    static let maxBytes = 64 * 1024

    public struct Problem: Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    public static func directory(root: String) -> String { root + "/" + directoryName }

    /// `DIR/scenarios/NAME.toml`, only for a valid name.
    public static func path(_ name: String, root: String) throws -> String {
        if let problem = ScenarioName.problem(name) { throw Problem(description: problem) }
        return directory(root: root) + "/" + name + ".toml"
    }

    /// The saved names, sorted without regard to case; none when the
    /// directory does not exist yet. Files whose name is not a valid
    /// scenario name (temporary files, notes) are not listed.
    public static func names(root: String) throws -> [String] {
        let dir = directory(root: root)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue, let entries = try? FileManager.default.contentsOfDirectory(atPath: dir) else {
            throw Problem(description: "\(dir): not a readable directory")
        }
        return entries
            .filter { $0.hasSuffix(".toml") }
            .map { String($0.dropLast(".toml".count)) }
            .filter(ScenarioName.isValid)
            .sorted { ($0.lowercased(), $0) < ($1.lowercased(), $1) }
    }

    /// Reads and checks NAME's file; slider ranges as for `--what-if` with
    /// `agents` at as-of.
    public static func load(_ name: String, root: String, agents: Int?) throws -> SavedScenario {
        let path = try path(name, root: root)
        // O_NONBLOCK: opening a FIFO named like a scenario must not hang;
        // it is refused below as not a regular file.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else {
            if errno == ENOENT {
                let saved = (try? names(root: root)) ?? []
                let known = saved.isEmpty ? "none saved" : "saved: " + saved.joined(separator: ", ")
                throw Problem(description: "no saved scenario '\(name)' in \(directory(root: root)) (\(known))")
            }
            throw Problem(description: "\(path): cannot be opened (\(String(cString: strerror(errno))))")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Problem(description: "\(path): cannot be examined") }
        guard info.st_mode & S_IFMT == S_IFREG else { throw Problem(description: "\(path): not a regular file") }
        guard let fingerprint = FileFingerprint(descriptor: fd) else {
            throw Problem(description: "\(path): cannot be examined")
        }
        guard fingerprint.size <= maxBytes else {
            throw Problem(description: "\(path): \(fingerprint.size) bytes is too large for a scenario")
        }
        // One byte more than allowed: a file grown since the fstat shows.
        let bytes: [UInt8]
        switch readUpTo(fd, limit: maxBytes + 1, at: nil) {
        case .success(let read): bytes = read
        case .failure(let error): throw Problem(description: "\(path): cannot be read (\(error.reason))")
        }
        guard bytes.count <= maxBytes else { throw Problem(description: "\(path): too large for a scenario") }
        let text = String(decoding: bytes, as: UTF8.self)
        let values = try ScenarioFileFormat.parse(text, path: path, agents: agents)
        return SavedScenario(name: name, values: values, fingerprint: fingerprint)
    }

    /// Saves `scenario` as NAME (the sliders away from `baseline`), replacing
    /// any earlier version atomically; creates `DIR/scenarios` when missing.
    /// Returns the fingerprint of the file written.
    @discardableResult
    public static func save(_ name: String, scenario: Scenario, baseline: Scenario, root: String) throws -> FileFingerprint {
        _ = try path(name, root: root)
        let dir = directory(root: root)
        // Only the last component: a missing data directory is an error, not
        // something to create.
        if mkdir(dir, 0o755) != 0, errno != EEXIST {
            throw Problem(description: "\(dir): cannot be created (\(String(cString: strerror(errno))))")
        }
        let bytes = Array(ScenarioFileFormat.text(scenario, baseline: baseline).utf8)
        do {
            // A hidden temporary name: not listed as a scenario, and the PID
            // keeps two sessions saving at once from sharing one.
            return try AtomicFile.write(bytes, directory: dir, name: name + ".toml", tempName: ".\(name).tmp-\(getpid())")
        } catch let failure as AtomicFile.Failure {
            throw Problem(description: failure.description)
        }
    }

    /// The fingerprint of NAME's file now, or nil when it is missing (or the
    /// name is not valid).
    public static func fingerprint(_ name: String, root: String) -> FileFingerprint? {
        guard let path = try? path(name, root: root) else { return nil }
        return FileFingerprint(path: path)
    }
}
