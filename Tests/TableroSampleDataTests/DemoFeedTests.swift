import Foundation
import Testing
@testable import TableroSampleData
import TableroIngest
import TableroCore

/// The live feed of `tablero demo`: what it appends must read back cleanly
/// through the real loader, continue the sample, and move the figures the
/// way the demo promises (hour-of-day arrivals, bursts into amber and red).
@Suite struct DemoFeedTests {
    /// Three days ending on Monday 2026-11-23 (mid-afternoon, New York).
    static let small = GeneratorOptions(days: 3, contacts: 1_200, seed: 7, endDate: "2026-11-23",
                                        timeZone: "America/New_York", eventDays: 3, queueLogDays: 2, agents: 12)

    static func smallDirectory() throws -> TempDataDir {
        let dir = try TempDataDir()
        _ = try SampleDataGenerator.generate(small, into: URL(fileURLWithPath: dir.root))
        return dir
    }

    @Test func appendedRowsLoadWithoutFindings() throws {
        let dir = try DemoFeedTests.smallDirectory()
        let before = try dir.load()
        let sampleIDs = Set(try demoRows(dir.path("events.csv")).map { $0["contact_id"]! })
        let start = try #require(DemoFeed.newestEventTime(in: dir.root))
        var feed = try DemoFeed(directory: dir.root, start: start, seed: 3)
        var appended = 0
        for minute in 1...120 { appended += try feed.advance(to: start + Double(minute) * 60).eventRows }
        #expect(appended > 100)

        let after = try dir.load()
        let asOf = start + 7200
        #expect(after.store.report(window: .all, asOf: asOf).queue.offered
                > before.store.report(window: .all, asOf: asOf).queue.offered)
        for file in after.store.ledger.files {
            #expect(file.rejected == 0, "\(file.path): \(file.errors)")
            #expect(file.orphans == 0, "\(file.path) has orphans")
            #expect(file.errors.isEmpty, "\(file.path): \(file.errors)")
        }
        #expect(after.quality("events.csv").rows > before.quality("events.csv").rows)
        #expect(after.quality("surveys.csv").rows > before.quality("surveys.csv").rows)
        #expect(after.quality("queue_log").rows > before.quality("queue_log").rows)

