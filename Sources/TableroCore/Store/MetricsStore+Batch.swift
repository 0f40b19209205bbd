/// A good events row of a parallel load's batch (`TableroIngest.EventBatch`):
/// its fields, its names as the batch's own ids. Defined here so that the
/// loop giving a batch to the store runs inside this module, where the
/// contact rules are inlined into it (issue 11: the call per row across
/// modules, and the event built and destroyed for it, measured at a tenth
/// of a large load's main thread). Plain bytes: the contact id is its key,
/// and a long id's text is in the batch's `longIDs` at `longID`.
public struct BatchEventRow: Sendable {
    public var time: Double
    /// The contact id, as its key.
    public var key: ContactKey
    public var line: Int32
    /// Where the id's text is in the batch's `longIDs` (a long key), or -1.
    public var longID: Int32
    public var queue: Int32
    public var channel: Int32
    public var agent: Int32
    public var kind: ContactEventKind
    public var firstContact: Bool?

    public init(time: Double, key: ContactKey, line: Int32, longID: Int32, queue: Int32, channel: Int32, agent: Int32,
                kind: ContactEventKind, firstContact: Bool?) {
        self.time = time
        self.key = key
        self.line = line
        self.longID = longID
        self.queue = queue
        self.channel = channel
        self.agent = agent
        self.kind = kind
        self.firstContact = firstContact
    }
}

/// A bad row of a batch, found before any store saw it, and where it stood
/// among the good ones: before `rows[before]`.
public struct BatchRejection: Sendable {
    public var before: Int
    public var line: Int32
    public var reason: String

    public init(before: Int, line: Int32, reason: String) {
        self.before = before
        self.line = line
        self.reason = reason
    }
}

extension MetricsStore {
    /// A batch's rows, in file order, as a one-pass read gives them: each
    /// counts in the file's rows, a bad one is rejected, a good one added.
    /// `hashes` are the rows' ids' hashes (`ContactKey.hash(utf8:)`);
    /// `longIDs` the texts of their long ids; `names` maps the batch's name
    /// ids to the store's; `lineShift` turns the batch's lines into the file's.
    public mutating func add(batch rows: [BatchEventRow], hashes: [UInt64], longIDs: [String], rejected: [BatchRejection],
                             names: [Int32], file: Int32, lineShift: Int32) {
        // The row loop reads the hashes beside the rows without bounds checks.
        precondition(hashes.count == rows.count, "a hash per row")
        ledger.countRows(file, rows.count + rejected.count)
        func reject(_ r: BatchRejection) { ledger.reject(RowOrigin(file: file, line: r.line + lineShift), r.reason) }
        var nextRejected = 0
        // When no row is after the cutoff or in the future, which the batch's
        // latest time tells, a row's admission is only the newest time, and
        // the file's newest row time is noted once for the batch: per row it
        // was a twenty-fifth of a large load's main thread (issue 11).
        // (A NaN time, which no reader makes, stays NaN here: each row is then admitted alone.)
        let latest = rows.reduce(-Double.infinity) { $1.time > $0 || $1.time.isNaN ? $1.time : $0 }
        let admitted = latest.isFinite && latest <= (cutoff ?? .infinity) && latest <= (futureLimit ?? .infinity)
        rows.withUnsafeBufferPointer { rows in
            hashes.withUnsafeBufferPointer { hashes in
                names.withUnsafeBufferPointer { names in
                    @inline(__always) func global(_ local: Int32) -> Int32 { local == NameTable.none ? local : names[Int(local)] }
                    for index in rows.indices {
                        // The index places of the rows sixteen to twenty-four
                        // ahead asked for all at once, and the records of those
                        // eight to sixteen ahead (`warmContacts`). On 10M
                        // contacts, places 16 rows ahead measured 3.93 s median
                        // against 4.08 s for 8, and 3.64 s against 3.74 s for
                        // 32 (6 alternating runs each). A batch's first 16 rows
                        // are not asked for.
                        if index & 7 == 0, index + 16 < rows.count {
                            warmContacts(UnsafeBufferPointer(rebasing: hashes[(index + 16)..<min(index + 24, rows.count)]),
                                         records: UnsafeBufferPointer(rebasing: hashes[(index + 8)..<(index + 16)]))
                        }
                        while nextRejected < rejected.count, rejected[nextRejected].before == index {
                            reject(rejected[nextRejected])
                            nextRejected += 1
                        }
                        // Field by field through the pointer: binding the whole row
                        // copied it through its value witness (measured, issue 11).
                        let row = rows.baseAddress! + index
                        let longID = row.pointee.longID
                        assert(row.pointee.key.isLong == (longID >= 0), "a long id travels with its text")
                        add(StoreEvent(time: row.pointee.time, key: row.pointee.key, kind: row.pointee.kind,
                                       firstContact: row.pointee.firstContact),
                            text: longID < 0 ? .none : EventText(longID: longIDs[Int(longID)], caller: ""),
                            origin: RowOrigin(file: file, line: row.pointee.line + lineShift),
                            ids: EventNameIDs(queue: global(row.pointee.queue), channel: global(row.pointee.channel),
                                              agent: global(row.pointee.agent)),
                            idHash: hashes[index], admitted: admitted)
                    }
                }
            }
        }
        for r in rejected[nextRejected...] { reject(r) }
        if admitted { ledger.noteRowTime(file, latest) }
    }
}
