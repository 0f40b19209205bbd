import TableroCore

/// What a worker of a parallel load read from one chunk of an events file,
/// in the chunk's order, for the main thread to give the store in file
/// order: so the store sees exactly what a one-pass read would give it.
struct EventBatch {
    enum Entry {
        /// A good row; its names' ids are the batch's own (`names`).
        case event(ParsedEvent, line: Int32)
        /// A bad row and why (before the store saw it).
        case rejected(line: Int32, reason: String)
    }

    var entries: [Entry] = []
    /// The names the chunk held, in order of first use: their index is the
    /// id its events carry.
    var names = BatchNames()
    /// Line breaks in the bytes parsed: the next chunk's first line follows.
    var lines = 0
    /// Bytes at the chunk's end that were no complete record: a quoted
    /// field went on past the chunk, so the split was not at a record's end.
    var unconsumed = 0
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
    /// the file's rows, a bad one is rejected, a good one is added.
    /// `firstLine` is the file line the chunk started on.
    func apply(to store: inout MetricsStore, fileID: Int32, firstLine: Int) {
        let ids = names.texts.map { store.nameID($0) }
        @inline(__always) func global(_ local: Int32) -> Int32 { local == NameTable.none ? local : ids[Int(local)] }
        let shift = Int32(clamping: firstLine - 1)
        for entry in entries {
            store.ledger.countRow(fileID)
            switch entry {
            case .event(let parsed, let line):
                let origin = RowOrigin(file: fileID, line: line + shift)
                let local = parsed.ids
                store.add(parsed.event, origin: origin,
                          ids: EventNameIDs(queue: global(local.queue), channel: global(local.channel), agent: global(local.agent)))
            case .rejected(let line, let reason):
                store.ledger.reject(RowOrigin(file: fileID, line: line + shift), reason)
            }
        }
    }
}
