import Foundation

/// An array of plain values (no references) that grows with `realloc`.
/// Written for the open-contact table of a large load (issue 11): a Swift
/// array grows by copying into a buffer twice the size, so for a moment
/// both are resident, and with 650,000 contacts that moment was the load's
/// peak memory. `realloc` of a large block moves its pages instead (no
/// second copy). Copy on write, like Array, so a copied store stays a value.
struct PlainArray<Element: BitwiseCopyable>: @unchecked Sendable {
    private final class Storage {
        var base: UnsafeMutablePointer<Element>?
        var count = 0
        var capacity = 0

        init() {}

        init(copying other: Storage) {
            if other.count > 0 {
                base = malloc(other.count * MemoryLayout<Element>.stride)!.assumingMemoryBound(to: Element.self)
                base!.initialize(from: other.base!, count: other.count)
            }
            count = other.count
            capacity = other.count
        }

        func grow() {
            let bigger = max(16, capacity * 2)
            base = realloc(base, bigger * MemoryLayout<Element>.stride)!.assumingMemoryBound(to: Element.self)
            capacity = bigger
        }

        deinit { free(base) }
    }

    private var storage = Storage()

    init() {}

    var count: Int { storage.count }
    var indices: Range<Int> { 0..<storage.count }

    subscript(index: Int) -> Element {
        get {
            precondition(index >= 0 && index < storage.count, "PlainArray index out of range")
            return storage.base![index]
        }
        set {
            precondition(index >= 0 && index < storage.count, "PlainArray index out of range")
            makeUnique()
            storage.base![index] = newValue
        }
        // In place: a field of an element changed without copying the rest.
        _modify {
            precondition(index >= 0 && index < storage.count, "PlainArray index out of range")
            makeUnique()
            yield &storage.base![index]
        }
    }

    mutating func append(_ element: Element) {
        makeUnique()
        if storage.count == storage.capacity { storage.grow() }
        storage.base![storage.count] = element
        storage.count += 1
    }

    /// The elements as one buffer, for a loop that changes many: one
    /// uniqueness check for all, not one per element (the sweep's pass).
    /// Valid until the array is next changed or let go; the array must not
    /// be copied while it is used (writes through it would reach the copy).
    mutating func uniqueBuffer() -> UnsafeMutableBufferPointer<Element> {
        makeUnique()
        return UnsafeMutableBufferPointer(start: storage.base, count: storage.count)
    }

    /// Keeps the first `count` elements.
    mutating func truncate(to count: Int) {
        precondition(count >= 0 && count <= storage.count)
        makeUnique()
        storage.count = count
    }

    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(copying: storage) }
    }
}
