import Foundation
import TableroCore

/// The third step of `refresh` (list → diff → plan → read): from the diff,
/// what becomes of each file. Retired (gone: rows stay, entry marked gone),
/// renamed (the cursor reads on under the new name), read again from its
/// start (bytes replaced under what was read), or compared with what was
/// read of other files (`classify`, in `LiveDirectory+Content.swift`).
extension LiveDirectory {
    /// With `newFileLimit`, at most that many new files are taken; the
    /// others are left for the next refresh (they are still new then), and
    /// their bytes are counted as known so the progress bar is true.
    /// Returns the files listed for the first time (taken, or left for the
    /// next refresh), in read order.
    @discardableResult
    func plan(_ diff: FollowDiff, listing: DirectoryListing, store: inout MetricsStore, outcome: inout RefreshOutcome,
              newFileLimit: Int? = nil) -> [DataFile] {
        // Contents of period files gone with lines counted.
        var goneLines: Set<Int> = []
        // Files followed before go first, so a path freed by a rename goes
        // to the new file, and a ghost made here can be matched below.
        var toClassify: [FileIdentity] = []
        for followed in diff.changed {
            switch followed.change {
            case .gone:
                if let content = retire(followed.identity, store: &store, outcome: &outcome) { goneLines.insert(content) }
            case .seen(let file, let status):
                switch follow(followed.identity, as: file, status: status, store: &store, outcome: &outcome) {
                case .retired(let content): if let content { goneLines.insert(content) }
                case .classify: toClassify.append(followed.identity)
                case .unchanged: break
                }
            }
        }

        noteUnreachable(listing.unreachable, store: &store, outcome: &outcome)

        // New files, in read order (after the retirements: an inode freed
        // by one may already name a new file).
        var room = newFileLimit ?? .max
        var firstSeen: [DataFile] = []
        deferredNew.formIntersection(listing.entries.keys)
        for identity in listing.order where files[identity] == nil {
            guard let entry = listing.entries[identity] else { continue }
            if !deferredNew.contains(identity) { firstSeen.append(entry.file) }
            guard room > 0 else {
                outcome.pending = true
                outcome.bytesKnown += entry.status.size
                deferredNew.insert(identity)
                continue
            }
            room -= 1
            let fileID = store.ledger.fileID(path: entry.file.path, kind: entry.file.kind)
            files[identity] = LiveFile(file: entry.file, fileID: fileID, state: .pending, content: newContent(), status: entry.status)
            outcome.added.append(entry.file.path)
            toClassify.append(identity)
        }
        // Followers whose leader's bytes went: they carry on from the ghost.
        let leaders = Set(files.values.compactMap { $0.cursor == nil ? nil : $0.content })
        let orphans = files.filter { identity, live in
            if case .follower(let leader) = live.state { !leaders.contains(leader) && !toClassify.contains(identity) } else { false }
        }
        toClassify += orphans.sorted { $0.value.file.path < $1.value.file.path }.map(\.key)
        for identity in toClassify {
            classify(identity, store: &store, outcome: &outcome)
        }
        // A period file gone with lines counted, and no file carrying on its
        // bytes (an editor's save does): those lines should no longer count.
        if ghosts.contains(where: { goneLines.contains($0.content) }) { outcome.reloadAdvised = true }
        return firstSeen
    }

    private enum FollowStep {
        /// Retired; the content of a period file's counted lines, if any.
        case retired(Int?)
        /// To be compared again (new bytes, or a pending or follower file changed).
        case classify
        case unchanged
    }

    /// A followed file still listed, maybe under a new name or with a new status.
    private func follow(_ identity: FileIdentity, as file: DataFile, status: FileStatus,
                        store: inout MetricsStore, outcome: inout RefreshOutcome) -> FollowStep {
        guard let live = files[identity] else { return .unchanged }
        let replaced = status != live.status && live.cursor.map { bytesReplaced($0, path: file.path, size: status.size) } == true
        let renamed = file.path != live.file.path
        if renamed && replaced {
            // A rename never changes bytes already read: this is another
            // file that got the inode of a removed one.
            return .retired(retire(identity, store: &store, outcome: &outcome))
        }
        if renamed {
            outcome.renamed.append(.init(from: live.file.path, to: file.path))
            store.ledger.rename(live.fileID, to: file.path)
            files[identity]?.file = file
            if case .reading(var cursor) = live.state {
                cursor.rename(to: file, root: root)
                files[identity]?.state = .reading(cursor)
            }
        }
        guard status != live.status else { return .unchanged }
        files[identity]?.status = status
        switch live.state {
        case .reading:
            guard replaced else { return .unchanged }
            bury(identity, store: store)
            files[identity]?.content = newContent()
            outcome.restarted.append(file.path)
            return .classify
        case .pending, .follower:
            return .classify
        case .unusable:
            return .unchanged
        }
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
    /// Returns its content when it is a period file with lines counted.
    @discardableResult
    private func retire(_ identity: FileIdentity, store: inout MetricsStore, outcome: inout RefreshOutcome) -> Int? {
        guard let live = files[identity] else { return nil }
        bury(identity, store: store)
        files[identity] = nil
        store.ledger.markGone(live.fileID)
        outcome.gone.append(live.file.path)
        let counted = store.ledger.files[Int(live.fileID)].rows > 0
        return live.file.kind.isPeriodKind && counted ? live.content : nil
    }

    /// Keeps what was read of a file's present bytes as a ghost.
    private func bury(_ identity: FileIdentity, store: MetricsStore) {
        guard let live = files[identity], case .reading(let cursor) = live.state,
              let print = cursor.fingerprint, print.length > 0 else { return }
        ghosts.append(Ghost(content: live.content, fileID: live.fileID, counted: store.ledger.counts(live.fileID),
                            kind: live.file.kind, format: live.file.format,
                            parser: cursor.parser, parsedOffset: cursor.parsedOffset, fingerprint: print))
        files[identity]?.state = .pending
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
    private func noteUnreachable(_ problems: [String: (file: DataFile, reason: String)], store: inout MetricsStore,
                                 outcome: inout RefreshOutcome) {
        for (path, problem) in problems.sorted(by: { $0.key < $1.key }) where unreachable[path] != problem.reason {
            let id = store.ledger.fileID(path: path, kind: problem.file.kind)
            store.ledger.markGone(id, false)
            store.ledger.clearFileErrors(id)
            let failure = ReadFailure.cannotOpen(problem.reason)
            store.ledger.fileError(id, failure.note)
            outcome.readFailures.append(.init(path: path, failure: failure))
            unreachable[path] = problem.reason
        }
        for path in unreachable.keys where problems[path] == nil {
            unreachable[path] = nil
        }
    }
}
