/// Splits CSV bytes into records (RFC 4180): quoted fields may hold commas,
/// `""` and line breaks; `\r\n` or `\n` end a record.
///
/// Written by hand rather than taken from a CSV package: measured on this
/// machine on a 150 MB events file, the streaming CSV packages available
/// were far below the 100 MB/s target (README, "Performance"), and the
/// loader also needs byte offsets and resumable scanning for tailing.
///
/// The caller owns the buffer and refills it; `next` returns one record at a
/// time (no closure per record, which measured slower) and leaves an
/// incomplete last record for the next fill.
struct CSVScanner {
    /// Field boundaries of the current record, as offsets into the buffer.
    let bounds = FieldBounds()
    /// The line where the next record starts (1-based).
    var line = 1
    /// After a too-long record whose line did not end in the buffer: the
    /// rest of that line is dropped, not read as a record of its own.
    var skippingRestOfLine = false

    enum Outcome {
        case record(line: Int)
        /// A record that cannot be read, reported on its first line.
        case bad(line: Int, reason: String)
    }

    /// The next record at `pos`, advancing `pos` past it; nil when the buffer
    /// holds no complete record (more bytes needed, or none left). With
    /// `final`, the end of the buffer ends the last record and an
    /// unterminated quote is reported.
    mutating func next(
        _ buffer: UnsafeMutableBufferPointer<UInt8>, pos: inout Int, final: Bool, maxRecordBytes: Int
    ) -> Outcome? {
        guard let base = buffer.baseAddress else { return nil }
        let end = buffer.count
        if skippingRestOfLine {
            let lineEnd = nextNewline(base, from: pos, end: end)
            if lineEnd == end && (end == pos || base[end - 1] != Byte.newline) {
                pos = end
                if final { skippingRestOfLine = false }
                return nil
            }
            pos = lineEnd
            skippingRestOfLine = false
        }
        guard pos < end else { return nil }
        let recordStart = pos
        bounds.count = 0
        var newlines = 0
        var complete = false
        var quotedFields = false
        var i = pos
        var fieldStart = i
        fields: while true {
            if i < end, base[i] == Byte.quote {
                // Quoted field: find the closing quote, skipping "".
                quotedFields = true
                i += 1
                while true {
                    guard i < end else { break fields }
                    let b = base[i]
                    if b == Byte.quote {
                        if i + 1 < end, base[i + 1] == Byte.quote { i += 2; continue }
                        if i + 1 == end && !final { break fields }
                        i += 1
                        break
                    }
                    if b == Byte.newline { newlines += 1 }
                    i += 1
                }
            }
            // Unquoted part (or what follows a closing quote): eight bytes
            // at a time up to the first comma or line end, then byte by byte.
            i = Self.skipToSeparator(base, from: i, end: end)
            while i < end {
                let b = base[i]
                if b == Byte.comma || b == Byte.newline { break }
                i += 1
            }
            if i >= end {
                if final {
                    bounds.append(fieldStart, end)
                    complete = true
                    i = end
                }
                break fields
            }
            bounds.append(fieldStart, i)
            if base[i] == Byte.newline {
                newlines += 1
                i += 1
                complete = true
                break fields
            }
            i += 1
            fieldStart = i
        }
        if !complete {
            if final {
                // An unterminated quote: report its line and read on from the next one.
                pos = nextNewline(base, from: recordStart, end: end)
                line += 1
                return .bad(line: line - 1, reason: "unterminated quoted field")
            }
            if end - recordStart > maxRecordBytes {
                pos = nextNewline(base, from: recordStart, end: end)
                skippingRestOfLine = base[pos - 1] != Byte.newline
                line += 1
                return .bad(line: line - 1, reason: "record longer than \(maxRecordBytes >> 20) MiB")
            }
            return nil
        }
        stripCarriageReturn(base)
        if quotedFields { unquoteFields(base) }
        let recordLine = line
        line += newlines
        pos = i
        return .record(line: recordLine)
    }

    /// The first index from `from` whose 8-byte word holds a comma or a
    /// line end (that byte itself), or the last start of a whole word
    /// before `end`. A zero byte of `w ^ pattern` flags a match; the lowest
    /// flag is exact (a borrow only makes false flags above a true one).
    @inline(__always)
    static func skipToSeparator(_ base: UnsafeMutablePointer<UInt8>, from: Int, end: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let commas = ones &* UInt64(Byte.comma)
        let newlines = ones &* UInt64(Byte.newline)
        let raw = UnsafeRawPointer(base)
        var i = from
        while i + 8 <= end {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let c = w ^ commas
            let n = w ^ newlines
            let hits = ((c &- ones) & ~c | (n &- ones) & ~n) & highs
            if hits != 0 { return i + hits.trailingZeroBitCount >> 3 }
            i += 8
        }
        return i
    }

    /// Strips the \r of \r\n from the last field.
    @inline(__always)
    func stripCarriageReturn(_ base: UnsafeMutablePointer<UInt8>) {
        let last = bounds.count - 1
        if bounds.ends[last] > bounds.starts[last], base[bounds.ends[last] - 1] == Byte.cr { bounds.ends[last] -= 1 }
    }

    private func nextNewline(_ base: UnsafeMutablePointer<UInt8>, from: Int, end: Int) -> Int {
        var j = from
        while j < end, base[j] != Byte.newline { j += 1 }
        return min(j + 1, end)
    }

    /// Removes the quotes of quoted fields in place (`"a ""b"""` → `a "b"`);
    /// the result is never longer, so it fits where it was.
    private func unquoteFields(_ base: UnsafeMutablePointer<UInt8>) {
        for f in 0..<bounds.count {
            let s = bounds.starts[f]
            let e = bounds.ends[f]
            guard e > s, base[s] == Byte.quote else { continue }
            var r = s + 1
            var w = s
            while r < e {
                let b = base[r]
                if b == Byte.quote {
                    if r + 1 < e, base[r + 1] == Byte.quote {
                        base[w] = Byte.quote
                        w += 1
                        r += 2
                        continue
                    }
                    r += 1 // the closing quote; text after it is kept as is
                    continue
                }
                base[w] = b
                w += 1
                r += 1
            }
            bounds.ends[f] = w
        }
    }

    func field(_ i: Int, in base: UnsafeMutablePointer<UInt8>) -> FieldBytes {
        FieldBytes(start: base + bounds.starts[i], count: bounds.ends[i] - bounds.starts[i])
    }
}

/// Growable field offsets in plain memory: Swift arrays here cost a
/// uniqueness check on every write, measured at a few percent of a load.
final class FieldBounds {
    private(set) var capacity = 64
    var count = 0
    var starts: UnsafeMutablePointer<Int>
    var ends: UnsafeMutablePointer<Int>

    init() {
        starts = .allocate(capacity: capacity)
        ends = .allocate(capacity: capacity)
    }

    deinit {
        starts.deallocate()
        ends.deallocate()
    }

    @inline(__always)
    func append(_ start: Int, _ end: Int) {
        if count == capacity { grow() }
        starts[count] = start
        ends[count] = end
        count += 1
    }

    private func grow() {
        let bigger = capacity * 2
        let s = UnsafeMutablePointer<Int>.allocate(capacity: bigger)
        let e = UnsafeMutablePointer<Int>.allocate(capacity: bigger)
        s.update(from: starts, count: count)
        e.update(from: ends, count: count)
        starts.deallocate()
        ends.deallocate()
        starts = s
        ends = e
        capacity = bigger
    }
}
