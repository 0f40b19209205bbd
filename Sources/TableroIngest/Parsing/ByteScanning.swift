/// Byte constants and helpers shared by the readers.
enum Byte {
    static let newline: UInt8 = 0x0A
    static let cr: UInt8 = 0x0D
    static let quote: UInt8 = 0x22
    static let comma: UInt8 = 0x2C
    static let pipe: UInt8 = 0x7C
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09
    static let zero: UInt8 = 0x30
    static let nine: UInt8 = 0x39
    static let dot: UInt8 = 0x2E
    static let minus: UInt8 = 0x2D
    static let plus: UInt8 = 0x2B

    static func isDigit(_ b: UInt8) -> Bool { b >= zero && b <= nine }
}

/// Eight bytes read as one word (`loadUnaligned`), tested all at once. Each
/// flag is exact: the top bit of a byte is set when that byte matches, and
/// no borrow or carry runs into its neighbours (`CSVScanner.skipToSeparator`
/// uses the cheaper test whose flags above a match may be false).
enum ByteWord {
    private static let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// The top bit of each byte of `w` equal to `byte`.
    @inline(__always)
    static func equal(_ w: UInt64, _ byte: UInt8) -> UInt64 {
        let x = w ^ (ones &* UInt64(byte))
        return ~(((x & lows) &+ lows) | x | lows)
    }

    /// The top bit of each byte of `w` under `limit` (at most 0x80).
    @inline(__always)
    static func below(_ w: UInt64, _ limit: UInt8) -> UInt64 {
        ~(((w & lows) &+ ones &* UInt64(0x80 - limit)) | w | lows)
    }
}

/// A field's bytes. Valid only while the record that holds it is being decoded.
typealias FieldBytes = UnsafeBufferPointer<UInt8>

extension UnsafeBufferPointer where Element == UInt8 {
    /// Without leading and trailing spaces and tabs.
    @inline(__always)
    func trimmed() -> UnsafeBufferPointer<UInt8> {
        guard let base = baseAddress else { return self }
        // Most fields have nothing to trim: two byte tests, inlined, instead
        // of a call per field (measured at 5 % of a parallel load's workers).
        if count > 0, base[0] > Byte.space, base[count - 1] > Byte.space { return self }
        var lo = 0
        var hi = count
        while lo < hi, base[lo] == Byte.space || base[lo] == Byte.tab { lo += 1 }
        while hi > lo, base[hi - 1] == Byte.space || base[hi - 1] == Byte.tab || base[hi - 1] == Byte.cr { hi -= 1 }
        return UnsafeBufferPointer(rebasing: self[lo..<hi])
    }

    var string: String { String(decoding: self, as: UTF8.self) }

    /// ASCII case-insensitive comparison with a lowercase literal.
    @inline(__always)
    func equalsLowercase(_ literal: StaticString) -> Bool {
        guard count == literal.utf8CodeUnitCount else { return false }
        let lit = literal.utf8Start
        for i in 0..<count {
            var b = self[i]
            if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            if b != lit[i] { return false }
        }
        return true
    }
}
