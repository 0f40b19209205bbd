import TableroCore

/// An Asterisk queue_log: pipe-separated lines, no header.
struct QueueLogFileParser: FileParser {
    var fileID: Int32
    var splitter = LineSplitter()
    var stopped = false
    private let decoder = QueueLogDecoder()
    private var fields: [FieldBytes] = []

    init(fileID: Int32) { self.fileID = fileID }

    mutating func feed(_ buffer: UnsafeMutableBufferPointer<UInt8>, final: Bool, store: inout MetricsStore) -> Int {
        let fileID = self.fileID
        var splitter = self.splitter
        defer { self.splitter = splitter }
        return splitter.lines(buffer, final: final, maxLineBytes: maxRecordBytes, { bytes, line in
            if bytes.trimmed().isEmpty { return }
            store.ledger.countRow(fileID)
            if let byte = ControlBytes.first(in: bytes) {
                store.ledger.reject(RowOrigin(file: fileID, line: Int32(clamping: line)), ControlBytes.reason(byte))
                return
            }
            self.fields.removeAll(keepingCapacity: true)
            var start = 0
            for i in 0..<bytes.count where bytes[i] == Byte.pipe {
                self.fields.append(FieldBytes(rebasing: bytes[start..<i]))
                start = i + 1
            }
            self.fields.append(FieldBytes(rebasing: bytes[start..<bytes.count]))
            let origin = RowOrigin(file: fileID, line: Int32(clamping: line))
            if let reason = self.decoder.decode(self.fields, origin: origin, into: &store) {
                store.ledger.reject(origin, reason)
            }
        }, tooLong: { line in
            store.ledger.countRow(fileID)
            store.ledger.reject(RowOrigin(file: fileID, line: Int32(clamping: line)), "line longer than \(maxRecordBytes >> 20) MiB")
        })
    }
}
