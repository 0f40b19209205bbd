/// A binary min-heap. The demo feed keeps every row it has decided but not
/// yet written here (an email answered in three hours, a survey an hour after
/// its resolve): taking the due ones each tick costs O(k log n) instead of
/// re-sorting everything pending.
struct DemoHeap<Element: GenRowOrder> {
    private var items: [Element] = []

    init() {}

    var count: Int { items.count }
    var first: Element? { items.first }

    mutating func push(_ item: Element) {
        items.append(item)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard Element.before(items[child], items[parent]) else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Element? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let top = items.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            guard left < items.count else { break }
            let right = left + 1
            let child = right < items.count && Element.before(items[right], items[left]) ? right : left
            guard Element.before(items[child], items[parent]) else { break }
            items.swapAt(child, parent)
            parent = child
        }
        return top
    }
}
extension DemoHeap: Sendable where Element: Sendable {}
