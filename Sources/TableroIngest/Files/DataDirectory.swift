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

    public static func list(_ root: String) throws -> [DataFile] {
        let fm = FileManager.default
        guard isDirectory(root), let top = try? fm.contentsOfDirectory(atPath: root) else {
            throw NotADirectory(path: root)
        }
        var files: [DataFile] = []
        for name in top {
            if let (kind, format) = FileKind.classify(name) {
                if kind != .settings { files.append(DataFile(path: name, kind: kind, format: format)) }
            } else if !name.hasPrefix("."), name != ScenarioFiles.directoryName, isDirectory(root + "/" + name),
                      let inner = try? fm.contentsOfDirectory(atPath: root + "/" + name) {
                for innerName in inner {
                    guard let (kind, format) = FileKind.classify(innerName), kind != .settings else { continue }
                    files.append(DataFile(path: name + "/" + innerName, kind: kind, format: format))
                }
            }
        }
        return files.sorted { readOrder($0.path) < readOrder($1.path) }
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
