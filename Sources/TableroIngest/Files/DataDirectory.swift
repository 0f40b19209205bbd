import Foundation

/// A file of a data directory that Tablero reads.
public struct DataFile: Sendable, Equatable {
    /// Relative to the data directory, `/`-separated.
    public var path: String
    public var kind: FileKind
    public var format: FileKind.Format
}

/// Lists the files Tablero reads: the top level and sub-directories one level
/// deep, sorted by path so that "first in read order" is well defined. A
/// directory named like a data file is listed too, so its reader can report it.
/// `scenarios/` holds saved what-if scenarios (ScenarioFiles), never data: a
/// scenario named `queue_log-x` must not be read as a queue_log.
public enum DataDirectory {
    public struct NotADirectory: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "\(path): not a readable directory" }
    }

    /// A sub-directory that could not be listed: its files are missed, so
    /// it is a finding (`check` exits 1), never a silent drop.
    public struct Problem: Sendable, Equatable {
        /// `archive/`, relative to the data directory.
        public var path: String
        public var reason: String
    }

    public static func list(_ root: String) throws -> [DataFile] {
        var problems: [Problem] = []
        return try list(root, problems: &problems)
    }

    /// The files, and the sub-directories that could not be listed. A file
    /// reached by two paths (a hard link, or `ln -s . mirror`) is listed
    /// once, under its first path in read order: counted twice, surveys,
    /// costs and benefits doubled.
    public static func list(_ root: String, problems: inout [Problem]) throws -> [DataFile] {
        let fm = FileManager.default
        guard isDirectory(root), let top = try? fm.contentsOfDirectory(atPath: root) else {
            throw NotADirectory(path: root)
        }
        var files: [DataFile] = []
        for name in top {
            if let (kind, format) = FileKind.classify(name) {
                if kind != .settings { files.append(DataFile(path: name, kind: kind, format: format)) }
            } else if !name.hasPrefix("."), name != ScenarioFiles.directoryName, isDirectory(root + "/" + name) {
                guard let inner = try? fm.contentsOfDirectory(atPath: root + "/" + name) else {
                    problems.append(Problem(path: name + "/", reason: "cannot be listed: " + listingError(root + "/" + name)))
                    continue
                }
                for innerName in inner {
                    guard let (kind, format) = FileKind.classify(innerName), kind != .settings else { continue }
                    files.append(DataFile(path: name + "/" + innerName, kind: kind, format: format))
                }
            }
        }
        var seen = Set<FileIdentity>()
        // Each key made once, not at every comparison: with 1,200 files,
        // listed again at every refresh, the sort took 7 % of the
        // dashboard's first load (issue 11).
        let inReadOrder = files.map { (key: readOrder($0.path), file: $0) }.sorted { $0.key < $1.key }.map(\.file)
        return inReadOrder.filter { file in
            guard let identity = identity(root + "/" + file.path) else { return true }
            return seen.insert(identity).inserted
        }
    }

    /// Why a directory cannot be opened, in the system's words.
    static func listingError(_ path: String) -> String {
        guard let dir = opendir(path) else { return String(cString: strerror(errno)) }
        closedir(dir)
        return "unknown error"
    }

    /// Device and inode: what names one file whatever the path.
    static func identity(_ path: String) -> FileIdentity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// Files are read in path order, except that rotated queue_logs are read
    /// oldest first (`queue_log.2`, `queue_log.1`, then `queue_log`; dated
    /// `queue_log-YYYYMMDD` by date before the live one), so a call that
    /// spans a rotation keeps its arrive before its answer.
    static func readOrder(_ path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let dir = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard name.hasPrefix("queue_log") else { return path }
        if name == "queue_log" { return dir + "queue_log\u{2}" }
        let suffix = name.dropFirst("queue_log".count + 1)
        if name.hasPrefix("queue_log."), let n = Int(suffix), n >= 0, n < 1_000_000_000 {
            // Higher numbers are older: read them first.
            let key = String(1_000_000_000 - n)
            return dir + "queue_log\u{0}" + String(repeating: "0", count: 10 - key.count) + key
        }
        return dir + "queue_log\u{1}" + suffix
    }

    static func isDirectory(_ path: String) -> Bool {
        var d: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &d) && d.boolValue
    }
}
