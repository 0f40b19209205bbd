import Testing
import TableroCore
@testable import TableroIngest

/// Issue 11: the events reader's shortcuts on every row (the event's name,
/// trimming, interning a name eight bytes at a time) must give what the
/// plain rule gives, for every case and every place a byte can differ.
@Suite("Events reader fast paths")
struct FastPathTests {
    private func withField<T>(_ bytes: [UInt8], _ body: (FieldBytes) -> T) -> T {
        bytes.withUnsafeBufferPointer { body($0) }
    }

    @Test("an event's name is read in any case, and a near miss is no event")
    func eventNames() {
        let names: [(String, ContactEventKind)] = [("arrive", .arrive), ("answer", .answer), ("abandon", .abandon), ("resolve", .resolve)]
        for (name, kind) in names {
            let lower = Array(name.utf8)
            // Every mix of upper and lower case: 2^6 or 2^7 spellings.
            for mask in 0..<(1 << lower.count) {
                let spelled = lower.enumerated().map { mask >> $0.offset & 1 == 1 ? $0.element - 0x20 : $0.element }
                #expect(withField(spelled) { EventsDecoder.kind($0) } == kind, "\(spelled)")
            }
            // One byte changed at each place, to a letter, its case twin's
            // neighbour, a digit, a space or a byte with the top bit set.
            for at in lower.indices {
                for replacement: UInt8 in [0x61, 0x7A, 0x40, 0x30, 0x20, 0xE1] where replacement != lower[at] {
                    var changed = lower
                    changed[at] = replacement
                    #expect(withField(changed) { EventsDecoder.kind($0) } == nil, "\(changed)")
                }
            }
            #expect(withField(lower + [0x65]) { EventsDecoder.kind($0) } == nil)
            #expect(withField(Array(lower.dropLast())) { EventsDecoder.kind($0) } == nil)
        }
        #expect(withField([]) { EventsDecoder.kind($0) } == nil)
    }

    @Test("trimmed drops leading spaces and tabs and trailing spaces, tabs and CRs, and nothing else")
    func trimming() {
        // Every string of up to four bytes from an alphabet of what is
        // trimmed, what is not, and bytes just above and below them.
        let alphabet: [UInt8] = [0x20, 0x09, 0x0D, 0x61, 0x21, 0x1F, 0x0A, 0xA0]
        var strings: [[UInt8]] = [[]]
        var longest: [[UInt8]] = [[]]
        for _ in 0..<4 {
            longest = longest.flatMap { s in alphabet.map { s + [$0] } }
            strings += longest
        }
        #expect(strings.count == 1 + 8 + 64 + 512 + 4096)
        for bytes in strings {
            var lo = 0
            var hi = bytes.count
            while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x09 { lo += 1 }
            while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 || bytes[hi - 1] == 0x0D { hi -= 1 }
            #expect(withField(bytes) { Array($0.trimmed()) } == Array(bytes[lo..<hi]), "\(bytes)")
        }
    }

    @Test("a name interned once is found again, and one byte of difference anywhere makes another name")
    func interning() {
        var interner = NameInterner()
        var registry = BatchNames()
        for length in Array(1...18) + [31, 32, 33, 63, 64] {
            let name = (0..<length).map { UInt8(0x61 + $0 % 26) }
            let id = withField(name) { interner.id($0, registry: &registry) }
            #expect(withField(name) { interner.id($0, registry: &registry) } == id)
            #expect(registry.texts[Int(id)] == String(decoding: name, as: UTF8.self))
            for at in 0..<length {
                var other = name
                other[at] ^= 0x01
                let otherID = withField(other) { interner.id($0, registry: &registry) }
                #expect(otherID != id, "length \(length), byte \(at)")
                #expect(registry.texts[Int(otherID)] == String(decoding: other, as: UTF8.self))
            }
        }
    }
}
