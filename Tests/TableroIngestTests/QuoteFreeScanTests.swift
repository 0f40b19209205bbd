import Testing
@testable import TableroIngest

/// Issue 11: a parallel load's chunk without a quote is split by
/// `nextQuoteFree`, which flags a word's commas and line ends at once. It
/// must give what `next` gives: the same records, fields, lines and
/// positions, with CRLF and bare LF, blank lines, empty fields, a last
/// line without its line end (final or not), and separators at every
/// place of a word.
@Suite("Quote-free CSV scan")
struct QuoteFreeScanTests {
    private struct Scan: Equatable {
        var records: [[[UInt8]]] = []
        var lines: [Int] = []
        var stoppedAt = 0
        var nextLine = 0
    }

    private func scan(_ bytes: [UInt8], final: Bool, quoteFree: Bool) -> Scan {
        var copy = bytes
        var result = Scan()
        copy.withUnsafeMutableBufferPointer { buffer in
            var scanner = CSVScanner()
            var pos = 0
            while true {
                let outcome = quoteFree ? scanner.nextQuoteFree(buffer, pos: &pos, final: final)
                    : scanner.next(buffer, pos: &pos, final: final, maxRecordBytes: maxRecordBytes)
                guard let outcome else { break }
                guard case .record(let line) = outcome else {
                    Issue.record("a bad record in a quote-free buffer")
                    break
                }
                result.lines.append(line)
                result.records.append((0..<scanner.bounds.count).map { Array(scanner.field($0, in: buffer.baseAddress!)) })
            }
            result.stoppedAt = pos
            result.nextLine = scanner.line
        }
        return result
    }

    @Test("random quote-free buffers: the same records as the general scanner")
    func sameRecordsAsNext() {
        // Separators, CR, and bytes that differ from them by one bit.
        let alphabet: [UInt8] = [0x2C, 0x0A, 0x0D, 0x61, 0x62, 0x20, 0x2D, 0x0B, 0xAC, 0x8A, 0x00, 0xFF, 0x61, 0x61, 0x61]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for round in 0..<20_000 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            let length = Int(state % 70)
            var bytes: [UInt8] = []
            for k in 0..<length {
                let mixed = (state >> UInt64(k % 59)) &+ UInt64(k) &* 0x9E37
                bytes.append(alphabet[Int(mixed % UInt64(alphabet.count))])
            }
            #expect(bytes.withUnsafeBufferPointer { CSVScanner.quoteFree($0) })
            for final in [false, true] {
                let general = scan(bytes, final: final, quoteFree: false)
                let fast = scan(bytes, final: final, quoteFree: true)
                #expect(fast == general, "round \(round), final \(final): \(bytes)")
                if fast != general { return }
            }
        }
    }

    @Test("a buffer with a quote is not quote-free")
    func quoteIsSeen() {
        for at in 0..<40 {
            var bytes = [UInt8](repeating: 0x61, count: 40)
            bytes[at] = 0x22
            #expect(!bytes.withUnsafeBufferPointer { CSVScanner.quoteFree($0) })
        }
        #expect([UInt8]().withUnsafeBufferPointer { CSVScanner.quoteFree($0) })
    }
}
