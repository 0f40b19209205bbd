import Foundation

/// `tablero generate`: a realistic, deterministic data directory for sample
/// data, demos and benchmarks. Same options, same bytes, on any run.
public enum SampleDataGenerator {
    /// Writes a complete data directory (creates it if needed). Streams to
    /// disk one day of contacts at a time, so memory stays small even for a
    /// million contacts.
    public static func generate(_ options: GeneratorOptions, into directory: URL) throws -> GeneratorSummary {
        guard let end = GenCivil.parse(options.endDate) else { throw GeneratorError.badEndDate(options.endDate) }
        guard let timeZone = TimeZone(identifier: options.timeZone) else {
            throw GeneratorError.unknownTimeZone(options.timeZone)
        }
        guard options.days >= 1 else { throw GeneratorError.outOfRange("days must be at least 1") }
        guard options.contacts >= 0 else { throw GeneratorError.outOfRange("contacts must not be negative") }
        guard options.agents >= 1 else { throw GeneratorError.outOfRange("agents must be at least 1") }

        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        var days = GenDay.plan(days: options.days, endDate: end, calendar: calendar)
        // The last day stops mid-afternoon, as a live stream caught at that moment.
        var cutoffRng = GenRandom(seed: options.seed, stream: GenStream.cutoff)
        let last = days.count - 1
        days[last].horizon = min(days[last].end, days[last].instant(hour: 15, minute: cutoffRng.int(0...89)))
        let streamEnd = days[last].horizon

        let zone = GenZone(timeZone: timeZone, from: days[0].start - 2 * 86_400, to: days[last].end + 3 * 86_400)
        let roster = GenRoster(count: options.agents, seed: options.seed)
        let simulator = GenContactSimulator(seed: options.seed, roster: roster, zone: zone)
        let surveyMaker = GenSurveySimulator(seed: options.seed, roster: roster)
        let counts = dailyCounts(total: options.contacts, days: days, seed: options.seed)
        let archiveDays = max(0, options.days - max(0, options.eventDays))

        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var summary = GeneratorSummary()
        let events = try GenEventsWriter.open(directory: directory, roster: roster)
        let quality = try GenQualityWriter(directory: directory)
        let surveys = try GenSurveysWriter.open(directory: directory, roster: roster, quality: quality)
        let archive = GenArchiveWriter(directory: directory, roster: roster, zone: zone)

        var number = 1
        for day in days {
            let contacts = simulator.simulate(day: day, count: counts[day.index], firstNumber: number)
            number += contacts.count
            let archived = day.index < archiveDays
            if archived {
                try archive.add(contacts, day: day, seed: options.seed, streamEnd: streamEnd)
            } else {
                events.add(GenEventsWriter.events(of: contacts, horizon: streamEnd))
            }
            surveys.add(surveyMaker.surveys(for: contacts, prefix: UInt8(ascii: archived ? "T" : "C"), day: day,
                                                 streamEnd: streamEnd))
            // Every later day's rows are at or after its midnight, so all before it can go out now.
            let boundary = day.index == last ? Int.max : days[day.index + 1].start
            try events.flush(before: boundary)
            try surveys.flush(before: boundary)
            summary.contacts += contacts.count
        }
        try archive.close()
        summary.eventRows = events.rows
        summary.surveyRows = surveys.rows
        summary.files["events.csv"] = try events.close()
        summary.files["surveys.csv"] = try surveys.close()
        summary.files["quality.csv"] = try quality.file.close()
        for (path, bytes) in archive.written { summary.files[path] = bytes }

        let queueLogDays = min(max(0, options.queueLogDays), days.count)
        if queueLogDays > 0 {
            let writer = GenQueueLogWriter(seed: options.seed, zone: zone)
            summary.files["queue_log"] = try writer.write(days: Array(days.suffix(queueLogDays)), streamEnd: streamEnd,
                                                           into: directory)
            // The team's own agent events, over the same days.
            let agents = GenAgentsWriter(seed: options.seed, roster: roster)
            summary.files["agents.csv"] = try agents.write(days: Array(days.suffix(queueLogDays)), streamEnd: streamEnd,
                                                            into: directory)
        }
        let economics = GenEconomicsWriter(seed: options.seed, agents: options.agents)
        for (path, bytes) in try economics.write(months: GenEconomicsWriter.months(of: days), into: directory) {
            summary.files[path] = bytes
        }
        summary.files["tablero.toml"] = try GenSettingsWriter.write(timeZone: options.timeZone, into: directory)
        for (path, bytes) in try GenScenariosWriter.write(into: directory) { summary.files[path] = bytes }
        try removeStaleOutputs(in: directory, keeping: summary.files)
        return summary
    }

    /// Contacts per day: weekday volume x the part of the day covered x a
    /// little day-to-day noise and growth, rounded by largest remainder so the
    /// days add up to exactly `total`.
    static func dailyCounts(total: Int, days: [GenDay], seed: UInt64) -> [Int] {
        let fullDay = GenCatalog.hourShape.reduce(0, +)
        let weights: [Double] = days.map { day in
            var rng = GenRandom(seed: seed, stream: GenStream.dayVolume, index: UInt64(bitPattern: Int64(day.dayNumber)))
            let covered = GenContactSimulator.hourWeights(of: day).reduce(0, +) / fullDay
            let growth = 1.0 + 0.08 * (Double(day.index) / Double(max(1, days.count - 1)) - 0.5)
            return GenCatalog.weekdayVolume[day.weekday] * covered * growth * rng.logNormal(median: 1, sigma: 0.07)
        }
        let sum = weights.reduce(0, +)
        guard total > 0, sum > 0 else { return Array(repeating: 0, count: days.count) }
        let exact = weights.map { Double(total) * $0 / sum }
        var counts = exact.map { Int($0.rounded(.down)) }
        let order = exact.indices.sorted { a, b in
            let fa = exact[a] - Double(counts[a]), fb = exact[b] - Double(counts[b])
            return fa != fb ? fa > fb : a < b
        }
        var left = total - counts.reduce(0, +)
        var i = 0
        while left > 0 {
            counts[order[i % order.count]] += 1
            left -= 1
            i += 1
        }
        return counts
    }

    /// A regenerated directory must not keep last run's outputs that this run
    /// did not write (an archive month now out of range, a queue_log turned
    /// off): they would duplicate or contradict the new data. Only names this
    /// generator writes are touched.
    static func removeStaleOutputs(in directory: URL, keeping written: [String: Int]) throws {
        let fm = FileManager.default
        var stale: [String] = []
        if written["queue_log"] == nil, fm.fileExists(atPath: directory.appendingPathComponent("queue_log").path) {
            stale.append("queue_log")
        }
        let archive = directory.appendingPathComponent("archive")
        let names = (try? fm.contentsOfDirectory(atPath: archive.path)) ?? []
        for name in names.sorted() where isArchiveName(name) && written["archive/" + name] == nil {
            stale.append("archive/" + name)
        }
        for path in stale { try fm.removeItem(at: directory.appendingPathComponent(path)) }
    }

    /// `contacts-YYYY-MM.csv`, exactly.
    static func isArchiveName(_ name: String) -> Bool {
        let b = Array(name.utf8)
        guard b.count == 20, name.hasPrefix("contacts-"), name.hasSuffix(".csv"), b[13] == UInt8(ascii: "-") else {
            return false
        }
        return [9, 10, 11, 12, 14, 15].allSatisfy { b[$0] >= 0x30 && b[$0] <= 0x39 }
    }
}
