import Foundation

/// A file's identity: its device and inode. A name can move to another file
/// (rotation, recreation); an identity stays with the bytes.
public struct FileIdentity: Hashable, Sendable, CustomStringConvertible {
    public var device: UInt64
    public var inode: UInt64

    public var description: String { "\(device):\(inode)" }
}

/// What `stat` says of a path, as far as tailing cares.
struct FileStatus: Equatable {
    enum Kind: Equatable { case regular, directory, other }

    var identity: FileIdentity
    var type: Kind
    var size: Int
    /// Modification time, wall-clock seconds.
    var modified: Double
    /// Status change time: moves on chmod and rename as well as on writes,
    /// so a file made readable again is tried again.
    var changed: Double

    /// Follows symbolic links (a link to a log elsewhere is that log); a
    /// failure says why the path cannot be looked up.
    static func of(_ path: String) -> Result<FileStatus, Problem> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(Problem(looking: path, error: errno)) }
        return .success(FileStatus(info))
    }

    /// A look at `path` (its `open` or `stat`) failed with `error`: the name
    /// itself was gone (not a dangling link), removed between the listing
    /// and this look, as a quick rotation does. That is "gone", not "cannot
    /// be read" (issue 13: 199 such notes after 200 rotations). The name may
    /// be back already, a new file the next listing takes: a rotation that
    /// removed the file looked at and renamed the next one onto its name
    /// between the look and this check gave a false note (issue 11's test
    /// runs, under load). Only a link whose target is missing is unreadable.
    static func vanished(_ path: String, error: Int32) -> Bool {
        guard error == ENOENT else { return false }
        var info = stat()
        guard lstat(path, &info) == 0 else { return errno == ENOENT }
        guard info.st_mode & S_IFMT == S_IFLNK else { return true }
        return stat(path, &info) == 0
    }

    init(_ info: stat) {
        identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        type = switch info.st_mode & S_IFMT {
        case S_IFREG: .regular
        case S_IFDIR: .directory
        default: .other
        }
        size = Int(info.st_size)
        modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
        changed = Double(info.st_ctim.tv_sec) + Double(info.st_ctim.tv_nsec) / 1e9
    }

    /// Why a look at a path (its `open` or `stat`) failed, and whether the
    /// file is gone rather than unreadable (`vanished`).
    struct Problem: Error, Equatable {
        var reason: String
        var vanished = false

        init(reason: String, vanished: Bool = false) {
            self.reason = reason
            self.vanished = vanished
        }

        /// The look at `path` failed with `error` (its `errno`, taken at once).
        init(looking path: String, error: Int32) {
            self.init(reason: String(cString: strerror(error)), vanished: FileStatus.vanished(path, error: error))
        }
    }
}

/// Wall-clock seconds now.
func wallClockNow() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_REALTIME, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}
