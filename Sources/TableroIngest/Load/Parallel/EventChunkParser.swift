import TableroCore

/// A worker's read of one chunk of an events CSV: whole lines from the
/// middle of the file, after its header, parsed with the one-pass reader's
/// rules (`CSVRowLoop`, `EventsDecoder.parse`) into a batch, its plain rows
/// in one pass (`PlainEventRow`). It touches no store, so chunks are read
/// side by side.
enum EventChunkParser {
    /// `columnMap` is the header's (read by the main thread); `final` when
    /// the chunk runs to the end of the file; `quoteFree` when it holds no
    /// quote (`CSVScanner.quoteFree`). Lines in the batch count from 1.
    /// `plainRows` false leaves every row to the general reader (tests).
    static func parse(_ chunk: UnsafeMutableBufferPointer<UInt8>, columnMap: [Int], clock: ZoneClock, final: Bool,
                      quoteFree: Bool, plainRows: Bool = true) -> EventBatch {
        var batch = EventBatch()
        batch.rows.reserveCapacity(chunk.count / 48)
        batch.hashes.reserveCapacity(chunk.count / 48)
        var records = CSVRowLoop(columns: EventsDecoder.columns.count)
        records.prepare(for: UnsafeBufferPointer(chunk), quoteFree: quoteFree)
        var names = NameInterner()
        var dates = DateMemo()
        var event = ParsedEvent.none
        var pos = 0
        // Plain rows read in one pass; the others, and every row of a chunk
        // with a quote or a control byte, the general way (`PlainEventRow`).
        var plain = PlainEventRow(clock: clock)
        let readsPlain = plainRows && records.quoteFree && !records.checksControlBytes && PlainEventRow.applies(to: columnMap)
        let end = chunk.count
        while true {
            if readsPlain, let base = chunk.baseAddress,
               let after = plain.read(base, at: pos, end: end, names: &names, registry: &batch.names, into: &event) {
                batch.append(event, key: plain.contactKey, hash: plain.contactHash, longID: -1,
                             line: Int32(clamping: records.scanner.line))
                records.scanner.line += 1
                pos = after
                continue
            }
            guard let (line, bad) = records.nextChunkRow(chunk, pos: &pos, final: final, columnMap: columnMap) else { break }
            if let bad {
                batch.reject(line: line, reason: bad)
            } else if let rejection = EventsDecoder.parse(records.row, clock: clock, names: &names, dates: &dates,
                                                          registry: &batch.names, into: &event) {
                batch.reject(line: line, reason: rejection.reason)
            } else {
                batch.append(event, line: line)
            }
        }
        batch.lines = records.scanner.line - 1
        batch.unconsumed = chunk.count - pos
        return batch
    }
}
