import TableroCore

/// What a worker of a parallel load read from one chunk of an events file,
/// for the main thread to give the store in file order: so the store sees
/// exactly what a one-pass read would give it. Rows are kept small (no
/// `ContactEvent` with its five strings) because the main thread's copying
/// of them was measured as a tenth of its time.
struct EventBatch {
    /// A good row; its names' ids are the batch's own (`names`).
    struct Row {
        var time: Double
        var contactID: String
        var line: Int32
        var queue: Int32
        var channel: Int32
        var agent: Int32
        var kind: ContactEventKind
        var firstContact: Bool?
    }

    /// A bad row, found before any store saw it, and where it stood among
    /// the good ones: before `rows[before]`.
    struct Rejected {
        var before: Int
        var line: Int32
        var reason: String
    }

    var rows: [Row] = []
    /// Per row, `MetricsStore.contactHash` of its id, computed by the
    /// worker; apart from the rows so the store can read ahead in them
    /// (`MetricsStore.warmContacts`).
    var hashes: [UInt64] = []
    var rejected: [Rejected] = []
    /// The names the chunk held, in order of first use: their index is the
    /// id its rows carry.
    var names = BatchNames()
    /// Line breaks in the bytes parsed: the next chunk's first line follows.
    var lines = 0
    /// Bytes at the chunk's end that were no complete record: a quoted
    /// field went on past the chunk, so the split was not at a record's end.
    var unconsumed = 0

    mutating func append(_ parsed: ParsedEvent, line: Int32) {
        append(parsed, hash: MetricsStore.contactHash(parsed.contactID), line: line)
    }

    /// The same, with the id's hash computed already from its bytes.
    @inline(__always)
    mutating func append(_ parsed: ParsedEvent, hash: UInt64, line: Int32) {
        hashes.append(hash)
        rows.append(Row(time: parsed.time, contactID: parsed.contactID, line: line,
                        queue: parsed.ids.queue, channel: parsed.ids.channel, agent: parsed.ids.agent, kind: parsed.kind,
                        firstContact: parsed.firstContact))
    }

    mutating func reject(line: Int32, reason: String) {
        rejected.append(Rejected(before: rows.count, line: line, reason: reason))
    }
}

/// A chunk's own name ids (0, 1, …), mapped to the store's when applied.
struct BatchNames: NameRegistry {
    var texts: [String] = []

    mutating func nameID(_ name: String) -> Int32 {
        texts.append(name)
        return Int32(texts.count - 1)
    }
}

extension EventBatch {
    /// Gives the rows to the store as a one-pass read would: each counts in
    /// the file's rows, a bad one is rejected, a good one is added, in the
    /// file's order. `firstLine` is the file line the chunk started on.
    func apply(to store: inout MetricsStore, fileID: Int32, firstLine: Int) {
        let ids = names.texts.map { store.nameID($0) }
        @inline(__always) func global(_ local: Int32) -> Int32 { local == NameTable.none ? local : ids[Int(local)] }
        let shift = Int32(clamping: firstLine - 1)
        store.ledger.countRows(fileID, rows.count + rejected.count)
        var nextRejected = 0
        rows.withUnsafeBufferPointer { rows in
            hashes.withUnsafeBufferPointer { hashes in
                guard let first = rows.baseAddress else { return }
                for index in 0..<rows.count {
                    // The contacts of the rows eight to sixteen ahead, read all at once.
                    if index & 7 == 0, index + 8 < rows.count {
                        store.warmContacts(UnsafeBufferPointer(rebasing: hashes[(index + 8)..<min(index + 16, rows.count)]))
                    }
                    while nextRejected < rejected.count, rejected[nextRejected].before == index {
                        reject(rejected[nextRejected], store: &store, fileID: fileID, shift: shift)
                        nextRejected += 1
                    }
                    // Field by field through the pointer: binding the whole row
                    // copied it through its value witness (measured, issue 11).
                    let row = first + index
                    store.add(time: row.pointee.time, contactID: row.pointee.contactID, kind: row.pointee.kind,
                              firstContact: row.pointee.firstContact,
                              origin: RowOrigin(file: fileID, line: row.pointee.line + shift),
                              ids: EventNameIDs(queue: global(row.pointee.queue), channel: global(row.pointee.channel),
                                                agent: global(row.pointee.agent)),
                              idHash: hashes[index])
                }
            }
        }
        for r in rejected[nextRejected...] { reject(r, store: &store, fileID: fileID, shift: shift) }
    }

    private func reject(_ r: Rejected, store: inout MetricsStore, fileID: Int32, shift: Int32) {
        store.ledger.reject(RowOrigin(file: fileID, line: r.line + shift), r.reason)
    }
}
