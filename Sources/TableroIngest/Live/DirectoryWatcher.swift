import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Tells the dashboard loop when the data directory changed, so it refreshes
/// (`LiveDirectory.refresh`) only then: inotify on the directory and its
/// sub-directories one level deep (DataDirectory reads that deep), whose
/// descriptor joins the loop's `poll()`. No thread, no timer.
///
/// Polling instead, when asked (`--poll SECONDS`) or when inotify cannot be
/// used (no inotify, too many watches or instances, a network or FUSE file
/// system whose remote changes inotify never sees); `fallbackReason` says
/// why, for the UI.
///
/// The loop, on each turn: wait on `descriptor` (when not nil) with
/// `pollInterval` (when not nil) as the timeout; when the descriptor is
/// readable or the interval passed, call `drain()`, and refresh when it
/// returns true. Read both properties on each turn: inotify can give way to
/// polling (a watch refused) and back (the directory removed and recreated).
public final class DirectoryWatcher {
    public static let defaultPollSeconds = 2.0

    public let root: String
    /// The inotify descriptor for the loop's poll(); nil while polling.
    public var descriptor: Int32? { polling ? nil : fd }
    /// Seconds between refreshes when polling; nil when inotify wakes the loop.
    public var pollInterval: Double? { polling ? interval : (rootLost ? Self.defaultPollSeconds : nil) }
    /// Why inotify is not used; nil when it is.
    public private(set) var fallbackReason: String?

    private var fd: Int32?
    private var polling = false
    private var interval: Double
    /// The root's own watch went (directory removed or moved): polled until
    /// it can be watched again.
    private var rootLost = false
    private var watches: [Int32: Watch] = [:]
    private var buffer = [UInt8](repeating: 0, count: 64 << 10)
    /// A settings file outside the data directory (`--config`): its directory
    /// is watched for that one name.
    private let settingsFile: (directory: String, name: String)?

    private struct Watch {
        /// "" for the root, else the sub-directory's name.
        var name: String
        var isRoot: Bool
        var isSettingsDirectory = false
        var settingsName: String?
    }

