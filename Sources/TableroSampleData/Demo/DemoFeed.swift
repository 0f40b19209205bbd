import Foundation
import TableroCore
import TableroIngest

/// The live feed of `tablero demo`: appends to a data directory the rows a
/// contact centre would write, as simulated time passes.
///
/// Contacts arrive at the rate of the generator's hour-of-day and weekday
/// curves; phone and chat queue for a pool of agents, email, social and
/// WhatsApp wait hours as in the sample; some answer a survey after the
/// resolve. A few times an hour a burst floods one queue while agents are
/// pulled away, so waiting-now and the longest wait go amber and red for a
/// few minutes and then recover.
///
/// Single-threaded by design: the dashboard's loop calls `advance(to:)` on
/// its clock ticks. Memory holds only the rows decided but not yet due.
public struct DemoFeed: Sendable {
    public let directory: String
    /// The files are complete up to this simulated instant.
    public private(set) var simulatedTime: Double

    private var centre: DemoCentre
    private let rate: DemoRate
    private var arrivalRng: GenRandom
    private var burstRng: GenRandom
    /// The bursts as the extra arrivals see them (they run ahead of the pool).
    private var burstArrivals: DemoBursts
    private var nextArrival: Double
    private var nextBurstArrival: (time: Double, queue: Int)
    private let queueCumulative: [Double]
    /// [local hour][queue] -> cumulative channel weights, as the generator's.
    private let channelCumulative: [[[Double]]]
    private var eventsFile: DemoAppender
    private let eventsFormat: DemoRowFormat
    private var surveysFile: DemoAppender
    private let surveysFormat: DemoRowFormat
    private var queueLog: DemoQueueLog?

    /// - Parameters:
    ///   - directory: the (copied) data directory; its `events.csv` and
    ///     `surveys.csv` headers decide the column order, and are written
    ///     with the generator's header when the files are missing.
    ///   - start: simulated epoch seconds to start from; usually
    ///     `newestEventTime(in:)`, so the rows continue the sample.
    ///   - seed: same seed and start, same bytes, however the time is cut into ticks.
    ///   - settings: for the time zone of the hour-of-day curve and the
    ///     forget horizon; default `directory/tablero.toml`.
    public init(directory: String, start: Double, seed: UInt64 = 1, options: DemoOptions = DemoOptions(),
                settings: Settings? = nil) throws {
        let settings = settings ?? (try? DirectoryLoader.settings(root: directory, settingsPath: nil)) ?? Settings()
        let clock = ZoneClock(identifier: settings.general.timezone) ?? .utc
        self.directory = directory
        simulatedTime = start

        let eventsPath = directory + "/events.csv"
        let eventsHeader = try DemoFeed.header(eventsPath, default: GenEventsWriter.header, required: ["ts", "contact_id", "event"])
        eventsFormat = DemoRowFormat(header: eventsHeader)
        eventsFile = DemoAppender(path: eventsPath, header: eventsHeader.joined(separator: ","))
        let surveysPath = directory + "/surveys.csv"
        let surveysHeader = try DemoFeed.header(surveysPath, default: GenSurveysWriter.header, required: ["ts", "type", "score"])
        surveysFormat = DemoRowFormat(header: surveysHeader)
        surveysFile = DemoAppender(path: surveysPath, header: surveysHeader.joined(separator: ","))

        rate = DemoRate(clock: clock, options: options)
        let bursts = DemoBursts(seed: seed, start: start, rate: rate, perHour: options.burstsPerHour)
        burstArrivals = bursts
        let sample = DemoSample.scan(eventsPath: eventsPath, clock: clock)
        // Agents of the directory's own answers; else the roster `tablero generate` makes by default.
        let names = sample.agents.isEmpty ? GenRoster(count: 40, seed: 42).agents.map(\.name) : sample.agents
        centre = DemoCentre(seed: seed, rate: rate, bursts: bursts, agentNames: names,
                            forgetHours: settings.queue.forgetWaitingAfterHours)
        for open in sample.open { centre.adopt(open, start: start) }

        arrivalRng = GenRandom(seed: seed, stream: GenStream.demoArrivals)
        burstRng = GenRandom(seed: seed, stream: GenStream.demoBurstArrivals)
        queueCumulative = GenCatalog.queueShare.genCumulative()
        channelCumulative = (0..<24).map { hour in
            GenCatalog.queueNames.indices.map { queue in
                GenCatalog.channelNames.indices
                    .map { GenCatalog.channelWeight(queue: queue, channel: $0, localHour: hour) }
                    .genCumulative()
            }
        }
        nextArrival = start
        nextBurstArrival = (start, 0)
        if options.queueLog, DemoTail.size(path: directory + "/queue_log") != nil {
            queueLog = DemoQueueLog(path: directory + "/queue_log", seed: seed, start: start, rate: rate)
        }
        nextArrival = drawArrival(after: start)
        nextBurstArrival = drawBurstArrival(after: start)
    }

