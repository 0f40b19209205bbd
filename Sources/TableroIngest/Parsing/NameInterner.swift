import Foundation
import TableroCore

/// Turns the bytes of a repeated short field (channel, queue, agent) into
/// its text and the store's name id without decoding, hashing a String or
/// allocating again: each distinct value is decoded once and found again by
/// a byte hash. Ids belong to one registry (a store, or a parallel load's
/// batch), as does the reader that owns this.
struct NameInterner {
    private struct Entry {
        var hash: UInt64
        var bytes: [UInt8]
        var text: String
        var id: Int32
    }

    private static let slots = 1024
    private var table = [Entry?](repeating: nil, count: NameInterner.slots)

    /// Length and the first and last eight bytes, mixed: names differ there,
    /// and it costs two loads instead of a loop over every byte.
    @inline(__always)
    static func hash(_ b: FieldBytes) -> UInt64 {
        let raw = UnsafeRawPointer(b.baseAddress!)
        let n = b.count
        var head: UInt64 = 0
        var tail: UInt64 = 0
        if n >= 8 {
            head = raw.loadUnaligned(as: UInt64.self)
            tail = raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
        } else {
            for i in 0..<n { head = head << 8 | UInt64(b[i]) }
        }
        var h = head &* 0x9E37_79B9_7F4A_7C15 ^ tail &* 0xC2B2_AE3D_27D4_EB4F ^ UInt64(n)
        h ^= h >> 29
        return h &* 0x1656_67B1_9E37_79F9
    }

    mutating func name<Registry: NameRegistry>(_ raw: FieldBytes, registry: inout Registry) -> (text: String, id: Int32) {
        let b = raw.trimmed()
        if b.isEmpty { return ("", NameTable.none) }
        guard b.count <= 64 else {
            let text = b.string
            return (text, registry.nameID(text))
        }
        let h = Self.hash(b)
        let slot = Int(h % UInt64(Self.slots))
        if let e = table[slot], e.hash == h, e.bytes.count == b.count,
           e.bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, b.baseAddress!, b.count) == 0 }) {
            return (e.text, e.id)
        }
        let text = b.string
        let id = registry.nameID(text)
        table[slot] = Entry(hash: h, bytes: Array(b), text: text, id: id)
        return (text, id)
    }
}

/// Where interned names get their ids: the store itself, or the batch of
/// a parallel load's chunk, whose ids the store maps to its own.
protocol NameRegistry {
    mutating func nameID(_ name: String) -> Int32
}

extension MetricsStore: NameRegistry {}
