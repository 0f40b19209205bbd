import Foundation
import TableroCore

/// A JSONL file of one kind: one JSON object per line, keys as the CSV columns.
struct JSONLFileParser: FileParser {
    var fileID: Int32
    var decoder: any RowDecoder
    var splitter = LineSplitter()
    var stopped = false
    private var scratch: [UInt8] = []

    init(fileID: Int32, decoder: any RowDecoder) {
        self.fileID = fileID
        self.decoder = decoder
    }

    mutating func shedCaches() {
        decoder.shedCaches()
        scratch = []
    }

    var holdsCaches: Bool { decoder.holdsCaches || scratch.capacity > 0 }

    mutating func feed(_ buffer: UnsafeMutableBufferPointer<UInt8>, final: Bool, store: inout MetricsStore) -> Int {
        let fileID = self.fileID
        var splitter = self.splitter
        defer { self.splitter = splitter }
        return splitter.lines(buffer, final: final, maxLineBytes: maxRecordBytes, { bytes, line in
            let text = bytes.trimmed()
            if text.isEmpty { return }
            store.ledger.countRow(fileID)
            let origin = RowOrigin(file: fileID, line: Int32(clamping: line))
            if let byte = ControlBytes.first(in: text) {
                store.ledger.reject(origin, ControlBytes.reason(byte))
            } else if let reason = self.decodeLine(text, origin: origin, store: &store) {
                store.ledger.reject(origin, reason)
            }
        }, tooLong: { line in
            store.ledger.countRow(fileID)
            store.ledger.reject(RowOrigin(file: fileID, line: Int32(clamping: line)), "line longer than \(maxRecordBytes >> 20) MiB")
        })
    }

    private mutating func decodeLine(_ text: FieldBytes, origin: RowOrigin, store: inout MetricsStore) -> String? {
        // DATA.md: numbers have no exponent, in JSONL as in CSV. The JSON
        // decoder reads `1e2` as 100, so the line's own text is looked at.
        if let number = Self.numberWithExponent(in: text) { return "number '\(Sanitize.text(number))' has an exponent" }
        let object: [String: JSONScalar]
        do {
            object = try JSONDecoder().decode([String: JSONScalar].self, from: Data(text))
        } catch {
            return "not a JSON object"
        }
        var byName: [String: JSONScalar] = [:]
        for (k, v) in object { byName[k.trimmingCharacters(in: .whitespaces).lowercased()] = v }
        // Lay the values out in one buffer so the decoder sees bytes, as from CSV.
        scratch.removeAll(keepingCapacity: true)
        var ranges: [Range<Int>] = []
        let columns = type(of: decoder).columns
        let required = type(of: decoder).required
        for column in columns {
            let start = scratch.count
            switch byName[column] {
            case .string(let s)?: scratch.append(contentsOf: s.utf8)
            case .number(let s)?: scratch.append(contentsOf: s.utf8)
            case .bool(let b)?: scratch.append(contentsOf: (b ? "true" : "false").utf8)
            case .other?: return "\(column) is not a string, number or boolean"
            case .null?, nil: break
            }
            ranges.append(start..<scratch.count)
        }
        var row = RowFields(columns: columns.count)
        return scratch.withUnsafeBufferPointer { buf in
            for (k, r) in ranges.enumerated() {
                row.values[k] = FieldBytes(rebasing: buf[r])
            }
            for (k, name) in columns.enumerated() where required.contains(name) && row.values[k].isEmpty {
                return "missing \(name)"
            }
            return decoder.decode(row, origin: origin, into: &store)
        }
    }
}

extension JSONLFileParser {
    /// The first bare number (outside a string) written with an exponent
    /// (`1e2`, `1.5E-3`), or nil. Outside strings, a letter e follows a
    /// digit or a point only in such a number (`true` and `false` have
    /// theirs after a letter).
    static func numberWithExponent(in text: FieldBytes) -> String? {
        var inString = false, escaped = false
        for i in text.indices {
            let b = text[i]
            if inString {
                if escaped { escaped = false } else if b == UInt8(ascii: "\\") { escaped = true } else if b == UInt8(ascii: "\"") { inString = false }
                continue
            }
            if b == UInt8(ascii: "\"") { inString = true; continue }
            guard b | 0x20 == UInt8(ascii: "e"), i > text.startIndex else { continue }
            let before = text[i - 1]
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(before) || before == UInt8(ascii: ".") else { continue }
            let isNumberByte = { (c: UInt8) in
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) || c == UInt8(ascii: ".") || c == UInt8(ascii: "-")
                    || c == UInt8(ascii: "+") || c | 0x20 == UInt8(ascii: "e")
            }
            var start = i, end = i + 1
            while start > text.startIndex, isNumberByte(text[start - 1]) { start -= 1 }
            while end < text.endIndex, isNumberByte(text[end]) { end += 1 }
            return String(decoding: text[start..<end], as: UTF8.self)
        }
        return nil
    }
}

/// A JSON value as Tablero reads it: text, a number (kept as written), a
/// boolean, null, or something else (an object or array, which no column takes).
enum JSONScalar: Decodable {
    case string(String), number(String), bool(Bool), null, other

    init(from decoder: Swift.Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let b = try? c.decode(Bool.self) {
            self = .bool(b)
        } else if let i = try? c.decode(Int64.self) {
            self = .number(String(i))
        } else if let d = try? c.decode(Double.self) {
            self = .number(Format.plain(d, digits: 9))
        } else if let s = try? c.decode(String.self) {
            self = .string(s)
        } else {
            self = .other
        }
    }
}
