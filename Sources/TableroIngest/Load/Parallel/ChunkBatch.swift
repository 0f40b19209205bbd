import TableroCore

/// What a worker of a parallel load makes of one chunk of a CSV file past
/// its header, for the main thread to give the store in file order: so the
/// store sees exactly what a one-pass read would give it. One kind per
/// file kind read in parallel (`EventBatch`, `SurveyBatch`).
protocol ChunkBatch: Sendable {
    init()
    /// Reads the whole lines of `chunk` with the one-pass reader's rules.
    /// `columnMap` is the header's (read by the main thread); `final` when
    /// the chunk runs to the end of the file; `quoteFree` when it holds no
    /// quote (`CSVScanner.quoteFree`). Lines in the batch count from 1.
    static func parse(_ chunk: UnsafeMutableBufferPointer<UInt8>, columnMap: [Int], clock: ZoneClock, final: Bool,
                      quoteFree: Bool) -> Self
    /// Gives the rows to the store; `firstLine` is the file line the chunk started on.
    func apply(to store: inout MetricsStore, fileID: Int32, firstLine: Int)
    /// Line breaks in the bytes parsed: the next chunk's first line follows.
    var lines: Int { get }
    /// Bytes at the chunk's end that were no complete record: a quoted
    /// field went on past the chunk, so the split was not at a record's end.
    var unconsumed: Int { get }
    /// Whether the store's tallies go to a thread of their own while the
    /// batches are applied (`MetricsStore.beginTallies`): only the events'
    /// contact rules can run with them apart.
    static var talliesApart: Bool { get }
    /// Whether the main thread, giving the batches to the store, is the
    /// load's bottleneck, so that the helpers keep off its CPU
    /// (`HelperPlacement`); when parsing is the longer part, the helpers
    /// need every CPU.
    static var mainThreadBound: Bool { get }
}

/// A chunk of a surveys file, read by a worker (`SurveysDecoder.parse`):
/// its answers and bad rows in file order. Issue 11: the one-pass read of
/// the surveys after a large events file took a tenth of a 1M-contact
/// directory's load on the main thread, while the workers stood idle.
struct SurveyBatch: ChunkBatch {
    /// An answer adds to its day's tallies itself.
    static let talliesApart = false
    /// Parsing is the longer part: on 1M contacts' 320,000 answers, about
    /// 116 ms of the helpers' CPU against 47 ms of the main thread's. Kept
    /// off the main thread's CPU, the helpers made a surveys-only load
    /// slower (0.07 against 0.05–0.06 s, issue 11).
    static let mainThreadBound = false

    var rows: [SurveyBatchRow] = []
    var lines = 0
    var unconsumed = 0

    static func parse(_ chunk: UnsafeMutableBufferPointer<UInt8>, columnMap: [Int], clock: ZoneClock, final: Bool,
                      quoteFree: Bool) -> SurveyBatch {
        var batch = SurveyBatch()
        var records = CSVRowLoop(columns: SurveysDecoder.columns.count)
        records.prepare(for: UnsafeBufferPointer(chunk), quoteFree: quoteFree)
        var pos = 0
        while let (line, bad) = records.nextChunkRow(chunk, pos: &pos, final: final, columnMap: columnMap) {
            if let bad {
                batch.rows.append(.rejected(line: line, reason: bad))
                continue
            }
            switch SurveysDecoder.parse(records.row, clock: clock) {
            case .success(let answer): batch.rows.append(.answer(answer, line: line))
            case .failure(let rejection): batch.rows.append(.rejected(line: line, reason: rejection.reason))
            }
        }
        batch.lines = records.scanner.line - 1
        batch.unconsumed = chunk.count - pos
        return batch
    }

    /// Each row counts in the file's rows; then, as `CSVFileParser` does
    /// it, a bad one is rejected and an answer goes to the store (which may
    /// still reject it: a score off the scale, a row in the future).
    func apply(to store: inout MetricsStore, fileID: Int32, firstLine: Int) {
        store.add(surveys: rows, file: fileID, lineShift: Int32(clamping: firstLine - 1))
    }
}
