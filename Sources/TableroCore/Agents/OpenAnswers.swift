/// The answer times of one agent's open contacts, as a multiset: an
/// open-addressing hash table (linear probing) of times, an equal time once
/// per answer. An answer goes in and an end takes one equal time out, each
/// after a probe or two, wherever it is among the others.
///
/// Written here because an agent has a dozen contacts open on the 1M file
/// and a hundred (up to 490) on the 10M one, and nearly every end is of a
/// contact answered among others: kept sorted, its answer was found by
/// halving and its gap closed by moving the ones after it (9 % of a 10M
/// load's main thread); unsorted and scanned from the newest, 11 %
/// (issue 11). A Dictionary of counts, in its place, made `report` on the
/// 10M events file slower: 4.98 against 4.71 s median, 3 of 5 alternating
/// pairs slower by 0.44–0.79 s, 2 even (SipHash per answer and per end).
struct OpenAnswers: Sendable {
    /// The times; `.nan` marks an empty place (times are never NaN).
    private var places: [Double]
    private(set) var count = 0

    init() { places = Array(repeating: .nan, count: 16) }

    /// Every time, in no order.
    var times: [Double] { places.filter { !$0.isNaN } }

    /// Where a time's search starts. 0 and -0 are equal, so they hash alike.
    @inline(__always)
    private static func home(_ time: Double, _ mask: Int) -> Int {
        let bits = (time == 0 ? 0 : time).bitPattern
        return Int(truncatingIfNeeded: (bits &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// One answer at `time` (not NaN).
    mutating func insert(_ time: Double) {
        if (count + 1) * 2 > places.count { grow() }
        let mask = places.count - 1
        var i = Self.home(time, mask)
        places.withUnsafeMutableBufferPointer { places in
            while !places[i].isNaN { i = (i + 1) & mask }
            places[i] = time
        }
        count += 1
    }

    /// Takes out one time equal to `time`; false when there is none.
    @discardableResult
    mutating func remove(_ time: Double) -> Bool {
        let mask = places.count - 1
        var i = Self.home(time, mask)
        let found: Bool = places.withUnsafeMutableBufferPointer { places in
            while true {
                let here = places[i]
                if here.isNaN { return false }
                if here == time { break }
                i = (i + 1) & mask
            }
            // Backward shift: each time after the gap, up to the next empty
            // place, moves into it unless its home lies after the gap.
            var gap = i
            var j = i
            while true {
                j = (j + 1) & mask
                let moving = places[j]
                if moving.isNaN { break }
                let wanted = Self.home(moving, mask)
                // `wanted` outside (gap, j], cyclically: it may fill the gap.
                let fits = gap <= j ? (wanted <= gap || wanted > j) : (wanted <= gap && wanted > j)
                if fits {
                    places[gap] = moving
                    gap = j
                }
            }
            places[gap] = .nan
            return true
        }
        if found { count -= 1 }
        return found
    }

    /// Keeps only the times `keep` says to.
    /// Most sweeps forget none: they are counted first, with no array made
    /// (two arrays per agent per sweep before).
    mutating func keepOnly(_ keep: (Double) -> Bool) {
        let forgotten = places.reduce(0) { $1.isNaN || keep($1) ? $0 : $0 + 1 }
        guard forgotten > 0 else { return }
        refill(places.filter { !$0.isNaN && keep($0) }, places: places.count)
    }

    private mutating func grow() { refill(times, places: places.count * 2) }

    /// `times` alone, in a table of `places` places.
    private mutating func refill(_ times: [Double], places size: Int) {
        places = Array(repeating: .nan, count: size)
        count = 0
        for time in times { insert(time) }
    }
}