        // New contacts have ids of their own: one arrive each, none the sample's.
        let rows = try demoRows(dir.path("events.csv"))
        let arrivals = rows.filter { $0["event"] == "arrive" && !sampleIDs.contains($0["contact_id"]!) }.map { $0["contact_id"]! }
        #expect(arrivals.count > 20)
        #expect(Set(arrivals).count == arrivals.count)
        #expect(arrivals.allSatisfy { $0.hasPrefix("demo-3-") })
    }

    @Test func rowsContinueInTimeOrderAfterTheSample() throws {
        let dir = try DemoFeedTests.smallDirectory()
        let sampleRows = try demoRows(dir.path("events.csv")).count
        let start = try #require(DemoFeed.newestEventTime(in: dir.root))
        var feed = try DemoFeed(directory: dir.root, start: start, seed: 3)
        for minute in stride(from: 7, through: 600, by: 7) { _ = try feed.advance(to: start + Double(minute) * 60) }
        let appended = try demoRows(dir.path("events.csv")).dropFirst(sampleRows)
        let times = appended.map { Timestamp.parse($0["ts"]!, clock: .utc)! }
        #expect(!times.isEmpty)
        #expect(times.first! >= start.rounded(.down))
        #expect(zip(times, times.dropFirst()).allSatisfy { $0 <= $1 }, "appended rows out of time order")
        #expect(times.last! <= start + 600 * 60)
    }

    @Test func everyAdvanceLeavesWholeLines() throws {
        let dir = try DemoFeedTests.smallDirectory()
        let start = try #require(DemoFeed.newestEventTime(in: dir.root))
        var feed = try DemoFeed(directory: dir.root, start: start, seed: 5)
        var rng = GenRandom(seed: 9, stream: 1)
        var t = start
        var wrote = 0
        while t < start + 3 * 3600 {
            t += rng.uniform(0.1, 240)
            let p = try feed.advance(to: t)
            wrote += p.eventRows + p.surveyRows + p.queueLogRows
            for name in ["events.csv", "surveys.csv", "queue_log"] {
                let bytes = try Data(contentsOf: URL(fileURLWithPath: dir.path(name)))
                #expect(bytes.last == 0x0A, "\(name) does not end with a newline at \(t)")
            }
        }
        #expect(wrote > 100)
    }

    @Test func sameSeedGivesSameBytesWhateverTheTicks() throws {
        func run(seed: UInt64, tick: Double) throws -> [Data] {
            let dir = try DemoFeedTests.smallDirectory()
            let start = try #require(DemoFeed.newestEventTime(in: dir.root))
            var feed = try DemoFeed(directory: dir.root, start: start, seed: seed)
            var t = start
            while t < start + 4 * 3600 {
                t = min(t + tick, start + 4 * 3600)
                _ = try feed.advance(to: t)
            }
            return try ["events.csv", "surveys.csv", "queue_log"].map { try Data(contentsOf: URL(fileURLWithPath: dir.path($0))) }
        }
        let fine = try run(seed: 11, tick: 1.5)
        let coarse = try run(seed: 11, tick: 1000)
        let other = try run(seed: 12, tick: 1000)
        #expect(fine == coarse)
        #expect(fine[0] != other[0])
        #expect(fine[1] != other[1])
    }

    @Test func burstsPushLiveWaitsPastAmberAndRecover() throws {
        func liveWaits(burstsPerHour: Double) throws -> [Double] {
            let dir = try DemoFeedTests.smallDirectory()
            let start = try #require(DemoFeed.newestEventTime(in: dir.root))
            var feed = try DemoFeed(directory: dir.root, start: start, seed: 21,
                                    options: DemoOptions(burstsPerHour: burstsPerHour))
            var store = try DemoTailingStore(root: dir.root)
            var waits: [Double] = []
            for step in 1...(12 * 30) {
                let t = start + Double(step) * 120
                _ = try feed.advance(to: t)
                store.read()
                let report = store.store.report(window: .today, asOf: t)
                waits.append(["phone", "chat"].compactMap { report.byChannel[$0]?.longestWaitNowSeconds }.max() ?? 0)
            }
            return waits
        }
        let amber = Settings().queue.waitWarningSeconds
        let critical = Settings().queue.waitCriticalSeconds
        let bursty = try liveWaits(burstsPerHour: 1.5)
        let calm = try liveWaits(burstsPerHour: 0)
        #expect(bursty.max()! >= critical, "no burst reached red: longest \(bursty.max()!) s")
        let amberBursty = bursty.filter { $0 >= amber }.count
        let amberCalm = calm.filter { $0 >= amber }.count
        #expect(amberBursty > 2 * amberCalm, "bursts: \(amberBursty) samples in amber, calm: \(amberCalm)")
        // Bursts pass: most of the time the live queue is green.
        #expect(Double(bursty.filter { $0 >= amber }.count) < 0.3 * Double(bursty.count))
    }

    @Test func arrivalsFollowTheHourOfDay() throws {
        let dir = try DemoFeedTests.smallDirectory()
        let sampleRows = try demoRows(dir.path("events.csv")).count
        let start = try #require(DemoFeed.newestEventTime(in: dir.root))
        var feed = try DemoFeed(directory: dir.root, start: start, seed: 4)
        for hour in 1...72 { _ = try feed.advance(to: start + Double(hour) * 3600) }
        let clock = ZoneClock(identifier: "America/New_York")!
        var byHour = Array(repeating: 0, count: 24)
        for row in try demoRows(dir.path("events.csv")).dropFirst(sampleRows) where row["event"] == "arrive" {
            let t = Timestamp.parse(row["ts"]!, clock: clock)!
            let local = Int(t) + clock.offset(at: t)
            byHour[((local % 86_400) + 86_400) % 86_400 / 3600] += 1
        }
        #expect(byHour[11] > 50)
        #expect(byHour[11] > 5 * byHour[3], "11:00 \(byHour[11]) arrivals, 03:00 \(byHour[3])")
    }

    @Test func contactsTheSampleLeftOpenAreClosed() throws {
        let dir = try DemoFeedTests.smallDirectory()
        let start = try #require(DemoFeed.newestEventTime(in: dir.root))
        let open = DemoSample.scan(eventsPath: dir.path("events.csv"), clock: ZoneClock(identifier: "America/New_York")!).open
            .filter { $0.answer != nil || $0.arrive! > start - 10 * 3600 }
        #expect(!open.isEmpty)
        var feed = try DemoFeed(directory: dir.root, start: start, seed: 2)
        _ = try feed.advance(to: start + 12 * 3600)
        let after = DemoSample.scan(eventsPath: dir.path("events.csv"), clock: ZoneClock(identifier: "America/New_York")!)
        let stillOpen = Set(after.open.map(\.id))
        for c in open { #expect(!stillOpen.contains(c.id), "\(c.id) (\(c.channel)) still open after 12 hours") }
    }

    @Test func memoryFollowsOpenContactsNotElapsedTime() throws {
        let dir = try DemoFeedTests.smallDirectory()
        let start = try #require(DemoFeed.newestEventTime(in: dir.root))
        var feed = try DemoFeed(directory: dir.root, start: start, seed: 8)
        var peakPerDay = Array(repeating: 0, count: 5)
        for tick in 1...(5 * 24 * 6) {
            let p = try feed.advance(to: start + Double(tick) * 600)
            peakPerDay[(tick - 1) / 144] = max(peakPerDay[(tick - 1) / 144], p.pendingRows)
        }
        #expect(peakPerDay.allSatisfy { $0 > 0 && $0 < 1_500 }, "\(peakPerDay)")
        #expect(peakPerDay[4] <= 2 * peakPerDay[0] + 100, "\(peakPerDay)")
    }

    @Test func missingFilesAreCreatedAndForeignColumnOrderIsKept() throws {
        let dir = try TempDataDir([
            "tablero.toml": "[general]\ntimezone = \"Europe/Madrid\"\n",
            "surveys.csv": "score,type,ts,comment,contact_id\n",
        ])
        let start = utc(2026, 11, 23, 8)
        var feed = try DemoFeed(directory: dir.root, start: start, seed: 1, options: DemoOptions(queueLog: false))
        _ = try feed.advance(to: start + 6 * 3600)
        let events = try String(contentsOfFile: dir.path("events.csv"), encoding: .utf8)
        #expect(events.hasPrefix(GenEventsWriter.header + "\n"))
        let surveys = try String(contentsOfFile: dir.path("surveys.csv"), encoding: .utf8)
        #expect(surveys.hasPrefix("score,type,ts,comment,contact_id\n"))
        let second = try #require(surveys.split(separator: "\n").dropFirst().first)
        #expect(Int(second.split(separator: ",")[0]) != nil, "score first: \(second)")
        #expect(!FileManager.default.fileExists(atPath: dir.path("queue_log")))

        let loaded = try dir.load()
        #expect(loaded.quality("events.csv").rows > 50)
        #expect(loaded.quality("surveys.csv").rows > 0)
        #expect(loaded.store.ledger.totalRejected == 0, "\(loaded.store.ledger.files.map(\.errors))")
    }

    @Test func aFileWithoutItsFinalNewlineIsNotGluedTo() throws {
        let dir = try TempDataDir(["events.csv": "ts,contact_id,event\n2026-11-23T08:00:00Z,x1,arrive"])
        let start = utc(2026, 11, 23, 14)
        var feed = try DemoFeed(directory: dir.root, start: start, seed: 1)
        _ = try feed.advance(to: start + 3600)
        let loaded = try dir.load()
        #expect(loaded.quality("events.csv").rejected == 0, "\(loaded.quality("events.csv").errors)")
        #expect(loaded.store.hasContact("x1"))
    }

    @Test func noContactsMeansNoRowsAndNoHang() throws {
        let dir = try TempDataDir()
        let start = utc(2026, 11, 23)
        for perDay in [0, -5, Double.nan, .infinity] {
            var feed = try DemoFeed(directory: dir.root, start: start, seed: 1, options: DemoOptions(contactsPerDay: perDay))
            let p = try feed.advance(to: start + 86_400)
            #expect(p.eventRows == 0 && p.surveyRows == 0 && p.pendingRows == 0, "\(perDay)")
        }
    }

    @Test func aHeaderWithoutTheRequiredColumnsIsRefused() throws {
        let dir = try TempDataDir(["events.csv": "when,who\n1,2\n"])
        #expect(throws: DemoError.self) { try DemoFeed(directory: dir.root, start: utc(2026, 11, 23), seed: 1) }
    }

    @Test func newestEventTimeIsTheNewestRow() throws {
        let dir = try DemoFeedTests.smallDirectory()
        let loaded = try dir.load()
        let newest = try #require(DemoFeed.newestEventTime(in: dir.root))
        #expect(newest == loaded.store.newestRowTime)
        #expect(DemoFeed.newestEventTime(in: dir.path("nowhere")) == nil)

        // A later survey answer or PBX line moves it too: the demo starts after every row.
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: dir.path("surveys.csv")))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\(ZoneClock.utc.rfc3339(newest + 100)),csat,5,,,,,\n".utf8))
        try handle.close()
        #expect(DemoFeed.newestEventTime(in: dir.root) == newest + 100)
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: dir.path("queue_log")))
        try log.seekToEnd()
        try log.write(contentsOf: Data("\(Int(newest) + 200)|NONE|NONE|NONE|CONFIGRELOAD|\n".utf8))
        try log.close()
        #expect(DemoFeed.newestEventTime(in: dir.root) == newest + 200)
    }

    @Test func demoDirectoryCopiesAndRemoves() throws {
        let source = try TempDataDir(["events.csv": "ts,contact_id,event\n", "archive/contacts-2026-10.csv": "x\n"])
        let copy = try DemoDirectory.copy(from: source.root)
        #expect(copy.path != source.root)
        #expect((copy.path as NSString).lastPathComponent.hasPrefix("tablero-demo-"))
        #expect(try String(contentsOfFile: copy.path + "/events.csv", encoding: .utf8) == "ts,contact_id,event\n")
        #expect(try String(contentsOfFile: copy.path + "/archive/contacts-2026-10.csv", encoding: .utf8) == "x\n")
        let again = try DemoDirectory.copy(from: source.root)
        #expect(again.path != copy.path)
        copy.remove()
        again.remove()
        #expect(!FileManager.default.fileExists(atPath: copy.path))
        #expect(!FileManager.default.fileExists(atPath: again.path))
        #expect(FileManager.default.fileExists(atPath: source.path("events.csv")))
    }

    @Test func demoDirectoryRefusesAMissingSource() throws {
        let source = try TempDataDir(["events.csv": "ts\n"])
        #expect(throws: DemoError.self) { try DemoDirectory.copy(from: source.path("missing")) }
        #expect(throws: DemoError.self) { try DemoDirectory.copy(from: source.path("events.csv")) }
        do {
            _ = try DemoDirectory.copy(from: source.path("missing"))
        } catch {
            #expect("\(error)".contains("missing\" does not exist"))
        }
    }

    /// The cost figures for the report (`advance` per tick at 50x, resident
    /// memory over simulated hours), printed, never compared with a limit.
    /// What is checked is that the ticks did their work: each one reached
    /// the time it was asked for, rows were appended, and every row a tick
    /// reported is in its file (no more, no fewer). Run with
    /// TABLERO_DEMO_MEASURE=1 (TABLERO_DEMO_HOURS, default 10).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["TABLERO_DEMO_MEASURE"] != nil))
    func measureTickCostAndMemory() throws {
        let hours = Int(ProcessInfo.processInfo.environment["TABLERO_DEMO_HOURS"] ?? "10") ?? 10
        try #require(hours > 0, "TABLERO_DEMO_HOURS must be a positive number of hours")
        let dir = try DemoDirectory.copy(from: #filePath.components(separatedBy: "/Tests/")[0] + "/sample-data")
        defer { dir.remove() }
        let files = ["events.csv", "surveys.csv", "queue_log"].map { dir.path + "/" + $0 }
        let rowsBefore = try files.map(rowCount)
        let start = try #require(DemoFeed.newestEventTime(in: dir.path))
        let began = DispatchTime.now().uptimeNanoseconds
        var feed = try DemoFeed(directory: dir.path, start: start, seed: 1)
        print("demo-measure init \(Double(DispatchTime.now().uptimeNanoseconds - began) / 1e6) ms, RSS \(demoRSS() / 1024) MB")
        var costs: [Double] = []
        var appended = [0, 0, 0]
        for tick in 1...(hours * 3600 / 50) {
            let target = start + Double(tick) * 50
            let t0 = DispatchTime.now().uptimeNanoseconds
            let p = try feed.advance(to: target)
            costs.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
            #expect(p.simulatedTime == target, "tick \(tick) stopped at \(p.simulatedTime), not \(target)")
            appended[0] += p.eventRows
            appended[1] += p.surveyRows
            appended[2] += p.queueLogRows
            if tick % 72 == 0 { print("demo-measure hour \(tick / 72): RSS \(demoRSS() / 1024) MB, pending rows \(p.pendingRows)") }
        }
        let rows = appended.reduce(0, +)
        costs.sort()
        print("demo-measure ticks \(costs.count) rows \(rows): mean \(costs.reduce(0, +) / Double(costs.count)) ms, "
              + "p50 \(costs[costs.count / 2]) ms, p99 \(costs[costs.count * 99 / 100]) ms, max \(costs.last!) ms; "
              + "RSS \(demoRSS() / 1024) MB, peak \(demoMaxRSS() / 1024) MB")
        // The sample's centre is never closed (quiet at night, not shut; see
        // GenCatalog.hourShape) and the seed is fixed: any hour has events.
        #expect(appended[0] > 0, "no event rows in \(hours) simulated hours")
        for (i, path) in files.enumerated() {
            let grown = try rowCount(path) - rowsBefore[i]
            #expect(grown == appended[i], "\((path as NSString).lastPathComponent): \(grown) new rows, ticks reported \(appended[i])")
        }
    }
}