    static let mask = UInt32(IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE
        | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

    /// `pollInterval` asks for polling; `settingsPath` is watched too when it
    /// lies outside the directory.
    public init(root: String, pollInterval: Double? = nil, settingsPath: String? = nil) {
        self.root = root
        interval = pollInterval ?? Self.defaultPollSeconds
        if let settingsPath {
            let url = URL(fileURLWithPath: settingsPath)
            let directory = url.deletingLastPathComponent().path
            // In the data directory only tablero.toml is a name the root's
            // watch already counts; `--config DIR/other.toml` is watched by name.
            let known = Self.sameDirectory(directory, root) && url.lastPathComponent == "tablero.toml"
            settingsFile = known ? nil : (directory, url.lastPathComponent)
        } else {
            settingsFile = nil
        }
        if let pollInterval {
            fallBack("polling every \(Self.seconds(pollInterval)) (--poll)")
            return
        }
        if let fsType = Self.remoteFileSystem(root) {
            fallBack("\(fsType) file system: inotify does not see changes made elsewhere; polling every \(Self.seconds(interval))")
            return
        }
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else {
            let reason = errno == EMFILE ? "too many inotify instances (fs.inotify.max_user_instances)" : "inotify: \(Self.errorText())"
            fallBack("\(reason); polling every \(Self.seconds(interval))")
            return
        }
        self.fd = fd
        if !watchRoot() && !polling {
            // The directory is not there yet: polled until it is.
            rootLost = true
        }
    }

    deinit {
        if let fd { close(fd) }
    }

    /// Reads every pending event without blocking. True when something
    /// Tablero reads may have changed (a data file, `tablero.toml`, a
    /// sub-directory, a scenario file, or events were lost): refresh then.
    /// While polling, always true.
    public func drain() -> Bool {
        guard !polling, let fd else { return true }
        var relevant = false
        // Everything queued is read, even when nothing matters, or the
        // descriptor would stay readable and the loop would spin.
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                if errno != EAGAIN && errno != EWOULDBLOCK { relevant = true }
                break
            }
            if n == 0 { break }
            relevant = handleEvents(count: n) || relevant
            if polling { return true }
        }
        if rootLost {
            if watchRoot() { rootLost = false }
            relevant = true
        }
        return relevant
    }

    // MARK: Watches

    /// Watches the root and its sub-directories; false when the root cannot
    /// be watched (missing: retried later; other failures: polling).
    private func watchRoot() -> Bool {
        guard let fd else { return false }
        let wd = inotify_add_watch(fd, root, Self.mask | UInt32(IN_ONLYDIR))
        guard wd >= 0 else {
            if errno != ENOENT && errno != ENOTDIR { refuse("\(root)") }
            return false
        }
        watches[wd] = Watch(name: "", isRoot: true)
        if let settingsFile {
            let swd = inotify_add_watch(fd, settingsFile.directory, Self.mask | UInt32(IN_ONLYDIR))
            if swd >= 0 {
                var watch = watches[swd] ?? Watch(name: "", isRoot: false)
                watch.isSettingsDirectory = true
                watch.settingsName = settingsFile.name
                watches[swd] = watch
            }
        }
        scanSubdirectories()
        return !polling
    }

    /// Adds a watch for every sub-directory not watched yet.
    private func scanSubdirectories() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root) else { return }
        let watched = Set(watches.values.filter { !$0.isRoot && !$0.name.isEmpty }.map(\.name))
        for name in names where Self.isWatchedSubdirectory(name) && !watched.contains(name) {
            watchSubdirectory(name)
            if polling { return }
        }
    }

    private func watchSubdirectory(_ name: String) {
        guard let fd else { return }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root + "/" + name, isDirectory: &isDir), isDir.boolValue else { return }
        let wd = inotify_add_watch(fd, root + "/" + name, Self.mask | UInt32(IN_ONLYDIR))
        if wd >= 0 {
            var watch = watches[wd] ?? Watch(name: name, isRoot: false)
            watch.name = name
            watches[wd] = watch
        } else if errno == ENOSPC || errno == ENOMEM {
            refuse(root + "/" + name)
        }
        // Other failures (no permission, removed meanwhile): that directory
        // cannot be listed either; a chmod on it wakes the root's watch.
    }

    private func unwatch(name: String) {
        guard let fd, let (wd, _) = watches.first(where: { !$0.value.isRoot && $0.value.name == name }) else { return }
        inotify_rm_watch(fd, wd)
        watches[wd] = nil
    }

    /// A watch was refused (too many): poll instead, for good.
    private func refuse(_ path: String) {
        let reason = errno == ENOSPC
            ? "too many inotify watches (fs.inotify.max_user_watches)"
            : "cannot watch \(path): \(Self.errorText())"
        fallBack("\(reason); polling every \(Self.seconds(interval))")
    }

    private func fallBack(_ reason: String) {
        polling = true
        fallbackReason = reason
        watches = [:]
        if let fd { close(fd) }
        fd = nil
    }

    /// Sub-directories DataDirectory reads, and `scenarios/`.
    static func isWatchedSubdirectory(_ name: String) -> Bool {
        !name.hasPrefix(".") && FileKind.classify(name) == nil
    }

    // MARK: Events

    /// Handles `count` bytes of events in the buffer; true when one matters.
    private func handleEvents(count: Int) -> Bool {
        var relevant = false
        var events: [(wd: Int32, mask: UInt32, name: String)] = []
        buffer.withUnsafeBytes { raw in
            var at = 0
            // struct inotify_event: int wd; uint32 mask, cookie, len; char name[len].
            let header = MemoryLayout<inotify_event>.size
            while at + header <= count {
                let wd = raw.loadUnaligned(fromByteOffset: at, as: Int32.self)
                let mask = raw.loadUnaligned(fromByteOffset: at + 4, as: UInt32.self)
                let len = Int(raw.loadUnaligned(fromByteOffset: at + 12, as: UInt32.self))
                let nameBytes = raw[(at + header)..<min(count, at + header + len)]
                let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                events.append((wd, mask, name))
                at += header + len
            }
        }
        for event in events {
            relevant = handle(wd: event.wd, mask: event.mask, name: event.name) || relevant
            if polling { return true }
        }
        return relevant
    }

    private func handle(wd: Int32, mask: UInt32, name: String) -> Bool {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            // Events were lost: look at everything again.
            scanSubdirectories()
            return true
        }
        guard let watch = watches[wd] else { return false }
        let selfGone = mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED) != 0
        if watch.isRoot && selfGone {
            // The directory itself was removed or moved: the path no longer
            // names what is watched. Start again when it is back.
            if let fd { for wd in watches.keys { inotify_rm_watch(fd, wd) } }
            watches = [:]
            rootLost = true
            return true
        }
        if selfGone {
            if mask & UInt32(IN_IGNORED) != 0 { watches[wd] = nil }
            return watch.isSettingsDirectory || !watch.name.isEmpty
        }
        var relevant = false
        if watch.isSettingsDirectory && name == watch.settingsName { relevant = true }
        if watch.isRoot {
            if mask & UInt32(IN_ISDIR) != 0 {
                if Self.isWatchedSubdirectory(name) {
                    if mask & UInt32(IN_DELETE | IN_MOVED_FROM) != 0 {
                        unwatch(name: name)
                    } else {
                        watchSubdirectory(name)
                    }
                    relevant = true
                } else if FileKind.classify(name) != nil {
                    relevant = true // a directory named like a data file: reported
                }
            } else if FileKind.classify(name) != nil {
                relevant = true
            }
        } else if !watch.name.isEmpty {
            if watch.name == ScenarioFiles.directoryName {
                relevant = relevant || (!name.hasPrefix(".") && name.hasSuffix(".toml"))
            } else {
                relevant = relevant || FileKind.classify(name) != nil
            }
        }
        return relevant
    }

    // MARK: Helpers

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }

    static func errorText() -> String { String(cString: strerror(errno)) }

    static func sameDirectory(_ a: String, _ b: String) -> Bool {
        guard case .success(let x) = FileStatus.of(a), case .success(let y) = FileStatus.of(b) else { return a == b }
        return x.identity == y.identity
    }

    /// The type of the file system holding `path` when inotify cannot see
    /// its changes (network and FUSE file systems), from /proc/self/mounts.
    static func remoteFileSystem(_ path: String) -> String? {
        guard let mounts = try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8) else { return nil }
        let real = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        var best: (point: String, type: String)?
        for line in mounts.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 3 else { continue }
            let point = unescapeMount(String(fields[1]))
            let inside = point == "/" || real == point || real.hasPrefix(point + "/")
            if inside, point.count >= (best?.point.count ?? -1) { best = (point, String(fields[2])) }
        }
        guard let type = best?.type else { return nil }
        let remote = ["nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "ceph", "afs", "lustre", "vboxsf", "virtiofs", "gpfs"]
        return remote.contains(type) || type.hasPrefix("fuse") ? type : nil
    }

    /// /proc/self/mounts writes a space as `\040` (octal escapes).
    static func unescapeMount(_ field: String) -> String {
        guard field.contains("\\") else { return field }
        var out: [UInt8] = []
        let bytes = Array(field.utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\\"), i + 3 < bytes.count, let v = UInt8(String(decoding: bytes[(i + 1)...(i + 3)], as: UTF8.self), radix: 8) {
                out.append(v)
                i += 4
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
