import Foundation
import Testing
@testable import TableroIngest
import TableroCore

/// Issue 10: rows stamped after the wall clock are a finding ("N rows in the
/// future"), are not counted, and do not make the data look fresh.
@Suite struct FutureRowsTests {
    // 2026-11-22T12:00:00Z is the clock; the tolerance is 60 s.
    static let clock = 1_795_348_800.0

    static let events = """
        ts,contact_id,event,queue
        2026-11-22T11:00:00Z,c1,arrive,sales
        2026-11-22T11:00:30Z,c1,answer,sales
        2026-11-22T12:00:45Z,c2,arrive,sales
        2026-11-22T12:05:00Z,c3,arrive,sales
        2026-11-23T09:00:00Z,c4,arrive,sales

        """

    @Test func rowsAfterTheClockAreNamedAndNotCounted() throws {
        let dir = try TempDataDir(["events.csv": Self.events])
        let loaded = try DirectoryLoader.load(root: dir.root, settings: Settings(), cutoff: nil,
                                              futureLimit: Self.clock + MetricsStore.futureToleranceSeconds)
        let store = loaded.store
        let file = try #require(store.ledger.files.first { $0.path == "events.csv" })
        // c2 is 45 s ahead (within the tolerance: counted); c3 and c4 are not.
        #expect(file.rows == 5)
        #expect(file.future == 2)
        #expect(file.rejected == 2)
        #expect(file.errors.first == "events.csv:5: stamped 2026-11-22T12:05:00Z, after the clock (2026-11-22T12:00:00Z): in the future")
        let report = store.report(window: .all, asOf: Self.clock)
        #expect(report.queue.offered == 2)
        // The newest row counted is c2's, not tomorrow's.
        #expect(store.newestRowTime == Self.clock + 45)
    }

    /// The dashboard's store: the limit follows its moving clock.
    @Test func theLiveStoreUsesTheDashboardClock() throws {
        let dir = try TempDataDir(["events.csv": Self.events])
        var live = LiveStore(root: dir.root, settingsPath: nil, settings: Settings(), cutoff: nil)
        live.refresh(byteBudget: nil, now: Self.clock, asOf: Self.clock)
        #expect(live.store.ledger.files.first { $0.path == "events.csv" }?.future == 2)
        #expect(live.report(window: .all, asOf: Self.clock, scenario: Scenario(settings: Settings())).queue.offered == 2)
    }

