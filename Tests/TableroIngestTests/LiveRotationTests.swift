import Foundation
import Testing
@testable import TableroIngest
import TableroCore

/// Log rotation while following: every row counted once, compared with a
/// one-shot load of the files as they end up.
@Suite("live directory: rotation")
struct LiveRotationTests {
    /// Asterisk's `logger rotate`: queue_log → queue_log.1, a new queue_log.
    /// Bytes written to the old file before the writer reopened are read
    /// from it under its new name.
    @Test func renameAndRecreate() throws {
        let rig = try LiveRig(["queue_log": LiveData.calls(0..<10)])
        rig.refresh()
        try rig.append("queue_log", LiveData.calls(10..<12)) // not read yet
        rig.rename("queue_log", "queue_log.1")
        try rig.dir.write("queue_log", LiveData.calls(12..<15))
        let outcome = rig.refresh()
        #expect(outcome.renamed == [.init(from: "queue_log", to: "queue_log.1")])
        #expect(outcome.added == ["queue_log"])
        #expect(outcome.gone.isEmpty)
        #expect(rig.quality("queue_log.1").rows == 36)
        #expect(rig.quality("queue_log").rows == 9)
        // The old file is finished under its new name.
        try rig.append("queue_log.1", LiveData.call(15))
        #expect(rig.refresh().rowsRead == 3)
        try expectSameAsOneShot(rig, [
            "queue_log.1": LiveData.calls(0..<12) + LiveData.call(15),
            "queue_log": LiveData.calls(12..<15),
        ])
    }

    /// logrotate with `rotate 2`: the oldest removed, the others shifted.
    @Test func aChainOfRenames() throws {
        let rig = try LiveRig([
            "queue_log.2": LiveData.calls(0..<3), "queue_log.1": LiveData.calls(3..<6), "queue_log": LiveData.calls(6..<9),
        ])
        rig.refresh()
        try rig.remove("queue_log.2")
        rig.rename("queue_log.1", "queue_log.2")
        rig.rename("queue_log", "queue_log.1")
        try rig.dir.write("queue_log", LiveData.calls(9..<10))
        let outcome = rig.refresh()
        #expect(outcome.gone == ["queue_log.2"])
        #expect(Set(outcome.renamed.map(\.to)) == ["queue_log.2", "queue_log.1"])
        #expect(outcome.rowsRead == 3)
        #expect(rig.quality("queue_log.2").rows == 9)
        #expect(rig.quality("queue_log.1").rows == 9)
        #expect(rig.quality("queue_log").rows == 3)
        #expect(rig.store.ledger.files.filter(\.gone).map(\.rows) == [9])
        #expect(rig.report().queue.offered == 10)
    }

    /// A rejected row's note follows its file's rename (same line).
    @Test func notesFollowARenamedFile() throws {
        let rig = try LiveRig(["queue_log": LiveData.call(0) + "bad line\n"])
        rig.refresh()
        rig.rename("queue_log", "queue_log.1")
        rig.refresh()
        #expect(rig.quality("queue_log.1").errors.count == 1)
        #expect(rig.quality("queue_log.1").errors.first?.hasPrefix("queue_log.1:4: ") == true)
    }

    /// logrotate `copytruncate`: the copy appears first and is seen before
    /// the truncation. Bytes appended before the copy are counted once.
    @Test func copyTruncateWithTheCopySeenFirst() throws {
        let rig = try LiveRig(["queue_log": LiveData.calls(0..<10)])
        rig.refresh()
        try rig.append("queue_log", LiveData.calls(10..<12))
        try rig.dir.write("queue_log.1", LiveData.calls(0..<12))
        let copied = rig.refresh()
        #expect(copied.added == ["queue_log.1"])
        #expect(copied.rowsRead == 6)
        rig.truncate("queue_log")
        try rig.append("queue_log", LiveData.calls(12..<14))
        let truncated = rig.refresh()
        #expect(truncated.restarted == ["queue_log"])
        #expect(truncated.rowsRead == 6)
        try expectSameAsOneShot(rig, ["queue_log.1": LiveData.calls(0..<12), "queue_log": LiveData.calls(12..<14)])
    }

    /// The truncation seen first (the copy written elsewhere and moved in):
    /// the copy carries on where the truncated bytes had been read to.
    @Test func copyTruncateWithTheTruncationSeenFirst() throws {
        let rig = try LiveRig(["queue_log": LiveData.calls(0..<10)])
        rig.refresh()
        try rig.append("queue_log", LiveData.calls(10..<12)) // never read from queue_log
        rig.truncate("queue_log")
        try rig.append("queue_log", LiveData.calls(12..<13))
        let truncated = rig.refresh()
        #expect(truncated.restarted == ["queue_log"])
        #expect(truncated.rowsRead == 3)
        try rig.dir.write("queue_log.1", LiveData.calls(0..<12))
        let copied = rig.refresh()
        #expect(copied.added == ["queue_log.1"])
        #expect(copied.rowsRead == 6)
        try expectSameAsOneShot(rig, ["queue_log.1": LiveData.calls(0..<12), "queue_log": LiveData.calls(12..<13)])
    }

