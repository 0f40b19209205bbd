import TableroCore

/// Something that turns a file's bytes into store records, a buffer at a
/// time, keeping its state between calls (so tailing can feed it appends).
protocol FileParser {
    /// Parses what it can of `buffer`; returns the bytes consumed. With
    /// `final`, the end of the buffer is the end of the file.
    mutating func feed(_ buffer: UnsafeMutableBufferPointer<UInt8>, final: Bool, store: inout MetricsStore) -> Int
    /// True once a file-level error (bad header, binary data) stopped it.
    var stopped: Bool { get }
    /// The data-quality entry rows count to. Settable: when live tailing
    /// finds a copy of a file, the copy carries on with that file's parser.
    var fileID: Int32 { get set }
    /// Gives back the memory of its caches (a decoder's names), which come
    /// back on the next rows: a file that stopped growing needs none, and a
    /// dashboard keeps a parser for every file it has read (issue 11).
    mutating func shedCaches()
    /// Whether it holds any such memory now.
    var holdsCaches: Bool { get }
}

extension FileParser {
    mutating func shedCaches() {}
    var holdsCaches: Bool { false }
}

/// The widest record (a row with its quoted line breaks) a reader accepts
/// before rejecting it and resynchronising on the next line.
let maxRecordBytes = 8 << 20

/// A CSV file of one kind: a header naming the columns, then rows. Not
/// generic over the decoder: called through `any FileParser`, a generic
/// parser ran unspecialised and paid for metadata lookups on every row.
struct CSVFileParser: FileParser {
    var fileID: Int32
    var decoder: any RowDecoder
    let columns: [String]
    let required: [String]
    var records: CSVRowLoop
    /// For each decoder column, the CSV field that holds it (or -1).
    var columnMap: [Int]?
    var stopped = false
    var sawBOMCheck = false

    init(fileID: Int32, decoder: any RowDecoder) {
        self.fileID = fileID
        self.decoder = decoder
        columns = type(of: decoder).columns
        required = type(of: decoder).required
        records = CSVRowLoop(columns: columns.count)
    }

    mutating func shedCaches() { decoder.shedCaches() }
    var holdsCaches: Bool { decoder.holdsCaches }

    mutating func feed(_ buffer: UnsafeMutableBufferPointer<UInt8>, final: Bool, store: inout MetricsStore) -> Int {
        guard !stopped else { return buffer.count }
        var pos = 0
        if !sawBOMCheck {
            if buffer.count < 3 && !final { return 0 }
            sawBOMCheck = true
            if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { pos = 3 }
        }
        guard let base = buffer.baseAddress else { return 0 }
        // Issue 11: a buffer without quotes or control bytes (nearly every
        // one) is read as a parallel load's chunks are: surveys were read at
        // a third of a microsecond a row.
        records.prepare(for: UnsafeBufferPointer(rebasing: buffer[pos...]))
        while !stopped, let next = records.next(buffer, pos: &pos, final: final, columnMap: columnMap) {
            switch next {
            case .bad(let line, let reason):
                store.ledger.countRow(fileID)
                store.ledger.reject(RowOrigin(file: fileID, line: Int32(clamping: line)), reason)
            case .header(let line):
                readHeader(base: base, line: line, store: &store)
            case .row(let line, let controlByte):
                store.ledger.countRow(fileID)
                let origin = RowOrigin(file: fileID, line: Int32(clamping: line))
                if let controlByte {
                    store.ledger.reject(origin, ControlBytes.reason(controlByte))
                } else if let reason = decoder.decode(records.row, origin: origin, into: &store) {
                    store.ledger.reject(origin, reason)
                }
            }
        }
        return stopped ? buffer.count : pos
    }

    private mutating func readHeader(base: UnsafeMutablePointer<UInt8>, line: Int, store: inout MetricsStore) {
        let scanner = records.scanner
        let names = (0..<scanner.bounds.count).map { scanner.field($0, in: base).trimmed().string.lowercased() }
        if names.allSatisfy(\.isEmpty) { return } // blank lines before the header
        let missing = required.filter { !names.contains($0) }
        if !missing.isEmpty {
            stopped = true
            let list = missing.map { "'\($0)'" }.joined(separator: ", ")
            store.ledger.fileError(fileID, "missing required column\(missing.count > 1 ? "s" : "") \(list) in the header", line: line)
            return
        }
        columnMap = columns.map { names.firstIndex(of: $0) ?? -1 }
    }
}