    /// The dashboard's `--as-of latest`: its own load runs under the wall
    /// clock (12:00:00), then the newest row becomes the cutoff
    /// (`fixCutoff`). Its store then says what `report --as-of latest`
    /// says: c1 and c2 offered (c2, 45 s ahead of the clock, within the
    /// 60 s tolerance, is the newest row: 12:00:45), c2 waiting at it, c3
    /// (12:05) and c4 (tomorrow) in the future. Two rows appended, read at
    /// 12:00:10: c5 at 12:01, after the as-of but not after the clock and
    /// its tolerance (12:01:10), is left out without a finding; c6 at
    /// 12:30 is a third row in the future. A reload (a changed
    /// tablero.toml) reads it all again under the same cutoff, at 12:00:20,
    /// with the same findings.
    @Test func theDashboardsReplayOfTheDataEndSaysWhatTheReportSays() throws {
        let dir = try TempDataDir(["events.csv": Self.events])
        let settings = Settings()
        let scenario = Scenario(settings: settings)
        let loaded = try DirectoryLoader.load(root: dir.root, settings: settings, cutoff: nil,
                                              futureLimit: Self.clock + MetricsStore.futureToleranceSeconds).store
        let newest = try #require(loaded.newestRowTime)
        #expect(newest == Self.clock + 45)

        var live = LiveStore(root: dir.root, settingsPath: nil, settings: settings, cutoff: nil, cutoffAtDataEnd: true)
        // A slice of a first load, as the dashboard reads it.
        _ = live.refresh(byteBudget: 64 << 20, now: Self.clock, asOf: Self.clock)
        #expect(live.store.newestRowTime == newest)
        live.fixCutoff(at: newest)
        let expected = loaded.report(window: .all, asOf: newest, scenario: scenario)
        let shown = live.report(window: .all, asOf: newest, scenario: scenario)
        #expect(shown.queue.offered == 2 && expected.queue.offered == 2)
        #expect(shown.queue.waitingNow == 1 && expected.queue.waitingNow == 1)
        #expect(live.store.ledger.files.map(\.future) == loaded.ledger.files.map(\.future))
        #expect(live.store.ledger.files.first?.future == 2)

        let handle = try #require(FileHandle(forWritingAtPath: dir.path("events.csv")))
        handle.seekToEndOfFile()
        handle.write(Data("2026-11-22T12:01:00Z,c5,arrive,sales\n2026-11-22T12:30:00Z,c6,arrive,sales\n".utf8))
        try handle.close()
        _ = live.refresh(byteBudget: nil, now: Self.clock + 10, asOf: newest)
        #expect(live.store.skippedAfterCutoff == 1)
        #expect(live.store.ledger.files.first?.future == 3)
        #expect(live.report(window: .all, asOf: newest, scenario: scenario).queue.offered == 2)

        live.reload(settings: settings)
        _ = live.refresh(byteBudget: 64 << 20, now: Self.clock + 20, asOf: newest)
        #expect(live.cutoff == newest)
        #expect(live.store.cutoff == newest)
        #expect(live.store.skippedAfterCutoff == 1)
        #expect(live.store.ledger.files.first?.future == 3)
        let reloaded = live.report(window: .all, asOf: newest, scenario: scenario)
        #expect(reloaded.queue.offered == 2 && reloaded.queue.waitingNow == 1)
    }

    /// Until its cutoff is fixed, that replay counts a last line without
    /// its line end at once, as `report` does. The file was just written,
    /// so a dashboard following it live holds that line for 2 s; held, the
    /// newest row (c2 at 11:30) would be lost to a cutoff fixed at c1's
    /// 09:00. Read at the file's own modification time, and the replay a
    /// second before it (a modification time ahead of this clock, as a
    /// file from another machine can have: a fresh-clone CI run read a
    /// hair before the time `stat` gave, and a settle time of 0 held it).
    @Test func aReplayOfTheDataEndCountsAHeldLastLineAtOnce() throws {
        let dir = try TempDataDir(["events.csv": "ts,contact_id,event\n2026-11-22T09:00:00Z,c1,arrive\n2026-11-22T11:30:00Z,c2,arrive"])
        let attributes = try FileManager.default.attributesOfItem(atPath: dir.path("events.csv"))
        let modified = try #require(attributes[.modificationDate] as? Date).timeIntervalSince1970
        var replay = LiveStore(root: dir.root, settingsPath: nil, settings: Settings(), cutoff: nil, cutoffAtDataEnd: true)
        let read = replay.refresh(byteBudget: 64 << 20, now: modified - 1, asOf: modified - 1)
        #expect(read.settleAt == nil)
        #expect(replay.store.newestRowTime == 1_795_347_000)  // 2026-11-22T11:30:00Z
        var following = LiveStore(root: dir.root, settingsPath: nil, settings: Settings(), cutoff: nil)
        let held = following.refresh(byteBudget: 64 << 20, now: modified, asOf: modified)
        // 2 s after the modification time (as stat gives it, a hair from Foundation's).
        #expect(held.settleAt.map { abs($0 - (modified + 2)) < 0.01 } == true)
        #expect(following.store.newestRowTime == 1_795_338_000)  // 09:00
    }

    /// A fixed as-of leaves later rows out without a finding: a replay.
    @Test func aReplayIsNotTheFuture() throws {
        let dir = try TempDataDir(["events.csv": Self.events])
        let loaded = try DirectoryLoader.load(root: dir.root, settings: Settings(), cutoff: Self.clock)
        let file = try #require(loaded.store.ledger.files.first { $0.path == "events.csv" })
        #expect(file.future == 0)
        #expect(file.rejected == 0)
    }
}
