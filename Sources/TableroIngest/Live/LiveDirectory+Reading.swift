import TableroCore

/// Reading the appended bytes of every file, in read order, within a budget.
extension LiveDirectory {
    /// What to do with one file this time; plain values, so no copy of its
    /// cursor is alive while it reads (its buffer would be copied).
    private struct Plan {
        var fileID: Int32
        var size: Int
        var modified: Double
        var status: FileStatus
    }

    private mutating func plan(_ identity: FileIdentity, store: inout MetricsStore) -> Plan? {
        guard let live = files[identity], let cursor = live.cursor, !cursor.finished else { return nil }
        if let failedAt = live.failedAt {
            // Could not be opened: tried again once its status moved.
            if failedAt == live.status { return nil }
            store.ledger.clearFileErrors(live.fileID)
            files[identity]!.failedAt = nil
        }
        return Plan(fileID: live.fileID, size: live.status.size, modified: live.status.modified, status: live.status)
    }

    mutating func read(order: [FileIdentity], store: inout MetricsStore, budget: Int, now: Double, outcome: inout RefreshOutcome) {
        var remaining = budget
        for identity in order {
            guard let plan = plan(identity, store: &store) else { continue }
            guard case .reading(var cursor) = take(identity) else { continue }
            defer { files[identity]!.state = .reading(cursor) }
            if cursor.offset < plan.size {
                guard remaining > 0 else {
                    outcome.pending = true
                    continue
                }
                let n = cursor.readAvailable(store: &store, atEnd: false, limit: remaining)
                remaining -= n
                outcome.bytesRead += n
                if store.ledger.files[Int(plan.fileID)].unreadable && !cursor.finished {
                    files[identity]!.failedAt = plan.status
                    continue
                }
                if cursor.offset < plan.size { outcome.pending = true }
            }
            // A last line without its newline: counted once the file has
            // been left alone for `settleSeconds`, and only when nothing
            // beyond the size seen was read (that would be a writer at work).
            guard cursor.offset > cursor.parsedOffset else { continue }
            let settleAt = plan.modified + settleSeconds
            if now >= settleAt && cursor.offset == plan.size {
                cursor.readAvailable(store: &store, atEnd: true)
            } else if cursor.offset == plan.size {
                outcome.settleAt = min(outcome.settleAt ?? .infinity, settleAt)
            }
        }
    }
}
