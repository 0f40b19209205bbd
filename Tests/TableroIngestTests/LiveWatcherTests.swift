import Foundation
import Testing
@testable import TableroIngest
import TableroCore

/// Whether `fd` becomes readable within `seconds` (a bound, not a timing check).
func readable(_ fd: Int32, within seconds: Double = 5) -> Bool {
    var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
    let result = poll(&entry, 1, Int32(seconds * 1000))
    return result == 1 && entry.revents & Int16(POLLIN) != 0
}

/// The watcher on a real temporary directory.
@Suite("live directory: watcher")
struct LiveWatcherTests {
    @Test func anAppendWakesTheDescriptor() throws {
        let dir = try TempDataDir(["events.csv": LiveData.events(0..<2)])
        let watcher = DirectoryWatcher(root: dir.root)
        let fd = try #require(watcher.descriptor, "inotify unavailable: \(watcher.fallbackReason ?? "?")")
        #expect(watcher.pollInterval == nil)
        #expect(watcher.fallbackReason == nil)
        #expect(!readable(fd, within: 0))
        let rig = LiveAppender(dir)
        try rig.append("events.csv", LiveData.contact(5))
        #expect(readable(fd))
        #expect(watcher.drain())
        // Everything was read: the descriptor is quiet again.
        #expect(!readable(fd, within: 0))
        #expect(!watcher.drain())
    }

    @Test func filesTableroDoesNotReadDoNotCount() throws {
        let dir = try TempDataDir(["events.csv": LiveData.events(0..<2)])
        let watcher = DirectoryWatcher(root: dir.root)
        let fd = try #require(watcher.descriptor)
        try dir.write("notes.txt", "x")
        try dir.write(".events.csv.swp", "x")
        try dir.write("events.csv~", "x")
        #expect(readable(fd))
        #expect(!watcher.drain())
        try dir.write("tablero.toml", "")
        #expect(readable(fd))
        #expect(watcher.drain())
    }

    @Test func aNewSubdirectoryIsWatched() throws {
        let dir = try TempDataDir(["events.csv": LiveData.events(0..<2)])
        let watcher = DirectoryWatcher(root: dir.root)
        let fd = try #require(watcher.descriptor)
        try dir.mkdir("archive")
        #expect(readable(fd))
        #expect(watcher.drain())
        try dir.write("archive/contacts-2026-10.csv", "contact_id,arrived_at\n")
        #expect(readable(fd))
        #expect(watcher.drain())
        // Sub-directories already there at the start are watched too.
        let again = DirectoryWatcher(root: dir.root)
        let fd2 = try #require(again.descriptor)
        try LiveAppender(dir).append("archive/contacts-2026-10.csv", "c1,2026-11-22T09:00:00Z\n")
        #expect(readable(fd2))
        #expect(again.drain())
    }

    @Test func scenarioFilesWakeTheLoop() throws {
        let dir = try TempDataDir(["events.csv": ""])
        try dir.mkdir("scenarios")
        let watcher = DirectoryWatcher(root: dir.root)
        let fd = try #require(watcher.descriptor)
        try dir.write("scenarios/notes.txt", "x")
        #expect(readable(fd))
        #expect(!watcher.drain())
        try dir.write("scenarios/hire-two.toml", "agents = 2\n")
        #expect(readable(fd))
        #expect(watcher.drain())
    }

    @Test func aSettingsFileElsewhereIsWatched() throws {
        let dir = try TempDataDir(["events.csv": ""])
        let other = try TempDataDir(["my.toml": ""])
        let watcher = DirectoryWatcher(root: dir.root, settingsPath: other.path("my.toml"))
        let fd = try #require(watcher.descriptor)
        try other.write("unrelated.toml", "")
        #expect(readable(fd))
        #expect(!watcher.drain())
        try other.write("my.toml", "[queue]\n")
        #expect(readable(fd))
        #expect(watcher.drain())
    }

