import Foundation
import Testing
@testable import TableroIngest

/// Issue 11: the chunk reader of a parallel load. Its buffers are used
/// again, and one that grew for a long line is larger than a chunk: a later
/// chunk must still be at most `chunkBytes` and end within a slice's `end`
/// (found by a review: it filled the whole reused buffer); the last chunk
/// before `end` is what is left there, up to its last line end.
@Suite("Chunk reader")
struct ChunkReaderTests {
    @Test("after a long line, chunks stay within their size and the slice's end")
    func reusedBufferKeepsChunksSmall() throws {
        let dir = try TempDataDir()
        // A 3,000-byte line (the buffer grows to 4 KiB), then short lines.
        var text = String(repeating: "x", count: 3000) + "\n"
        for k in 0..<400 { text += "line \(k)\n" }
        try dir.write("events.csv", text)
        let size = text.utf8.count
        let firstEnd = 3001
        let start = firstEnd + 10 * 7  // a line start: "line 0".."line 9" are 7 bytes each
        let end = start + 1500
        let reader = ChunkReader(path: dir.path("events.csv"), chunkBytes: 1024, end: end)
        // The first chunk grows its buffer to 4 KiB to hold the long line.
        let first = reader.read(at: 0)
        #expect(first.length > firstEnd && first.length <= 4096)
        try reader.buffers.give(#require(first.buffer))
        let next = reader.read(at: start)
        let buffer = try #require(next.buffer)
        #expect(next.length <= 1024, "a chunk of \(next.length) bytes")
        #expect(start + next.length <= end)
        #expect(next.cut.offset == start + next.length && next.cut.more)
        reader.buffers.give(buffer)
        // The one after it would pass the slice's end: it is what is left
        // before the end, up to its last line end (lines of 8 bytes from
        // "line 10" on); a read from there finds no line end before the
        // slice's end, and reads nothing.
        #expect(next.cut.offset + 1024 > end)
        let last = reader.read(at: next.cut.offset)
        let lastBuffer = try #require(last.buffer)
        #expect(last.length > 0 && next.cut.offset + last.length <= end && end - (next.cut.offset + last.length) < 8)
        #expect(last.cut.offset == next.cut.offset + last.length && last.cut.more)
        reader.buffers.give(lastBuffer)
        let none = reader.read(at: last.cut.offset)
        #expect(none.buffer == nil && !none.cut.more)
        #expect(size > end)
    }
}