    /// Copy and truncation between two refreshes.
    @Test func copyTruncateSeenInOneRefresh() throws {
        let rig = try LiveRig(["surveys.csv": LiveData.surveys(0..<20)])
        rig.refresh()
        try rig.append("surveys.csv", LiveData.surveys(20..<25, header: false))
        try rig.dir.write("surveys.csv.1.csv", LiveData.surveys(0..<25))
        rig.truncate("surveys.csv")
        try rig.append("surveys.csv", LiveData.surveys(30..<33))
        let outcome = rig.refresh()
        #expect(outcome.rowsRead == 5 + 3)
        // The copy carries on with the parser of the truncated file: its
        // header, and its line numbers. The 20 rows read from the truncated
        // bytes are the copy's now (a one-shot read counts 25 there).
        #expect(rig.quality("surveys.csv.1.csv").rows == 25)
        #expect(rig.quality("surveys.csv").rows == 3)
        try expectSameAsOneShot(rig, ["surveys.csv.1.csv": LiveData.surveys(0..<25), "surveys.csv": LiveData.surveys(30..<33)])
    }

    /// A rejected row in the part of the copy read after the truncation is
    /// noted at its line in the copy.
    @Test func aCopyCarriesOnTheLineNumbers() throws {
        let first = LiveData.calls(0..<2)
        let rig = try LiveRig(["queue_log": first])
        rig.refresh()
        try rig.append("queue_log", "not a line\n")
        rig.truncate("queue_log")
        rig.refresh()
        try rig.dir.write("queue_log.1", first + "not a line\n")
        rig.refresh()
        #expect(rig.quality("queue_log.1").errors.count == 1)
        #expect(rig.quality("queue_log.1").errors.first?.hasPrefix("queue_log.1:7: ") == true)
    }

    /// The copy seen while it is still being written: it waits, counting
    /// nothing, until it holds what was read.
    @Test func aCopyStillBeingWrittenWaits() throws {
        let all = LiveData.calls(0..<40)
        let rig = try LiveRig(["queue_log": all])
        rig.refresh()
        let bytes = Array(all.utf8)
        try rig.dir.write("queue_log.1", bytes: Array(bytes[0..<(bytes.count / 2)]))
        let partial = rig.refresh()
        #expect(partial.added == ["queue_log.1"])
        #expect(partial.rowsRead == 0)
        try rig.append("queue_log.1", String(decoding: bytes[(bytes.count / 2)...], as: UTF8.self))
        #expect(rig.refresh().rowsRead == 0)
        rig.truncate("queue_log")
        try rig.append("queue_log", LiveData.call(40))
        #expect(rig.refresh().rowsRead == 3)
        try expectSameAsOneShot(rig, ["queue_log.1": all, "queue_log": LiveData.call(40)])
    }

    /// A copy of a large file (beyond the 64 KiB compared at its head) is
    /// recognised by its last bytes read too.
    @Test func copyTruncateOfALargeFile() throws {
        let all = LiveData.calls(0..<2000)
        #expect(all.utf8.count > 4 * PrefixFingerprint.headLimit)
        let rig = try LiveRig(["queue_log": all])
        rig.refresh()
        try rig.append("queue_log", LiveData.call(2000))
        try rig.dir.write("queue_log.1", all + LiveData.call(2000))
        rig.truncate("queue_log")
        #expect(rig.refresh().rowsRead == 3)
        try expectSameAsOneShot(rig, ["queue_log.1": all + LiveData.call(2000)])
    }

    /// Same first 64 KiB, different bytes where reading stopped: not a copy.
    @Test func aLargeFileWithTheSameHeadButOtherBytesIsNotACopy() throws {
        let all = LiveData.calls(0..<2000)
        let other = LiveData.calls(0..<1500) + LiveData.calls(3000..<3600)
        #expect(other.utf8.count > all.utf8.count)
        let rig = try LiveRig(["queue_log": all])
        rig.refresh()
        try rig.dir.write("queue_log-other", other)
        #expect(rig.refresh().rowsRead == 6300)
    }

    /// Truncated and written past the old offset between two refreshes:
    /// the bytes under the offset changed, so it is read from the start.
    @Test func truncatedAndRefilledPastTheOffset() throws {
        let rig = try LiveRig(["queue_log": LiveData.calls(0..<3)])
        rig.refresh()
        rig.truncate("queue_log")
        try rig.append("queue_log", LiveData.calls(3..<10))
        let outcome = rig.refresh()
        #expect(outcome.restarted == ["queue_log"])
        #expect(outcome.rowsRead == 21)
        #expect(rig.quality("queue_log").rows == 30)
        #expect(rig.report().queue.offered == 10)
    }

    /// A CSV file truncated and started again with its header: the header
    /// is read by a new parser, not taken for a row.
    @Test func aCSVFileTruncatedAndRestartedWithItsHeader() throws {
        let rig = try LiveRig(["surveys.csv": LiveData.surveys(0..<10)])
        rig.refresh()
        rig.truncate("surveys.csv")
        rig.refresh()
        try rig.append("surveys.csv", LiveData.surveysHeader)
        rig.refresh()
        try rig.append("surveys.csv", LiveData.surveys(10..<13, header: false))
        #expect(rig.refresh().rowsRead == 3)
        #expect(rig.rejected == 0)
        #expect(rig.report().satisfaction.csatResponses == 13)
    }
}