    @Test func aSettingsFileInTheDirectoryUnderAnotherNameIsWatched() throws {
        let dir = try TempDataDir(["events.csv": "", "custom.toml": ""])
        let watcher = DirectoryWatcher(root: dir.root, settingsPath: dir.path("custom.toml"))
        let fd = try #require(watcher.descriptor)
        try dir.write("other.toml", "")
        #expect(readable(fd))
        #expect(!watcher.drain())
        try dir.write("custom.toml", "[queue]\n")
        #expect(readable(fd))
        #expect(watcher.drain())
    }

    @Test func pollingModeWorks() throws {
        let dir = try TempDataDir(["events.csv": LiveData.events(0..<2)])
        let watcher = DirectoryWatcher(root: dir.root, pollInterval: 0.5)
        #expect(watcher.descriptor == nil)
        #expect(watcher.pollInterval == 0.5)
        #expect(watcher.fallbackReason?.contains("--poll") == true)
        #expect(watcher.drain())
        // The loop refreshes on each interval; only appended bytes are read.
        let live = LiveDirectory(root: dir.root)
        var store = MetricsStore()
        #expect(live.refresh(store: &store, now: 0).rowsRead == 4)
        try LiveAppender(dir).append("events.csv", LiveData.contact(3))
        #expect(watcher.drain())
        #expect(live.refresh(store: &store, now: 0).rowsRead == 2)
        #expect(!live.refresh(store: &store, now: 0).changed)
    }

    /// The directory removed and made again: polled meanwhile, then watched.
    @Test func theDirectoryRemovedAndRecreatedIsWatchedAgain() throws {
        let dir = try TempDataDir(["events.csv": LiveData.events(0..<2)])
        let watcher = DirectoryWatcher(root: dir.root)
        let fd = try #require(watcher.descriptor)
        try FileManager.default.removeItem(atPath: dir.root)
        #expect(readable(fd))
        #expect(watcher.drain())
        #expect(watcher.pollInterval != nil)
        #expect(watcher.drain()) // still gone: the loop keeps polling
        try dir.mkdir("")
        #expect(watcher.drain())
        #expect(watcher.pollInterval == nil)
        try dir.write("events.csv", LiveData.events(0..<1))
        #expect(readable(fd))
        #expect(watcher.drain())
    }

    /// More events than the kernel queues: the overflow asks for a refresh,
    /// and the watcher keeps working after it.
    @Test func aQueueOverflowAsksForARefresh() throws {
        let dir = try TempDataDir(["a.txt": "", "b.txt": ""])
        let watcher = DirectoryWatcher(root: dir.root)
        let fd = try #require(watcher.descriptor)
        let limit = (try? String(contentsOfFile: "/proc/sys/fs/inotify/max_queued_events", encoding: .utf8))
            .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 16384
        // One IN_ATTRIB each, for names that do not count; alternating, as
        // the kernel merges an event with an identical one just before it.
        for k in 0...(limit + 10) { chmod(dir.path(k % 2 == 0 ? "a.txt" : "b.txt"), 0o644) }
        #expect(watcher.drain())
        #expect(!watcher.drain())
        try dir.write("events.csv", "")
        #expect(readable(fd))
        #expect(watcher.drain())
    }

    @Test func mountPointEscapesAreDecoded() {
        #expect(DirectoryWatcher.unescapeMount("/mnt/my\\040data") == "/mnt/my data")
        #expect(DirectoryWatcher.unescapeMount("/srv") == "/srv")
        #expect(DirectoryWatcher.remoteFileSystem(NSTemporaryDirectory()) == nil)
    }
}

/// Appends to files of a TempDataDir (O_APPEND, as a log writer does).
struct LiveAppender {
    let dir: TempDataDir
    init(_ dir: TempDataDir) { self.dir = dir }

    func append(_ name: String, _ text: String) throws {
        let fd = open(dir.path(name), O_WRONLY | O_APPEND | O_CREAT, 0o644)
        guard fd >= 0 else { throw POSIXError(.init(rawValue: errno)!) }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        #expect(write(fd, bytes, bytes.count) == bytes.count)
    }
}
