import Foundation
import TableroCore

/// Follows a data directory: each file is read from where it was left, and
/// only appended bytes are parsed (DATA.md; DESIGN.md, "The store").
///
/// A file is known by its identity (device, inode), not its name:
/// - renamed (`queue_log` → `queue_log.1`): the same cursor reads on under
///   the new name; its data-quality entry follows it;
/// - removed: its rows stay counted (history), its entry is marked gone;
///   a file created again at that path is read from its start;
/// - its bytes replaced under what was read (truncated, copytruncate,
///   rewritten in place): read again from the start (`restarted`);
/// - a new file holding bytes already read (a copytruncate copy, a file
///   saved again by an editor with rows added) carries on where those bytes
///   ended, with the parser state they left, so nothing counts twice. See
///   `LiveDirectory+Content.swift`.
///
/// The first call reads everything (in slices with `byteBudget`); later
/// calls cost a listing, a `stat` per file and the appended bytes. Call it
/// when `DirectoryWatcher.drain()` says something happened.
///
/// A last line without its newline waits: a writer may be in the middle of
/// it. It counts once its file has not been modified for `settleSeconds`
/// (the outcome's `settleAt` says when): a stream writer ends its lines
/// within milliseconds, while a file saved by hand without a final newline
/// must not lose its last row for good (`tablero report` counts it).
public struct LiveDirectory {
    public let root: String
    public let settingsPath: String
    public var settleSeconds: Double

    var files: [FileIdentity: LiveFile] = [:]
    /// Most recent last, at most `ghostsKept`.
    var ghosts: [Ghost] = []
    /// Listed paths `stat` fails on (a dangling link), with the reason noted.
    var unreachable: [String: String] = [:]
    /// The settings file as last seen: a change of any of its fingerprint is reported.
    var settings: FileFingerprint?
    var lastContent = 0
    /// Contents of period files gone during this refresh.
    private var goneLines: Set<Int> = []

    static let ghostsKept = 64

    /// `settingsPath` defaults to `root/tablero.toml`. Its state now is the
    /// baseline: a later change is reported by `refresh`.
    public init(root: String, settingsPath: String? = nil, settleSeconds: Double = 2) {
        self.root = root
        self.settingsPath = settingsPath ?? root + "/tablero.toml"
        self.settleSeconds = settleSeconds
        settings = FileFingerprint(path: self.settingsPath)
    }

    /// Brings the store up to date with the directory. `byteBudget` caps the
    /// bytes read by this call (give or take a 1 MiB chunk; `pending` then
    /// says to call again). `now` is the wall clock (for the settle time of
    /// held last lines), given by tests.
    public mutating func refresh(store: inout MetricsStore, byteBudget: Int? = nil, now: Double? = nil) -> RefreshOutcome {
        var outcome = RefreshOutcome()
        let rowsBefore = Self.rows(store)
        // A file turning unreadable changes only the ledger: the
        // data-quality view must still be redrawn.
        let ledgerBefore = store.ledger
        let seenSettings = FileFingerprint(path: settingsPath)
        if seenSettings != settings {
            settings = seenSettings
            outcome.settingsChanged = true
        }
        let listing: [DataFile]
        do {
            listing = try DataDirectory.list(root)
        } catch {
            outcome.directoryProblem = "\(error)"
            finish(&outcome, store: store, rowsBefore: rowsBefore)
            return outcome
        }

        // What is there now, by identity, in read order.
        var present: [FileIdentity: (file: DataFile, status: FileStatus)] = [:]
        var order: [FileIdentity] = []
        var problems: [String: (file: DataFile, reason: String)] = [:]
        for file in listing {
            switch FileStatus.of(root + "/" + file.path) {
            case .success(let status):
                // Two names of one file (a hard link): read once, by the first.
                if present[status.identity] == nil {
                    present[status.identity] = (file, status)
                    order.append(status.identity)
                }
            case .failure(let problem):
                problems[file.path] = (file, problem.reason)
            }
        }

        // Files followed before: gone, renamed, or with their bytes replaced.
        // Done before new files are looked at, so a path freed by a rename
        // goes to the new file, and a ghost made here can be matched below.
        var toClassify: [FileIdentity] = []
        for identity in Array(files.keys) {
            let live = files[identity]!
            guard let now = present[identity], now.file.kind == live.file.kind, now.file.format == live.file.format,
                  now.status.type == live.status.type else {
                retire(identity, store: &store, outcome: &outcome)
                continue
            }
            let replaced = now.status != live.status && live.cursor.map { bytesReplaced($0, path: now.file.path, size: now.status.size) } == true
            if now.file.path != live.file.path && replaced {
                // A rename never changes bytes already read: this is another
                // file that got the inode of a removed one.
                retire(identity, store: &store, outcome: &outcome)
                continue
            }
            if now.file.path != live.file.path {
                outcome.renamed.append(.init(from: live.file.path, to: now.file.path))
                store.ledger.rename(live.fileID, to: now.file.path)
                files[identity]!.file = now.file
                if case .reading = live.state, case .reading(var cursor) = take(identity) {
                    cursor.rename(to: now.file, root: root)
                    files[identity]!.state = .reading(cursor)
                }
            }
            guard now.status != live.status else { continue }
            switch live.state {
            case .reading:
                if replaced {
                    bury(identity)
                    files[identity]!.content = newContent()
                    outcome.restarted.append(now.file.path)
                    toClassify.append(identity)
                }
            case .pending, .follower:
                toClassify.append(identity)
            case .unusable:
                break
            }
            files[identity]!.status = now.status
        }

        noteUnreachable(problems, store: &store)

        // New files, in read order.
        for identity in order where files[identity] == nil {
            let (file, status) = present[identity]!
            let fileID = store.ledger.fileID(path: file.path, kind: file.kind)
            files[identity] = LiveFile(file: file, fileID: fileID, state: .pending, content: newContent(), status: status)
            outcome.added.append(file.path)
            toClassify.append(identity)
        }
        // Followers whose leader's bytes went: they carry on from the ghost.
        let leaders = Set(files.values.compactMap { $0.cursor == nil ? nil : $0.content })
        for (identity, live) in files {
            if case .follower(let leader) = live.state, !leaders.contains(leader), !toClassify.contains(identity) {
                toClassify.append(identity)
            }
        }
        for identity in toClassify {
            classify(identity, store: &store, outcome: &outcome)
        }
        // A period file gone with lines counted, and no file carrying on its
        // bytes (an editor's save does): those lines should no longer count.
        if ghosts.contains(where: { goneLines.contains($0.content) }) { outcome.reloadAdvised = true }
        goneLines = []

        read(order: order, store: &store, budget: byteBudget ?? .max, now: now ?? wallClockNow(), outcome: &outcome)
        finish(&outcome, store: store, rowsBefore: rowsBefore)
        outcome.ledgerChanged = store.ledger != ledgerBefore
        return outcome
    }

