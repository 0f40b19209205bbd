import Foundation

/// Issue 11: records of a buffer known to hold no quote at all (most
/// chunks of a parallel load, and most buffers of a one-pass read, which
/// `CSVFileParser` splits this way when the buffer is within the record
/// limit and no line is being skipped), split by a search that flags every comma
/// and line end of eight bytes at once and walks the flags, where `next`
/// looks for each field's end in turn and then checks the byte it found.
/// It gives exactly what `next` gives on such a buffer (`QuoteFreeScanTests`).
extension CSVScanner {
    /// Whether `bytes` holds no `"`: `nextQuoteFree` may then read them.
    /// (`memchr`: the C library's search reads 32 bytes at a time.)
    static func quoteFree(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        return memchr(base, Int32(Byte.quote), bytes.count) == nil
    }

    /// As `next`, for a buffer with no quote (`quoteFree`), no line being
    /// skipped, and no more bytes than the record limit (a chunk is at most
    /// half of it): `next` would then reject no record as too long either.
    mutating func nextQuoteFree(_ buffer: UnsafeMutableBufferPointer<UInt8>, pos: inout Int, final: Bool) -> Outcome? {
        guard let base = buffer.baseAddress else { return nil }
        let end = buffer.count
        guard pos < end else { return nil }
        let raw = UnsafeRawPointer(base)
        bounds.count = 0
        var fieldStart = pos
        var i = pos
        while i + 8 <= end {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            var hits = ByteWord.equal(w, Byte.comma) | ByteWord.equal(w, Byte.newline)
            while hits != 0 {
                let at = i + hits.trailingZeroBitCount >> 3
                bounds.append(fieldStart, at)
                if base[at] == Byte.newline { return record(base, endingAt: at, pos: &pos) }
                fieldStart = at + 1
                hits &= hits &- 1
            }
            i += 8
        }
        while i < end {
            let b = base[i]
            if b == Byte.comma || b == Byte.newline {
                bounds.append(fieldStart, i)
                if b == Byte.newline { return record(base, endingAt: i, pos: &pos) }
                fieldStart = i + 1
            }
            i += 1
        }
        // No line end: the end of the buffer ends the last record only when final.
        guard final else {
            bounds.count = 0
            return nil
        }
        bounds.append(fieldStart, end)
        stripCarriageReturn(base)
        pos = end
        return .record(line: line)
    }

    /// The record whose line end is at `newline`: `pos` goes past it.
    @inline(__always)
    private mutating func record(_ base: UnsafeMutablePointer<UInt8>, endingAt newline: Int, pos: inout Int) -> Outcome {
        stripCarriageReturn(base)
        pos = newline + 1
        line += 1
        return .record(line: line - 1)
    }
}
