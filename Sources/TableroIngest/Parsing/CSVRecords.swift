/// Whole RFC 4180 records of a small byte buffer, as strings, through the
/// loader's own scanner: for code outside Ingest (the demo reading the tail
/// of a file it appends to) that must read quoting exactly as the dashboard
/// does. Records that cannot be read are skipped. The loader itself never
/// comes here: it scans in place, without a String per field.
public enum CSVRecords {
    public static func parse(_ input: [UInt8]) -> [[String]] {
        guard !input.isEmpty else { return [] }
        var bytes = input
        var scanner = CSVScanner()
        var out: [[String]] = []
        bytes.withUnsafeMutableBufferPointer { buf in
            var pos = 0
            while let outcome = scanner.next(buf, pos: &pos, final: true, maxRecordBytes: maxRecordBytes) {
                guard case .record = outcome else { continue }
                out.append((0..<scanner.bounds.count).map { scanner.field($0, in: buf.baseAddress!).string })
            }
        }
        return out
    }
}
