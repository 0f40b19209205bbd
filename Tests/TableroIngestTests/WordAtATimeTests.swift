import Testing
@testable import TableroIngest

/// Issue 11: two byte searches read eight bytes at a time. Each must agree
/// with the byte-by-byte rule it stands for, at every position and length
/// (a match in the first or last byte of a word, in the tail after the last
/// whole word, bytes with the top bit set that differ from a separator by
/// that bit only).
@Suite("Word-at-a-time byte searches")
struct WordAtATimeTests {
    @Test("anyForbidden agrees with ControlBytes.first for every byte at every place")
    func anyForbiddenAgrees() {
        // Every place in and after a 16-byte block, and in long buffers.
        for length in Array(1...40) + [4095, 4096, 4097, 4104] {
            for at in length < 100 ? Array(0..<length) : [0, 7, 4088, 4095, length - 1] where at < length {
                for value in 0...255 {
                    var bytes = [UInt8](repeating: 0x61, count: length)
                    bytes[at] = UInt8(value)
                    // Line ends are everywhere in a chunk: one in each word.
                    if length > 9, at != 3 { bytes[3] = 0x0A }
                    bytes.withUnsafeBufferPointer { b in
                        let expected = ControlBytes.first(in: FieldBytes(start: b.baseAddress, count: b.count)) != nil
                        #expect(ControlBytes.anyForbidden(b) == expected, "value \(value) at \(at) of \(length)")
                    }
                }
            }
        }
    }

    @Test("anyForbidden tells text control bytes (tab, CR, ESC) from forbidden ones beside them in a block")
    func anyForbiddenWithTextBytesNearby() {
        // A tab, CR or ESC makes a block worth a closer look without being
        // forbidden; the byte under test, in the same or the other word of
        // the block, decides alone.
        for length in 2...40 {
            for at in 0..<length {
                for text: UInt8 in [0x09, 0x0D, 0x1B] {
                    for value: UInt8 in [0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1B, 0x1F, 0x20, 0x7F, 0x80, 0x61] {
                        var bytes = [UInt8](repeating: 0x61, count: length)
                        bytes[(at + 5) % length] = text
                        bytes[at] = value
                        bytes.withUnsafeBufferPointer { b in
                            let expected = ControlBytes.first(in: FieldBytes(start: b.baseAddress, count: b.count)) != nil
                            #expect(ControlBytes.anyForbidden(b) == expected, "value \(value) at \(at) of \(length), text \(text)")
                        }
                    }
                }
            }
        }
    }

    @Test("skipToSeparator stops at the first comma or line end, or before the last part word")
    func skipToSeparatorAgrees() {
        // Separators, their top-bit twins, neighbours, zero and 0xFF.
        let alphabet: [UInt8] = [0x2C, 0x0A, 0xAC, 0x8A, 0x2B, 0x2D, 0x0B, 0x09, 0x00, 0xFF, 0x61, 0x61, 0x61, 0x61, 0x61, 0x61]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<20_000 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            let length = Int(state % 40)
            var bytes: [UInt8] = []
            for k in 0..<length {
                let mixed: UInt64 = (state >> UInt64(k % 60)) &+ UInt64(k) &* 7
                bytes.append(alphabet[Int(mixed % UInt64(alphabet.count))])
            }
            bytes.append(0)  // a buffer is never empty
            bytes.withUnsafeMutableBufferPointer { b in
                let end = length
                for from in 0...end {
                    let stop = CSVScanner.skipToSeparator(b.baseAddress!, from: from, end: end)
                    let first = (from..<end).first { b[$0] == 0x2C || b[$0] == 0x0A } ?? end
                    #expect(stop >= from && stop <= first, "\(Array(b)) from \(from)")
                    #expect(stop == first || stop + 8 > end, "\(Array(b)) from \(from): stopped at \(stop), first at \(first)")
                }
            }
        }
    }
}
