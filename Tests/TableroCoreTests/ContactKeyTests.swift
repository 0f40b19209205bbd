import Testing
@testable import TableroCore

/// Issue 11: contact ids travel as keys (`ContactKey`), their texts only
/// when longer than the key holds. Two ids must have equal keys exactly
/// when they are equal (or both long, which their texts then tell apart),
/// however the key was made, and the text must come back.
@Suite struct ContactKeyTests {
    /// A contact of file `file` whose one event, a resolve, is at `resolvedAt` (its `lastTime`).
    static func state(file: Int, resolvedAt time: Double) -> ContactState {
        var s = ContactState(queue: NameTable.none, channel: NameTable.none, file: Int32(file))
        s.resolveAt = time
        return s
    }

    /// Ids of every length around the 8- and 15-byte edges, and ones that
    /// differ in a single byte anywhere, or only in length (a trailing NUL
    /// byte would be a zero in the key: the length tells it apart).
    static let ids: [String] = {
        var ids = ["C0000001", "C0000002", "c", "Ç01", "psy1-1292281041.87", "x\u{0}", "x"]
        for length in 1...17 {
            let id = String((0..<length).map { Character(UnicodeScalar(UInt8(0x41 + $0 % 26))) })
            ids.append(id)
            for at in 0..<length {
                var bytes = Array(id.utf8)
                bytes[at] ^= 0x20
                ids.append(String(decoding: bytes, as: UTF8.self))
            }
        }
        return ids
    }()

    @Test func equalKeysExactlyForEqualHeldIDs() {
        for a in Self.ids {
            for b in Self.ids {
                let (ka, kb) = (ContactKey(a), ContactKey(b))
                if ka.isLong && kb.isLong { continue }
                #expect((ka == kb) == (a == b), "\(a) \(b)")
            }
        }
    }

    @Test func aHeldIDComesBackAndLongOnesAreMarked() {
        for id in Self.ids {
            let key = ContactKey(id)
            #expect(key.isLong == (id.utf8.count > ContactKey.longestHeld), "\(id)")
            #expect(ContactID(id).text == id)
            if !key.isLong { #expect(key.heldText == id) }
        }
    }

    /// A reader makes the key with two 8-byte loads and masks off what
    /// follows the id: the same key and hash as from the id alone.
    @Test func loadingFromARowGivesTheSameKeyAndHash() {
        for id in Self.ids where id.utf8.count <= ContactKey.longestHeld {
            var row = Array((id + ",answer,phone,sales,,\n").utf8)
            let key = row.withUnsafeMutableBufferPointer { ContactKey(loading: UnsafeRawPointer($0.baseAddress!), count: id.utf8.count) }
            #expect(key == ContactKey(id), "\(id)")
            let hash = row.withUnsafeBufferPointer { key.hash(utf8: UnsafeBufferPointer(rebasing: $0[0..<id.utf8.count])) }
            #expect(hash == ContactID(id).hash, "\(id)")
        }
    }

    /// Long ids share one key: the table tells them apart by their text,
    /// also when their hashes are equal; and they leave with the sweep.
    @Test func longIDsAreToldApartByTheirText() {
        var table = ContactTable(capacity: 4)
        let long = ["a-contact-id-of-twenty", "a-contact-id-of-twentx", "another-long-contact-id"]
        let top: UInt64 = 0x8000_0000_0000_0000
        for (n, id) in long.enumerated() {
            table.insert(id, hash: top | 7, ContactKeyTests.state(file: n, resolvedAt: 0))
            table.insert("s\(n)", hash: top | 7, ContactKeyTests.state(file: n, resolvedAt: 1))
        }
        for (n, id) in long.enumerated() {
            #expect(table.find(id, hash: top | 7).map { table[slot: $0].file } == Int32(n))
        }
        #expect(table.find("a-contact-id-of-twenty-one", hash: top | 7) == nil)
        // Forget the first long id and a short one: the rest keep their texts.
        let (_, gone) = table.removeAll(withKeys: true) { $0.file == 0 ? .forget : .keep }
        #expect(gone == ["a-contact-id-of-twenty", "s0"])
        #expect(Array(table.entries.map(\.key)) == ["a-contact-id-of-twentx", "s1", "another-long-contact-id", "s2"])
        #expect(table.find("a-contact-id-of-twentx", hash: top | 7).map { table[slot: $0].file } == 1)
        #expect(table.find("a-contact-id-of-twenty", hash: top | 7) == nil)
        // A short id moved onto the place a long one left: the long ones
        // after it are still found by their text.
        _ = table.removeAll(withKeys: false) { $0.file == 1 && $0.lastTime == 0 ? .forget : .keep }
        #expect(Array(table.entries.map(\.key)) == ["s1", "another-long-contact-id", "s2"])
        #expect(table.find("another-long-contact-id", hash: top | 7).map { table[slot: $0].file } == 2)
        #expect(table.find("a-contact-id-of-twentx", hash: top | 7) == nil)
    }

    /// The table keeps no texts until a long id comes; the first one that
    /// comes after short ones is found, and so are the short ones, through
    /// sweeps that forget some of each.
    @Test func aLongIDAfterShortOnes() {
        var table = ContactTable(capacity: 4)
        func state(_ n: Int) -> ContactState { ContactKeyTests.state(file: n, resolvedAt: 0) }
        var ids = (0..<40).map { "short\($0)" }
        for (n, id) in ids.enumerated() { table.insert(id, hash: ContactTable.hash(id), state(n)) }
        let long = (0..<10).map { "a-contact-id-longer-than-the-key-\($0)" }
        for (n, id) in long.enumerated() { table.insert(id, hash: ContactTable.hash(id), state(40 + n)) }
        ids += long
        for round in 0..<3 {
            let (_, gone) = table.removeAll(withKeys: true) { $0.file % 3 == Int32(round) ? .forget : .keep }
            #expect(gone == ids.enumerated().filter { $0.offset % 3 == round }.map(\.element))
            ids = ids.enumerated().filter { $0.offset % 3 != round }.map(\.element)
            // Files renumbered as the model's places, for the next round.
            for (n, id) in ids.enumerated() {
                let slot = table.find(id, hash: ContactTable.hash(id))
                #expect(slot != nil, "\(id)")
                if let slot { table[slot: slot].file = Int32(n) }
            }
            #expect(Array(table.entries.map(\.key)) == ids)
        }
        // Added after the sweeps, and after a sweep that empties the
        // table: each text stays beside its own entry.
        let later = ["a-contact-id-added-after-the-sweeps", "short-x"]
        for (n, id) in later.enumerated() { table.insert(id, hash: ContactTable.hash(id), state(100 + n)) }
        ids += later
        for id in ids { #expect(table[id] != nil, "\(id)") }
        #expect(Array(table.entries.map(\.key)) == ids)
        _ = table.removeAll(withKeys: false) { _ in .forget }
        #expect(table.count == 0 && Array(table.entries).isEmpty)
        let fresh = ["s1", "s2", "another-contact-id-after-emptying", "s3"]
        for (n, id) in fresh.enumerated() { table.insert(id, hash: ContactTable.hash(id), state(n)) }
        for id in fresh { #expect(table[id] != nil, "\(id)") }
        #expect(table["a-contact-id-added-after-the-sweeps"] == nil)
        #expect(Array(table.entries.map(\.key)) == fresh)
    }
}
