import Foundation
import TableroCore

/// Deciding how to read bytes new to us: a new file, or a file whose bytes
/// were replaced.
///
/// Its first bytes are compared with what was read of the other files of
/// its kind (still followed, or ghosts: what was read of bytes since
/// truncated, removed or rewritten):
/// - holds all the bytes read of a followed file: a copy of it (logrotate's
///   `copytruncate` copies first, then truncates). It follows that file and
///   is not read while that file lives: those bytes count there. When they
///   are truncated, it carries on from where reading had stopped.
/// - holds all the bytes read of a ghost: it carries on from there with the
///   ghost's parser state (the copy seen after the truncation; a file saved
///   again by an editor with rows added at its end).
/// - is shorter, and the same as far as it goes (a copy still being
///   written, an empty file): it waits (`pending`), compared again when it
///   changes.
/// - anything else: read from its start.
/// The longest match wins; a follower is preferred to a ghost of the same
/// length, as it counts nothing.
extension LiveDirectory {
    private enum Source {
        case live(content: Int)
        case ghost(index: Int)
    }

    private struct Candidate {
        var source: Source
        var fingerprint: PrefixFingerprint
    }

    func classify(_ identity: FileIdentity, store: inout MetricsStore, outcome: inout RefreshOutcome) {
        guard let live = files[identity] else { return }
        let (file, fileID, status) = (live.file, live.fileID, live.status)
        // New bytes: earlier "cannot be read" notes are about the old ones.
        store.ledger.markGone(fileID, false)
        store.ledger.clearFileErrors(fileID)
        files[identity]?.failedAt = nil
        func fail(_ failure: ReadFailure, state: LiveFile.State) {
            files[identity]?.state = state
            store.ledger.fileError(fileID, failure.note)
            outcome.readFailures.append(.init(path: file.path, failure: failure))
        }
        guard status.type == .regular else {
            fail(.notRegular(isDirectory: status.type == .directory), state: .unusable)
            return
        }
        // A file deferred by a sliced first load is read from its start.
        let candidates = deferredNew.remove(identity) != nil ? [] : candidates(for: file, excluding: identity)
        var state: LiveFile.State?
        if !candidates.isEmpty {
            let fd = open(root + "/" + file.path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
            guard fd >= 0 else {
                let problem = FileStatus.Problem(looking: root + "/" + file.path, error: errno)
                // Removed since the listing: the next refresh finds it gone.
                if problem.vanished {
                    files[identity]?.state = .pending
                    return
                }
                // Cannot compare: wait. A chmod changes the status, and the
                // file is compared again then.
                fail(.cannotOpen(problem.reason), state: .pending)
                return
            }
            defer { close(fd) }
            state = match(fd: fd, file: file, fileID: fileID, size: status.size, candidates: candidates, store: &store)
        }
        if let state {
            files[identity]?.state = state
            return
        }
        // Read from the start. A period file read again while its old lines
        // are still counted would count them twice.
        if file.kind.isPeriodKind && store.ledger.files[Int(fileID)].rows > 0 { outcome.reloadAdvised = true }
        var cursor = FileCursor(file: file, root: root, fileID: fileID,
                                parser: FileCursor.makeParser(file, fileID: fileID), offset: 0)
        cursor.fingerprint = PrefixFingerprint()
        files[identity]?.state = .reading(cursor)
    }

    /// The state for a file compared with the candidates; nil: read it from its start.
    private func match(fd: Int32, file: DataFile, fileID: Int32, size: Int, candidates: [Candidate],
                       store: inout MetricsStore) -> LiveFile.State? {
        let head = PrefixFingerprint.readHead(fd)
        var best: Candidate?
        var isPrefix = false
        for candidate in candidates {
            switch candidate.fingerprint.compare(fd: fd, size: size, fileHead: head) {
            case .same:
                if let b = best, b.fingerprint.length > candidate.fingerprint.length { continue }
                if let b = best, b.fingerprint.length == candidate.fingerprint.length, case .live = b.source { continue }
                best = candidate
            case .prefix:
                isPrefix = true
            case .different:
                break
            }
        }
        guard let best else { return isPrefix ? .pending : nil }
        switch best.source {
        case .live(let content):
            return .follower(leader: content)
        case .ghost(let index):
            let ghost = ghosts[index]
            // The copy holds the ghost's bytes: carry on after those parsed
            // (an incomplete last line is read again from the copy).
            guard let print = PrefixFingerprint.of(fd: fd, length: ghost.parsedOffset) else { return .pending }
            var parser = ghost.parser
            parser.fileID = fileID
            var cursor = FileCursor(file: file, root: root, fileID: fileID, parser: parser, offset: ghost.parsedOffset)
            cursor.fingerprint = print
            // Its rows were counted to the file they were read from: they
            // are this file's now (a one-shot read counts them here).
            store.ledger.move(ghost.counted, from: ghost.fileID, to: fileID)
            ghosts.remove(at: index)
            return .reading(cursor)
        }
    }

    /// What was read of other files of the same kind and format.
    private func candidates(for file: DataFile, excluding identity: FileIdentity) -> [Candidate] {
        var out: [Candidate] = []
        // Period files (costs, benefits, customers) are not rotated by
        // copytruncate: a copy beside its original (`costs-bak.csv`) is a
        // file of its kind and counts, as `report` counts it.
        let rotated = file.kind.isRotatedStream
        for (other, live) in files where rotated && other != identity && live.file.kind == file.kind && live.file.format == file.format {
            guard let cursor = live.cursor, let print = cursor.fingerprint, print.length > 0 else { continue }
            out.append(Candidate(source: .live(content: live.content), fingerprint: print))
        }
        for (index, ghost) in ghosts.enumerated() where ghost.kind == file.kind && ghost.format == file.format {
            out.append(Candidate(source: .ghost(index: index), fingerprint: ghost.fingerprint))
        }
        return out
    }
}
