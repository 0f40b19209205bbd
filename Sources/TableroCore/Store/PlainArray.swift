import Foundation

/// An array of plain values (no references) that grows with `realloc`.
/// Written for the open-contact table of a large load (issue 11): a Swift
/// array grows by copying into a buffer twice the size, so for a moment
/// both are resident, and with 650,000 contacts that moment was the load's
/// peak memory. `realloc` of a large block moves its pages instead (no
/// second copy). Copy on write, like Array, so a copied store stays a value.
struct PlainArray<Element: BitwiseCopyable>: @unchecked Sendable {
    private final class Storage {
        /// What `malloc` gave; the elements start at its first 64-byte
        /// boundary (`base`), so that a 64-byte element (a contact's record)
        /// fills one cache line. From `malloc`, large blocks start 16 bytes
        /// past a page, and each such record read two lines (issue 11).
        var raw: UnsafeMutableRawPointer?
        var base: UnsafeMutablePointer<Element>?
        var count = 0
        var capacity = 0

        static var alignment: Int { 64 }

        init() {}

        init(copying other: Storage) {
            if other.count > 0 {
                raw = malloc(Self.bytes(other.count))!
                base = Self.aligned(raw!)
                base!.initialize(from: other.base!, count: other.count)
            }
            count = other.count
            capacity = other.count
        }

        private static func bytes(_ elements: Int) -> Int { elements * MemoryLayout<Element>.stride + alignment - 1 }

        private static func aligned(_ raw: UnsafeMutableRawPointer) -> UnsafeMutablePointer<Element> {
            let address = (Int(bitPattern: raw) + alignment - 1) & ~(alignment - 1)
            return UnsafeMutablePointer(bitPattern: address)!
        }

        func grow() {
            let bigger = max(16, capacity * 2)
            let offset = raw.map { $0.distance(to: UnsafeMutableRawPointer(base!)) } ?? 0
            let grown = realloc(raw, Self.bytes(bigger))!
            let grownBase = Self.aligned(grown)
            // `realloc` keeps the bytes at the same offset from the block's
            // start, which may no longer be the boundary's.
            if UnsafeMutableRawPointer(grownBase) != grown + offset, count > 0 {
                memmove(grownBase, grown + offset, count * MemoryLayout<Element>.stride)
            }
            raw = grown
            base = grownBase
            capacity = bigger
        }

        deinit { free(raw) }
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

    /// Where element `index` is, for a prefetch hint only (nil outside the
    /// elements; valid until the array is next changed).
    func address(of index: Int) -> UnsafeRawPointer? {
        index >= 0 && index < storage.count ? UnsafeRawPointer(storage.base! + index) : nil
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
