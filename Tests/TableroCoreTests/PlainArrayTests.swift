import Testing
@testable import TableroCore

/// The realloc-grown array behind the open contacts is copied on write,
/// like Array: a copied store stays a value, whichever way an element is
/// changed (whole, one field in place, or through the sweep's buffer).
@Suite struct PlainArrayTests {
    struct Pair: BitwiseCopyable, Equatable {
        var x: Int
        var y: Double
    }

    @Test func aCopyKeepsItsElementsWhateverChangesTheOther() {
        var a = PlainArray<Pair>()
        for i in 0..<100 { a.append(Pair(x: i, y: Double(i) / 2)) }
        var b = a
        b[3].x = -1                      // one field, in place
        b[4] = Pair(x: -2, y: -2)        // the whole element
        b.append(Pair(x: 100, y: 50))
        var c = b
        c.uniqueBuffer()[5].y = -3       // the sweep's way
        c.truncate(to: 10)
        #expect((0..<100).map { a[$0] } == (0..<100).map { Pair(x: $0, y: Double($0) / 2) })
        #expect(b.count == 101 && b[3] == Pair(x: -1, y: 1.5) && b[4] == Pair(x: -2, y: -2) && b[5] == Pair(x: 5, y: 2.5))
        #expect(c.count == 10 && c[5] == Pair(x: 5, y: -3) && c[3].x == -1)
    }

    /// Elements start on a 64-byte boundary, so that a contact's 64-byte
    /// record is one cache line, through every growth (`realloc` moves the
    /// bytes at their old offset from the block's start, which may not be a
    /// boundary any more) and in a copy. Blocks allocated in between make
    /// `realloc` move the array, past 128 KiB through `mmap`.
    @Test func elementsStayOnCacheLinesThroughGrowthAndCopies() {
        struct Line: BitwiseCopyable, Equatable {
            var a: Int, b: Int, c: Int, d: Int, e: Int, f: Int, g: Int, h: Int
        }
        #expect(MemoryLayout<Line>.stride == 64)
        func onBoundary(_ array: inout PlainArray<Line>) -> Bool {
            Int(bitPattern: array.uniqueBuffer().baseAddress) % 64 == 0
        }
        var array = PlainArray<Line>()
        var inBetween: [[UInt8]] = []
        var aligned = true
        for i in 0..<40_000 {
            array.append(Line(a: i, b: -i, c: 0, d: 0, e: 0, f: 0, g: 0, h: i))
            if i & (i - 1) == 0 {
                aligned = aligned && onBoundary(&array)
                inBetween.append([UInt8](repeating: 1, count: 24 + i % 40))
            }
        }
        #expect(aligned)
        #expect((0..<array.count).allSatisfy { array[$0] == Line(a: $0, b: -$0, c: 0, d: 0, e: 0, f: 0, g: 0, h: $0) })
        var copy = array
        copy[0].c = 1
        #expect(onBoundary(&copy) && copy[39_999].h == 39_999 && array[0].c == 0)
        #expect(inBetween.count == 17)
    }

    /// The prefetch hint's address: nil for any index outside the elements.
    @Test func addressIsNilOutsideTheElements() {
        var array = PlainArray<Int>()
        #expect(array.address(of: 0) == nil)
        for i in 0..<3 { array.append(i * 10) }
        #expect(array.address(of: -1) == nil)
        #expect(array.address(of: 3) == nil)
        #expect(array.address(of: 2)?.load(as: Int.self) == 20)
    }
}