/// Rows in a file, header included: CSV records (a survey comment can hold
/// a quoted line break, so lines are not rows), or non-empty lines of a
/// queue_log.
func rowCount(_ path: String) throws -> Int {
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    if path.hasSuffix(".csv") { return CSVRecords.parse(bytes).count }
    return bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true).count
}

/// Resident set of this process now, KB (from /proc/self/statm).
func demoRSS() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
          let pages = text.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1024
}

/// Peak resident set of this process, KB.
func demoMaxRSS() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss
}

/// Every row of a CSV file as column -> value.
func demoRows(_ path: String) throws -> [[String: String]] {
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    let records = CSVRecords.parse(bytes)
    guard let header = records.first else { return [] }
    return records.dropFirst().map { Dictionary(zip(header, $0), uniquingKeysWith: { a, _ in a }) }
}

/// The directory as the dashboard sees it while the feed appends: every
/// file loaded once, then only what was appended, after each tick.
struct DemoTailingStore {
    var store: MetricsStore
    var cursors: [FileCursor]

    init(root: String) throws {
        let settings = try DirectoryLoader.settings(root: root, settingsPath: nil)
        store = MetricsStore(settings: settings, clock: ZoneClock(identifier: settings.general.timezone)!, cutoff: nil)
        cursors = []
        for file in try DataDirectory.list(root) {
            cursors.append(FileCursor(file: file, root: root, store: &store))
        }
        read()
    }

    mutating func read() {
        for i in cursors.indices { cursors[i].readAvailable(store: &store, atEnd: false) }
    }
}
