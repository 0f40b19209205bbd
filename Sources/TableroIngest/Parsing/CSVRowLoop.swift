/// The record loop of a CSV file, shared by the one-pass parser
/// (`CSVFileParser`) and the chunk workers of a parallel load
/// (`EventChunkParser`, `SurveyBatch`), so both apply the same rules: blank rows skipped,
/// a control byte found, fields put in the decoder's column order.
struct CSVRowLoop {
    var scanner = CSVScanner()
    /// The fields of the row `next` returned; valid until the next call.
    var row: RowFields
    /// False when the buffer holds no forbidden byte (`prepare`): rows are
    /// then not searched for one.
    private(set) var checksControlBytes = true
    /// True when the buffer holds no quote, no line is being skipped and
    /// the buffer is within the record limit (`prepare`): records are split
    /// the quote-free way.
    private(set) var quoteFree = false

    init(columns: Int) {
        row = RowFields(columns: columns)
    }

    /// How the records of `buffer` (the bytes from where reading goes on)
    /// are read, decided once per buffer (issue 11): its rows are searched
    /// for control bytes only if it holds one, and it is split the
    /// quote-free way when it holds no quote (`quoteFree`, when the caller
    /// knows already), no line is being skipped and it is within the record
    /// limit, so that no record would be rejected as too long either.
    mutating func prepare(for buffer: UnsafeBufferPointer<UInt8>, quoteFree known: Bool? = nil) {
        checksControlBytes = ControlBytes.anyForbidden(buffer)
        quoteFree = buffer.count <= maxRecordBytes && !scanner.skippingRestOfLine && (known ?? CSVScanner.quoteFree(buffer))
    }

    /// A row of a chunk past its header (`columnMap` given), for a parallel
    /// load's workers: its line, and why it is bad (a record that cannot be
    /// read, or a control byte in it), or nil with its fields in `row`.
    @inline(__always)
    mutating func nextChunkRow(_ buffer: UnsafeMutableBufferPointer<UInt8>, pos: inout Int, final: Bool,
                               columnMap: [Int]) -> (line: Int32, bad: String?)? {
        while let next = next(buffer, pos: &pos, final: final, columnMap: columnMap) {
            switch next {
            case .bad(let line, let reason): return (Int32(clamping: line), reason)
            case .header: continue  // never: the column map is given
            case .row(let line, let controlByte): return (Int32(clamping: line), controlByte.map(ControlBytes.reason))
            }
        }
        return nil
    }

    enum Next {
        /// A record that cannot be read (it counts as a row and is rejected).
        case bad(line: Int, reason: String)
        /// No column map yet: this record is the header, its fields in `scanner`.
        case header(line: Int)
        /// A row in `row`; `controlByte` is a forbidden byte it holds (a bad row).
        case row(line: Int, controlByte: UInt8?)
    }

    /// The next record at `pos` that is not blank, nil when the buffer holds
    /// no complete one (see `CSVScanner.next`).
    @inline(__always)
    mutating func next(_ buffer: UnsafeMutableBufferPointer<UInt8>, pos: inout Int, final: Bool, columnMap: [Int]?) -> Next? {
        guard let base = buffer.baseAddress else { return nil }
        while let outcome = quoteFree ? scanner.nextQuoteFree(buffer, pos: &pos, final: final)
            : scanner.next(buffer, pos: &pos, final: final, maxRecordBytes: maxRecordBytes) {
            switch outcome {
            case .bad(let line, let reason):
                return .bad(line: line, reason: reason)
            case .record(let line):
                guard let map = columnMap else { return .header(line: line) }
                let fields = scanner.bounds.count
                row.values.withUnsafeMutableBufferPointer { values in
                    for k in 0..<map.count {
                        let f = map[k]
                        values[k] = f >= 0 && f < fields ? scanner.field(f, in: base) : FieldBytes(start: nil, count: 0)
                    }
                }
                if row.isBlank && recordIsBlank(base) { continue }
                return .row(line: line, controlByte: checksControlBytes ? controlByte(base) : nil)
            }
        }
        return nil
    }

    /// A control byte in any field of the record (ControlBytes).
    private func controlByte(_ base: UnsafeMutablePointer<UInt8>) -> UInt8? {
        for k in 0..<scanner.bounds.count {
            if let b = ControlBytes.first(in: scanner.field(k, in: base)) { return b }
        }
        return nil
    }

    private func recordIsBlank(_ base: UnsafeMutablePointer<UInt8>) -> Bool {
        (0..<scanner.bounds.count).allSatisfy { scanner.field($0, in: base).trimmed().isEmpty }
    }
}
