/// The record loop of a CSV file, shared by the one-pass parser
/// (`CSVFileParser`) and the chunk workers of a parallel load
/// (`EventChunkParser`, `SurveyBatch`), so both apply the same rules: blank rows skipped,
/// a control byte found, fields put in the decoder's column order.
struct CSVRowLoop {
    var scanner = CSVScanner()
    /// The fields of the row `next` returned; valid until the next call.
    var row: RowFields
    /// False when the caller knows the buffer holds no forbidden byte
    /// (`ControlBytes.anyForbidden`): rows are then not searched for one.
    var checksControlBytes = true
    /// True when the caller knows the buffer holds no quote
    /// (`CSVScanner.quoteFree`), no line is being skipped and the buffer is
    /// within the record limit: records are split the quote-free way.
    var quoteFree = false

    init(columns: Int) {
        row = RowFields(columns: columns)
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
