/// Control bytes in data (issue: one NUL in row 2 rejected a whole file, and
/// a NUL after 64 KiB made a queue named `sa\0les`).
///
/// A row holding a NUL or another C0 control byte is a bad row; tab, line
/// feed and carriage return are text, and ESC is allowed because free text
/// may hold terminal escape sequences (DATA.md), which are escaped on output.
/// A file is binary only when its content is mostly not text: 10 % or more
/// of its first 64 KiB are such bytes (a PNG or gzip has about 12 %, UTF-16
/// text about 50 %; a text file with a stray NUL a few in a million).
enum ControlBytes {
    /// The first forbidden byte, if any.
    static func first(in bytes: FieldBytes) -> UInt8? {
        for b in bytes where b < 0x20 || b == 0x7F {
            if b == 0x09 || b == 0x0A || b == 0x0D || b == 0x1B { continue }
            return b
        }
        return nil
    }

    /// Whether any byte of `bytes` is forbidden (as `first(in:)` judges):
    /// a chunk of a parallel load without one needs no check per row.
    /// Eight bytes at a time, with no branch per word: each byte's flag is
    /// exact (no borrow crosses bytes), so the line end in nearly every word
    /// is told from a NUL by arithmetic rather than by a byte loop (a
    /// quarter faster, measured on a 190 MB events file).
    static func anyForbidden(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        var i = 0
        var found: UInt64 = 0
        while i + 8 <= bytes.count {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let text = ByteWord.equal(w, 0x09) | ByteWord.equal(w, 0x0A) | ByteWord.equal(w, 0x0D) | ByteWord.equal(w, 0x1B)
            found |= (ByteWord.below(w, 0x20) & ~text) | ByteWord.equal(w, 0x7F)
            i += 8
            if i & 4095 == 0, found != 0 { return true }
        }
        return found != 0 || forbidden(bytes[i...])
    }

    private static func forbidden(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        for b in bytes where b < 0x20 || b == 0x7F {
            if b == 0x09 || b == 0x0A || b == 0x0D || b == 0x1B { continue }
            return true
        }
        return false
    }

    /// `control byte 0x00 in a row`, the reason a row is rejected.
    static func reason(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "control byte 0x\(hex.count < 2 ? "0" + hex : hex) in the row"
    }

    static let sampleBytes = 65_536

    /// Line ends that are lone CRs: a CR before any LF, and no LF at all in
    /// the sample (a CR inside a quoted field of a CRLF or LF file has LFs around).
    static func carriageReturnsOnly(_ sample: ArraySlice<UInt8>) -> Bool {
        sample.contains(0x0D) && !sample.contains(0x0A)
    }

    /// Whether a file's first bytes say it is not text at all.
    static func looksBinary(_ sample: ArraySlice<UInt8>) -> Bool {
        guard !sample.isEmpty else { return false }
        var control = 0
        for b in sample where b < 0x20 || b == 0x7F {
            if b == 0x09 || b == 0x0A || b == 0x0D || b == 0x1B || b == 0x0C { continue }
            control += 1
        }
        return control * 10 >= sample.count
    }
}