    /// Whether bytes under the cursor's offset changed: the file is shorter,
    /// or its first or last bytes read differ (open failures say no: the
    /// read reports them).
    private func bytesReplaced(_ cursor: FileCursor, path: String, size: Int) -> Bool {
        if size < cursor.offset { return true }
        guard let print = cursor.fingerprint, print.length > 0 else { return false }
        let fd = open(root + "/" + path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return !print.stillMatches(fd: fd)
    }

    /// The file went (or changed kind by a rename): rows stay, entry gone.
    private mutating func retire(_ identity: FileIdentity, store: inout MetricsStore, outcome: inout RefreshOutcome) {
        guard let live = files[identity] else { return }
        bury(identity)
        files[identity] = nil
        store.ledger.markGone(live.fileID)
        outcome.gone.append(live.file.path)
        if live.file.kind.isPeriodKind && store.ledger.files[Int(live.fileID)].rows > 0 { goneLines.insert(live.content) }
    }

    /// Keeps what was read of a file's present bytes as a ghost.
    private mutating func bury(_ identity: FileIdentity) {
        guard let live = files[identity], case .reading(let cursor) = live.state,
              let print = cursor.fingerprint, print.length > 0 else { return }
        ghosts.append(Ghost(content: live.content, kind: live.file.kind, format: live.file.format,
                            parser: cursor.parser, parsedOffset: cursor.parsedOffset, fingerprint: print))
        files[identity]!.state = .pending
        // Forget the oldest ghosts, but not one a follower waits on.
        let followed = Set(files.values.compactMap { if case .follower(let l) = $0.state { l } else { nil } })
        var excess = ghosts.count - Self.ghostsKept
        ghosts.removeAll { ghost in
            guard excess > 0, !followed.contains(ghost.content) else { return false }
            excess -= 1
            return true
        }
    }

    /// Listed paths that cannot be looked up: noted once per reason.
    private mutating func noteUnreachable(_ problems: [String: (file: DataFile, reason: String)], store: inout MetricsStore) {
        for (path, problem) in problems where unreachable[path] != problem.reason {
            let id = store.ledger.fileID(path: path, kind: problem.file.kind)
            store.ledger.markGone(id, false)
            store.ledger.clearFileErrors(id)
            store.ledger.fileError(id, "cannot be read: \(problem.reason)")
            unreachable[path] = problem.reason
        }
        for path in unreachable.keys where problems[path] == nil {
            unreachable[path] = nil
        }
    }

    /// Takes the state out of the table so the cursor's buffer has one owner
    /// (a copy left behind would make the next read copy the whole buffer).
    mutating func take(_ identity: FileIdentity) -> LiveFile.State {
        let state = files[identity]!.state
        files[identity]!.state = .pending
        return state
    }

    mutating func newContent() -> Int {
        lastContent += 1
        return lastContent
    }

    private func finish(_ outcome: inout RefreshOutcome, store: MetricsStore, rowsBefore: Int) {
        for live in files.values {
            guard let cursor = live.cursor, !cursor.finished else { continue }
            outcome.bytesKnown += live.status.size
            outcome.bytesConsumed += min(cursor.offset, live.status.size)
        }
        outcome.rows = Self.rows(store)
        outcome.rowsRead = outcome.rows - rowsBefore
    }

    static func rows(_ store: MetricsStore) -> Int {
        store.ledger.files.reduce(0) { $0 + $1.rows }
    }
}

extension FileKind {
    /// Files of lines per period: read again, they would count twice.
    var isPeriodKind: Bool { self == .costs || self == .benefits || self == .customers }
}
