import Foundation

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
    /// Sixteen bytes at a time, each byte's flag exact (no borrow crosses
    /// bytes). Bytes under 0x20 other than the line feed, and DEL, are
    /// flagged first; only a word that has one (a tab or CR of text, or a
    /// forbidden byte) is told apart further, which in an LF file is almost
    /// none. Testing every word for all four text bytes took twice as long:
    /// 55 against 23 ms on a 190 MB events file (issue 11).
    static func anyForbidden(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 16 <= bytes.count {
            let a = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let b = raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
            let flagsA = suspect(a)
            let flagsB = suspect(b)
            if flagsA | flagsB != 0, forbidden(a, flagsA) | forbidden(b, flagsB) != 0 { return true }
            i += 16
        }
        return forbidden(bytes[i...])
    }

    /// The top bit of each byte of `w` under 0x20 but a line feed, or DEL.
    @inline(__always)
    private static func suspect(_ w: UInt64) -> UInt64 {
        (ByteWord.below(w, 0x20) & ~ByteWord.equal(w, 0x0A)) | ByteWord.equal(w, 0x7F)
    }

    /// Of the `suspect` bytes of `w`, those that are not tab, CR or ESC.
    @inline(__always)
    private static func forbidden(_ w: UInt64, _ suspect: UInt64) -> UInt64 {
        suspect & ~(ByteWord.equal(w, 0x09) | ByteWord.equal(w, 0x0D) | ByteWord.equal(w, 0x1B))
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
        sample.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0x0D, bytes.count) != nil && memchr(base, 0x0A, bytes.count) == nil
        }
    }

    /// Whether a file's first bytes say it is not text at all. Looked at
    /// for every file read, and a file's start is looked at twice more
    /// before a load (`ContactFileStarts`): a byte at a time, it and the
    /// lone-CR check (`contains` on the slice, twice) took 8 % of the main
    /// thread's samples on 1,200 files of 160 KB (issue 11); now under 2 %.
    /// Nearly every sample has no control byte at all, which `anyForbidden`
    /// finds sixteen bytes at a time (every byte counted here is one it
    /// forbids); only a sample that has one is counted.
    static func looksBinary(_ sample: ArraySlice<UInt8>) -> Bool {
        guard !sample.isEmpty, sample.withUnsafeBufferPointer(anyForbidden) else { return false }
        var control = 0
        for b in sample where b < 0x20 || b == 0x7F {
            if b == 0x09 || b == 0x0A || b == 0x0D || b == 0x1B || b == 0x0C { continue }
            control += 1
        }
        return control * 10 >= sample.count
    }
}
