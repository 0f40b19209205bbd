/// Splits bytes into `\n`-terminated lines for the line formats (JSONL,
/// queue_log). An incomplete last line waits for more bytes unless `final`.
struct LineSplitter {
    var line = 1
    /// After a too-long line: its rest is dropped, not read as a line of its own.
    var skippingRestOfLine = false

    mutating func lines(
        _ buffer: UnsafeMutableBufferPointer<UInt8>, final: Bool, maxLineBytes: Int,
        _ body: (FieldBytes, Int) -> Void, tooLong: (Int) -> Void
    ) -> Int {
        let base = buffer.baseAddress!
        var pos = 0
        let end = buffer.count
        while pos < end {
            var i = pos
            while i < end, base[i] != Byte.newline { i += 1 }
            if skippingRestOfLine {
                if i == end && !final { return end }
                skippingRestOfLine = false
                pos = min(i + 1, end)
                continue
            }
            if i == end && !final {
                if end - pos > maxLineBytes {
                    tooLong(line)
                    line += 1
                    skippingRestOfLine = true
                    return end
                }
                return pos
            }
            var e = i
            if e > pos, base[e - 1] == Byte.cr { e -= 1 }
            body(FieldBytes(start: base + pos, count: e - pos), line)
            line += 1
            pos = min(i + 1, end)
        }
        return pos
    }
}
