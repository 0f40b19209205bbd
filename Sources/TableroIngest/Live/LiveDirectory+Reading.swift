import TableroCore

/// The last step of `refresh` (list → diff → plan → read): the appended
/// bytes of every file being read, in read order, within a budget, all
/// through the directory's one buffer.
extension LiveDirectory {
    /// What one file's read needs, taken before its cursor is: plain values.
    private struct Due {
        var size: Int
        var modified: Double
        var status: FileStatus
    }

    /// Nil when the file is not read this time: not being read, finished,
    /// or failed before with the same status.
    private func due(_ identity: FileIdentity, store: inout MetricsStore) -> Due? {
        guard let live = files[identity], let cursor = live.cursor, !cursor.finished else { return nil }
        if let failedAt = live.failedAt {
            // Could not be read: tried again once its status moved.
            if failedAt == live.status { return nil }
            store.ledger.clearFileErrors(live.fileID)
            files[identity]?.failedAt = nil
        }
        return Due(size: live.status.size, modified: live.status.modified, status: live.status)
    }

    func read(order: [FileIdentity], store: inout MetricsStore, budget: Int, now: Double, outcome: inout RefreshOutcome) {
        var remaining = budget
        // A sliced read (a first load) reads the next new file's first
        // chunks while one file's last are applied, as `report` does.
        let ahead = budget < .max && workers > 1 ? ReadAhead(workers: workers, chunkBytes: chunkBytes, forSlices: true) : nil
        defer { ahead?.drain() }
        for (position, identity) in order.enumerated() {
            guard let due = due(identity, store: &store), case .reading(var cursor)? = take(identity) else { continue }
            defer { files[identity]?.state = .reading(cursor) }
            let hadNothingNew = cursor.offset >= due.size
            if !hadNothingNew {
                guard remaining > 0 else {
                    outcome.pending = true
                    continue
                }
                ahead?.following = newFileRead(after: position, in: order, budget: remaining - (due.size - cursor.offset))
                let read = ParallelRead.readSlice(&cursor, store: &store, buffer: buffer, workers: workers,
                                                  size: due.size, limit: remaining, chunkBytes: chunkBytes, ahead: ahead)
                remaining -= read.bytes
                outcome.bytesRead += read.bytes
                if let failure = read.failure {
                    outcome.readFailures.append(.init(path: cursor.file.path, failure: failure))
                    // Binary data is final; anything else is tried again
                    // once the file's status moves (a chmod, a write).
                    if !cursor.finished { files[identity]?.failedAt = due.status }
                    continue
                }
                if cursor.offset < due.size {
                    // Left part way (a slice's chunks end before its budget
                    // does): no later file is read before the rest of this
                    // one, as a one-pass read would not. Its budget's rest
                    // went to the next files, read out of order (a review:
                    // 100 orphans on 2 workers where 1 had none).
                    outcome.pending = true
                    break
                }
            }
            settleHeldLine(&cursor, due: due, store: &store, now: now, outcome: &outcome)
            // The file is read to its size. Its caches go until it grows
            // when it had nothing new (a directory of 1,200 files kept
            // 1,200 parsers' names), and at once when a first load's slice
            // read it: most such files are not written to again, and the
            // names of a 64 MiB slice's 420 files of 160 KB, kept until
            // the next slice, were 15 MB of the peak.
            if hadNothingNew || budget < .max { cursor.shedCaches() }
        }
    }

    /// The file read next, when it is new (nothing of it read) and the
    /// rest of the slice's budget holds it whole: the one `ReadAhead` may
    /// start. Nil when the next file to read is not such a one.
    private func newFileRead(after position: Int, in order: [FileIdentity], budget: Int) -> (file: DataFile, path: String)? {
        for identity in order[(position + 1)...] {
            guard let live = files[identity], let cursor = live.cursor, !cursor.finished,
                  cursor.offset < live.status.size else { continue }
            guard cursor.offset == 0, live.status.size <= budget, live.failedAt == nil else { return nil }
            return (cursor.file, cursor.fullPath)
        }
        return nil
    }

    /// A last line without its newline: counted once the file has been left
    /// alone for `settleSeconds`, and only when nothing beyond the size seen
    /// was read (that would be a writer at work).
    private func settleHeldLine(_ cursor: inout FileCursor, due: Due, store: inout MetricsStore, now: Double,
                                outcome: inout RefreshOutcome) {
        guard cursor.offset > cursor.parsedOffset, cursor.offset == due.size, cursor.provisional == nil else { return }
        let settleAt = due.modified + settleSeconds
        if !holdsLastLines || now >= settleAt {
            cursor.settleHeldLine(store: &store, buffer: buffer)
        } else {
            outcome.settleAt = min(outcome.settleAt ?? .infinity, settleAt)
        }
    }
}
