import Foundation
import Testing
@testable import TableroIngest
import TableroCore

/// The pieces of `LiveDirectory.refresh` taken one by one: the diff as a
/// value, the one read buffer shared by cursors, the read-until-N helper.
@Suite("live directory: pieces")
struct LivePiecesTests {
    static func status(inode: UInt64, size: Int = 10, modified: Double = 100, directory: Bool = false) -> FileStatus {
        var info = stat()
        info.st_dev = 1
        info.st_ino = __ino_t(inode)
        info.st_mode = directory ? S_IFDIR : S_IFREG
        info.st_size = off_t(size)
        info.st_mtim = timespec(tv_sec: Int(modified), tv_nsec: 0)
        return FileStatus(info)
    }

    static func file(_ path: String) -> DataFile {
        let (kind, format) = FileKind.classify(String(path.split(separator: "/").last!))!
        return DataFile(path: path, kind: kind, format: format)
    }

    static func followed(_ files: [(String, FileStatus)]) -> [FileIdentity: LiveFile] {
        var out: [FileIdentity: LiveFile] = [:]
        for (n, (path, status)) in files.enumerated() {
            out[status.identity] = LiveFile(file: file(path), fileID: Int32(n), state: .pending, content: n, status: status)
        }
        return out
    }

    @Test func theDiffNamesWhatWentMovedOrChangedAndLeavesTheRestOut() {
        let same = Self.status(inode: 1)
        let rotated = Self.status(inode: 2)
        let grown = Self.status(inode: 3)
        let removed = Self.status(inode: 4)
        let nowADirectory = Self.status(inode: 5)
        let followed = Self.followed([("events.csv", same), ("queue_log", rotated), ("surveys.csv", grown),
                                      ("costs.csv", removed), ("contacts.csv", nowADirectory)])
        let listing = DirectoryListing([
            (Self.file("events.csv"), .success(same)),
            (Self.file("queue_log.1"), .success(rotated)),
            (Self.file("surveys.csv"), .success(Self.status(inode: 3, size: 20, modified: 101))),
            (Self.file("contacts.csv"), .success(Self.status(inode: 5, directory: true))),
            (Self.file("benefits.csv"), .success(Self.status(inode: 6))),
            (Self.file("customers.csv"), .failure(FileStatus.Problem(reason: "No such file or directory"))),
        ])
        let diff = FollowDiff(followed: followed, listing: listing)
        #expect(diff.changed == [
            .init(identity: nowADirectory.identity, change: .gone),
            .init(identity: removed.identity, change: .gone),
            .init(identity: rotated.identity, change: .seen(file: Self.file("queue_log.1"), status: rotated)),
            .init(identity: grown.identity, change: .seen(file: Self.file("surveys.csv"), status: Self.status(inode: 3, size: 20, modified: 101))),
        ])
        #expect(listing.order.count == 5)
        #expect(listing.unreachable["customers.csv"]?.reason == "No such file or directory")
    }

    @Test func aListingReadsTwoNamesOfOneFileOnce() {
        let one = Self.status(inode: 9)
        let listing = DirectoryListing([(Self.file("events.csv"), .success(one)), (Self.file("events-link.csv"), .success(one))])
        #expect(listing.order == [one.identity])
        #expect(listing.entries[one.identity]?.file.path == "events.csv")
    }

    @Test func aRenameToAnotherKindIsGone() {
        let s = Self.status(inode: 1)
        let diff = FollowDiff(followed: Self.followed([("events.csv", s)]),
                              listing: DirectoryListing([(Self.file("surveys.csv"), .success(s))]))
        #expect(diff.changed == [.init(identity: s.identity, change: .gone)])
    }

    /// Two cursors read through one buffer, each leaving half a line: each
    /// keeps its own, and completes it from its own file.
    @Test func cursorsSharingOneBufferKeepTheirOwnIncompleteLines() throws {
        let dir = try TempDataDir(["events.csv": LiveData.eventsHeader + "100,a1,arrive,support\n100,a2,arr",
                                   "events-b.csv": LiveData.eventsHeader + "200,b1,arrive,support\n200,b2,ar"])
        var store = MetricsStore()
        let buffer = ReadBuffer()
        var a = FileCursor(file: Self.file("events.csv"), root: dir.root, store: &store)
        var b = FileCursor(file: Self.file("events-b.csv"), root: dir.root, store: &store)
        #expect(a.readAvailable(store: &store, buffer: buffer, atEnd: false).failure == nil)
        #expect(b.readAvailable(store: &store, buffer: buffer, atEnd: false).failure == nil)
        #expect(a.parsedOffset < a.offset && b.parsedOffset < b.offset)
        try LiveAppender(dir).append("events.csv", "ive,support\n")
        try LiveAppender(dir).append("events-b.csv", "rive,sales\n")
        a.readAvailable(store: &store, buffer: buffer, atEnd: false)
        b.readAvailable(store: &store, buffer: buffer, atEnd: false)
        #expect(store.ledger.files.map(\.rows) == [2, 2])
        #expect(store.ledger.totalRejected == 0)
        // Cut at different places: a line completed with the other file's
        // bytes would be an unknown event, rejected.
        #expect(store.report(window: .all, asOf: 1000).byQueue.keys.sorted() == ["sales", "support"])
    }

    @Test func readFullyGathersShortReadsUntilTheEnd() throws {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        defer { close(fds[0]) }
        for part in ["abc", "defg"] {
            _ = part.withCString { write(fds[1], $0, strlen($0)) }
        }
        close(fds[1])
        // A pipe gives each write separately: the helper joins them.
        #expect(try readUpTo(fds[0], limit: 100, at: nil).get() == Array("abcdefg".utf8))
    }

    @Test func readExactlyWantsEveryByte() throws {
        let dir = try TempDataDir(["events.csv": "0123456789"])
        let fd = open(dir.path("events.csv"), O_RDONLY)
        defer { close(fd) }
        #expect(readExactly(fd, count: 4, at: 3) == Array("3456".utf8))
        #expect(readExactly(fd, count: 4, at: 8) == nil)
        #expect(try readUpTo(fd, limit: 4, at: 8).get() == Array("89".utf8))
        #expect(readUpTo(-1, limit: 4, at: 0) == .failure(ReadError(code: EBADF)))
    }
}

