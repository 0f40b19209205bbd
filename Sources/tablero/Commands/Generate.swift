import ArgumentParser
import Foundation
import TableroCore
import TableroIngest
import TableroSampleData

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a realistic synthetic data directory (deterministic for a given --seed and --end).")

    @Option(help: "Where to write: a new or empty directory (see --force).")
    var out: String

    @Flag(help: "Write into a directory that already holds files, replacing data files of the same names.")
    var force = false

    @Option(help: "Days of data.")
    var days = 60

    @Option(help: "Contacts over all the days.")
    var contacts = GeneratorOptions(endDate: "2026-01-01").contacts

    @Option(help: "Random seed: the same seed and --end give the same files.")
    var seed: UInt64 = 42

    @Option(help: "Last day generated, YYYY-MM-DD (default: today in --timezone).")
    var end: String?

    @Option(help: "IANA time zone of the contact centre.")
    var timezone = "America/New_York"

    @Option(name: .customLong("event-days"), help: "The most recent N days go to events.csv; older days to archive/contacts-YYYY-MM.csv.")
    var eventDays = 14

    @Option(name: .customLong("queue-log-days"), help: "Days of Asterisk queue_log for a PBX queue (0 for none).")
    var queueLogDays = 7

    @Option(help: "Agents in the team.")
    var agents = 40

    func validate() throws {
        guard days >= 1, days <= 3660 else { throw ValidationError("--days must be 1...3660") }
        guard contacts >= 0, contacts <= 100_000_000 else { throw ValidationError("--contacts must be 0...100000000") }
        guard agents >= 1, agents <= 100_000 else { throw ValidationError("--agents must be 1...100000") }
        guard TimeZone(identifier: timezone) != nil else { throw ValidationError("unknown time zone '\(timezone)'") }
        if let end, LocalDay(iso: Substring(end)) == nil { throw ValidationError("--end '\(end)' is not a date YYYY-MM-DD") }
    }

    /// `--out` must be a directory (or nothing yet), and an empty one unless
    /// `--force`: generating over real data would overwrite events.csv and
    /// replace its archive without a word.
    func checkOut() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw CommandFailure(message: "--out \(Sanitize.text(out)): not a directory") }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
        if !entries.isEmpty && !force {
            throw CommandFailure(message: "--out \(Sanitize.text(out)) is not empty (\(entries.count) entries); "
                + "give --force to write into it, replacing data files of the same names")
        }
    }

    func run() throws {
        try checkOut()
        let clock = ZoneClock(identifier: timezone)!
        let endDate = end ?? clock.day(of: Date().timeIntervalSince1970).description
        let options = GeneratorOptions(days: days, contacts: contacts, seed: seed, endDate: endDate, timeZone: timezone,
                                       eventDays: eventDays, queueLogDays: queueLogDays, agents: agents)
        let started = Date()
        let summary: GeneratorSummary
        do {
            summary = try SampleDataGenerator.generate(options, into: URL(fileURLWithPath: out))
        } catch let error as CocoaError {
            // Foundation's own wording is an NSCocoaErrorDomain dump: say it in one line.
            let reason = (error.userInfo[NSUnderlyingErrorKey] as? NSError).map { String(cString: strerror(Int32($0.code))) }
                ?? "cannot be written"
            throw CommandFailure(message: "--out \(Sanitize.text(out)): \(reason)")
        } catch {
            throw CommandFailure(message: "--out \(Sanitize.text(out)): \(error)")
        }
        let bytes = summary.files.values.reduce(0, +)
        print("wrote \(summary.files.count) files, \(bytes) bytes to \(out) in \(String(format: "%.1f", Date().timeIntervalSince(started))) s: "
            + "\(summary.contacts) contacts, \(summary.eventRows) event rows, \(summary.surveyRows) survey answers")
    }
}
