import Foundation
import Testing
@testable import TableroIngest
import TableroCore

/// A parser's name cache is memory a file that stopped growing does not
/// need: the dashboard keeps a parser per file (issue 11: 1,200 files of
/// 160 KB held 237 MB where `report` needs 52).
@Suite struct ParserCacheTests {
    static func ids(_ names: [String], _ interner: inout NameInterner, _ store: inout MetricsStore) -> [Int32] {
        names.map { name in
            var bytes = Array(name.utf8)
            return bytes.withUnsafeMutableBufferPointer { interner.id(UnsafeBufferPointer($0), registry: &store) }
        }
    }

    @Test func namesAfterSheddingGetTheSameIds() {
        var store = MetricsStore()
        var interner = NameInterner()
        #expect(!interner.holdsMemory)
        // Short names, and one longer than the 16 bytes kept in a slot's words.
        let names = ["phone", "chat", "billing", "a queue named at some length", " phone "]
        let first = Self.ids(names, &interner, &store)
        #expect(interner.holdsMemory)
        #expect(first[0] == first[4])  // trimmed
        interner.shed()
        #expect(!interner.holdsMemory)
        #expect(Self.ids(names, &interner, &store) == first)
        #expect(Self.ids(names.reversed(), &interner, &store) == first.reversed())
    }

    static func cachesHeld(_ rig: LiveRig, _ path: String) -> Bool? {
        rig.live.files.values.first { $0.file.path == path }?.cursor?.parser.holdsCaches
    }

    /// A file with nothing new gives its names back at the next refresh;
    /// the file being appended to keeps them; rows after that read as before.
    @Test func anIdleFileGivesBackItsParsersNames() throws {
        let a = LiveData.events(0..<50)
        let b = LiveData.events(50..<100)
        let rig = try LiveRig(["events-a.csv": a, "events-b.csv": b])
        rig.refresh()
        #expect(Self.cachesHeld(rig, "events-a.csv") == true)
        #expect(Self.cachesHeld(rig, "events-b.csv") == true)
        try rig.append("events-b.csv", LiveData.events(100..<110, header: false))
        rig.refresh()
        #expect(Self.cachesHeld(rig, "events-a.csv") == false)
        #expect(Self.cachesHeld(rig, "events-b.csv") == true)
        try rig.append("events-a.csv", LiveData.events(110..<120, header: false))
        rig.refresh()
        #expect(Self.cachesHeld(rig, "events-a.csv") == true)
        #expect(Self.cachesHeld(rig, "events-b.csv") == false)
        try expectSameAsOneShot(rig, ["events-a.csv": a + LiveData.events(110..<120, header: false),
                                      "events-b.csv": b + LiveData.events(100..<110, header: false)])
        #expect(rig.report().queue.offered == 120)
    }

    /// A first load's slice gives back the caches of the files it read to
    /// their size at once, not at the next slice; one it left part way
    /// keeps them; the figures are one read's.
    @Test func aSliceGivesBackTheNamesOfTheFilesItReadWhole() throws {
        let a = LiveData.events(0..<50)
        let b = LiveData.events(50..<400)
        let rig = try LiveRig(["events-a.csv": a, "events-b.csv": b])
        // A budget that ends inside the second file (a slice's reads take
        // at least 4 KiB).
        let outcome = rig.refresh(budget: a.utf8.count + 4096)
        #expect(outcome.pending)
        #expect(Self.cachesHeld(rig, "events-a.csv") == false)
        #expect(Self.cachesHeld(rig, "events-b.csv") == true)
        while rig.refresh(budget: a.utf8.count + 4096).pending {}
        #expect(Self.cachesHeld(rig, "events-b.csv") == false)
        // Unsliced refreshes (the tail after the first load) keep them while a file grows.
        try rig.append("events-a.csv", LiveData.events(400..<410, header: false))
        rig.refresh()
        #expect(Self.cachesHeld(rig, "events-a.csv") == true)
        try expectSameAsOneShot(rig, ["events-a.csv": a + LiveData.events(400..<410, header: false), "events-b.csv": b])
        #expect(rig.report().queue.offered == 410)
    }
}