/// Issue 13: after 200 quick rename rotations and removing the rotated
/// files, 199 entries said "cannot be read: No such file or directory"
/// instead of "gone": a file listed, then removed before its `stat` or its
/// `open`. A name that vanished is gone, not unreadable; a dangling link
/// (the name is there) still is.
@Suite("Files removed between listing and reading")
struct VanishedFileTests {
    @Test func aVanishedNameIsNotUnreachable() throws {
        let dir = try TempDataDir(["events.csv": "ts,contact_id,event\n"])
        try FileManager.default.createSymbolicLink(atPath: dir.path("events-link.csv"), withDestinationPath: dir.path("nowhere.csv"))
        let gone = DataFile(path: "events-1.csv", kind: .events, format: .csv)
        let link = DataFile(path: "events-link.csv", kind: .events, format: .csv)
        let listing = DirectoryListing([(gone, FileStatus.of(dir.path(gone.path))), (link, FileStatus.of(dir.path(link.path)))])
        #expect(listing.unreachable.keys.sorted() == ["events-link.csv"])
    }

    /// A look that found no such file, judged after the fact: the name is
    /// still gone, or already back as a new file (a rotation removed the
    /// file and renamed the next one onto its name in between), is a file
    /// gone; a link to nothing, or any other failure, cannot be read.
    @Test func aNameBackAlreadyWasStillGone() throws {
        let dir = try TempDataDir(["queue_log.1": "back again\n"])
        try FileManager.default.createSymbolicLink(atPath: dir.path("dangling"), withDestinationPath: dir.path("nowhere"))
        try FileManager.default.createSymbolicLink(atPath: dir.path("link"), withDestinationPath: dir.path("queue_log.1"))
        #expect(FileStatus.vanished(dir.path("queue_log.2"), error: ENOENT))
        #expect(FileStatus.vanished(dir.path("queue_log.1"), error: ENOENT))
        #expect(FileStatus.vanished(dir.path("link"), error: ENOENT))
        #expect(!FileStatus.vanished(dir.path("dangling"), error: ENOENT))
        #expect(!FileStatus.vanished(dir.path("queue_log.1"), error: EACCES))
        #expect(!FileStatus.vanished(dir.path("queue_log.2"), error: EACCES))
    }

    @Test func openingAVanishedFileNotesNothing() throws {
        let dir = try TempDataDir()
        var store = MetricsStore()
        var cursor = FileCursor(file: DataFile(path: "events-1.csv", kind: .events, format: .csv), root: dir.root, store: &store)
        let read = cursor.readAvailable(store: &store, atEnd: true)
        #expect(read.failure == nil)
        #expect(store.ledger.files.allSatisfy { $0.errors.isEmpty && !$0.unreadable })
    }
}