    /// Newest row time of the live files of a directory (events.csv,
    /// surveys.csv, queue_log), from the last 64 KB of each: the instant the
    /// demo's clock should start at. Nil when none has a readable row.
    public static func newestEventTime(in directory: String) -> Double? {
        let settings = (try? DirectoryLoader.settings(root: directory, settingsPath: nil)) ?? Settings()
        let clock = ZoneClock(identifier: settings.general.timezone) ?? .utc
        let times = [DemoTail.newestTime(csv: directory + "/events.csv", clock: clock),
                     DemoTail.newestTime(csv: directory + "/surveys.csv", clock: clock),
                     DemoTail.newestQueueLogTime(path: directory + "/queue_log")]
        return times.compactMap { $0 }.max()
    }

    /// Appends every row due up to `time` (simulated epoch seconds), in time
    /// order, whole lines, one write per file. An earlier `time` than the
    /// last one does nothing. Rows are stamped in whole seconds.
    public mutating func advance(to time: Double) throws -> DemoProgress {
        var progress = DemoProgress(simulatedTime: max(time, simulatedTime))
        guard time > simulatedTime else {
            progress.pendingRows = pendingRows
            return progress
        }
        simulatedTime = time
        let due = Int(time.rounded(.down))

        // Arrivals in time order (the pool serves first come first served);
        // each decides its whole future at once and queues its rows.
        while true {
            let base = nextArrival, extra = nextBurstArrival.time
            let t = min(base, extra)
            guard t.rounded(.down) <= Double(due) else { break }
            if base <= extra {
                let hour = rate.local(base).hour
                let queue = arrivalRng.pick(cumulative: queueCumulative)
                let channel = arrivalRng.pick(cumulative: channelCumulative[hour][queue])
                centre.arrive(at: base, queue: queue, channel: channel)
                nextArrival = drawArrival(after: base)
            } else {
                // A burst floods phone and chat of its queue.
                let channel = burstRng.chance(0.7) ? GenCatalog.phone : GenCatalog.chat
                centre.arrive(at: extra, queue: nextBurstArrival.queue, channel: channel)
                nextBurstArrival = drawBurstArrival(after: extra)
            }
        }

        var bytes: [UInt8] = []
        while let row = centre.events.first, row.ts <= due {
            eventsFormat.append(centre.events.pop()!, to: &bytes)
            progress.eventRows += 1
        }
        try eventsFile.append(bytes)
        bytes.removeAll(keepingCapacity: true)
        while let row = centre.surveys.first, row.ts <= due {
            surveysFormat.append(centre.surveys.pop()!, to: &bytes)
            progress.surveyRows += 1
        }
        try surveysFile.append(bytes)
        if queueLog != nil { progress.queueLogRows = try queueLog!.advance(to: due) }

        progress.pendingRows = pendingRows
        return progress
    }

    private var pendingRows: Int { centre.events.count + centre.surveys.count + (queueLog?.pending ?? 0) }

    // MARK: arrival processes

    /// Next arrival after `t` of a Poisson process whose rate follows the
    /// hour and weekday, by thinning: candidates at the week's peak rate,
    /// each kept with probability rate(now) / peak.
    private mutating func drawArrival(after t: Double) -> Double {
        // No contacts at all (`contactsPerDay` 0): nothing ever arrives.
        guard rate.maxPerHour > DemoRate.none else { return .infinity }
        var candidate = t
        while true {
            candidate += arrivalRng.exponential(mean: 3600 / rate.maxPerHour)
            if arrivalRng.unit() * rate.maxPerHour < rate.perHour(at: candidate) { return candidate }
        }
    }

    /// Next extra arrival of a burst after `t`: a Poisson process at the
    /// burst's rate while it lasts, restarted at the next burst (memoryless).
    private mutating func drawBurstArrival(after t: Double) -> (time: Double, queue: Int) {
        // Without contacts a burst has none to add, and the search would never end.
        guard rate.maxPerHour > DemoRate.none else { return (.infinity, 0) }
        var from = t
        // A rate so low that bursts pass empty for years: give up rather than spin.
        for _ in 0..<100_000 {
            guard let burst = burstArrivals.current(after: from) else { break }
            let begin = max(from, burst.start)
            if burst.extraPerHour > 0 {
                let next = begin + burstRng.exponential(mean: 3600 / burst.extraPerHour)
                if next < burst.end { return (next, burst.queue) }
            }
            from = burst.end
        }
        return (.infinity, 0)
    }

    /// The file's header names, or the generator's header for a missing file.
    private static func header(_ path: String, default fallback: String, required: [String]) throws -> [String] {
        guard let names = DemoTail.header(path: path) else {
            if DemoTail.size(path: path) ?? 0 > 0 {
                throw DemoError.badHeader(path: path, reason: "no header line to append rows under")
            }
            return fallback.split(separator: ",").map(String.init)
        }
        for name in required where !names.contains(name) {
            throw DemoError.badHeader(path: path, reason: "header lacks the \(name) column")
        }
        return names
    }
}
