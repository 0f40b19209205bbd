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
}
