import TableroCore

/// What a worker of a parallel load read from one chunk of an events file,
/// for the main thread to give the store in file order: so the store sees
/// exactly what a one-pass read would give it. Rows are kept small (no
/// `ContactEvent` with its five strings) because the main thread's copying
/// of them was measured as a tenth of its time.
struct EventBatch {
    typealias Row = BatchEventRow
    typealias Rejected = BatchRejection

    var rows: [Row] = []
    /// Per row, the hash of its contact id (`ContactKey.hash(utf8:)`),
    /// computed by the worker; apart from the rows so the store can read
    /// ahead in them (`MetricsStore.warmContacts`).
    var hashes: [UInt64] = []
    /// The texts of the rows' long contact ids (`Row.longID`).
    var longIDs: [String] = []
    var rejected: [Rejected] = []
    /// The names the chunk held, in order of first use: their index is the
    /// id its rows carry.
    var names = BatchNames()
    /// Line breaks in the bytes parsed: the next chunk's first line follows.
    var lines = 0
    /// Bytes at the chunk's end that were no complete record: a quoted
    /// field went on past the chunk, so the split was not at a record's end.
    var unconsumed = 0

    /// A row read by the general reader, its id as text.
    mutating func append(_ parsed: ParsedEvent, line: Int32) {
        let id = ContactID(parsed.contactID)
        var longID: Int32 = -1
        if id.key.isLong {
            longID = Int32(longIDs.count)
            longIDs.append(id.longText)
        }
        append(parsed, key: id.key, hash: id.hash, longID: longID, line: line)
    }

    /// A row whose id's key and hash are made already, from its bytes
    /// (`PlainEventRow`, an id the key holds: `longID` -1).
    @inline(__always)
    mutating func append(_ parsed: ParsedEvent, key: ContactKey, hash: UInt64, longID: Int32, line: Int32) {
        assert(key.isLong == (longID >= 0), "a long id travels with its text")
        hashes.append(hash)
        rows.append(Row(time: parsed.time, key: key, line: line, longID: longID,
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
    /// Gives the rows to the store (`MetricsStore.add(batch:)`), their names
    /// as the store's ids. `firstLine` is the file line the chunk started on.
    func apply(to store: inout MetricsStore, fileID: Int32, firstLine: Int) {
        let ids = names.texts.map { store.nameID($0) }
        store.add(batch: rows, hashes: hashes, longIDs: longIDs, rejected: rejected, names: ids, file: fileID,
                  lineShift: Int32(clamping: firstLine - 1))
    }
}

extension EventBatch: ChunkBatch {
    static let talliesApart = true
    /// The contact rules take the main thread longer than the helpers take
    /// to parse: on 1M contacts about 350 against 290 ms of CPU.
    static let mainThreadBound = true

    static func parse(_ chunk: UnsafeMutableBufferPointer<UInt8>, columnMap: [Int], clock: ZoneClock, final: Bool,
                      quoteFree: Bool) -> EventBatch {
        EventChunkParser.parse(chunk, columnMap: columnMap, clock: clock, final: final, quoteFree: quoteFree)
    }
}
