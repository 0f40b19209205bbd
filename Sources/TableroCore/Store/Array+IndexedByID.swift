/// Arrays indexed by an interned name's id (`NameTable` ids count from 0):
/// per channel its rule, per agent its answers. Such an array grows to hold
/// the id the first time it is seen.
extension Array {
    /// Grows the array, with `filler`, until `index` is inside it.
    mutating func extend(toHold index: Int, with filler: Element) {
        if index >= count { append(contentsOf: repeatElement(filler, count: index + 1 - count)) }
    }
}
