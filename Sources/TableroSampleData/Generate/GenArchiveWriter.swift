import Foundation

/// Writes the older days as a helpdesk would export them: one finished
/// contact per row, local wall times (no offset) so readers exercise the
/// configured time zone, one file per month of arrival under archive/.
final class GenArchiveWriter {
    static let header = "contact_id,arrived_at,answered_at,abandoned_at,resolved_at,channel,queue,agent,first_contact,handle_seconds"

    private let directory: URL
    private let roster: GenRoster
    private let zone: GenZone
    private var current: GenFileWriter?
    private var currentPeriod = ""
    private(set) var written: [(path: String, bytes: Int)] = []
    private(set) var rows = 0

    init(directory: URL, roster: GenRoster, zone: GenZone) {
        self.directory = directory
        self.roster = roster
        self.zone = zone
    }

    /// One day's contacts (sorted by arrival); the day's month picks the file.
    /// Times after `streamEnd` have not happened yet and stay empty.
    func add(_ contacts: [GenContact], day: GenDay, seed: UInt64, streamEnd: Int) throws {
        let period = GenFormat.period(year: day.year, month: day.month)
        if period != currentPeriod {
            try closeCurrent()
            let file = try GenFileWriter(directory: directory, relativePath: "archive/contacts-\(period).csv")
            try file.line(GenArchiveWriter.header)
            current = file
            currentPeriod = period
        }
        guard let file = current else { return }
        // Some exports leave handle_seconds empty; readers then use resolve - answer.
        var rng = GenRandom(seed: seed, stream: GenStream.contacts ^ 0xA5, index: UInt64(bitPattern: Int64(day.dayNumber)))
        for c in contacts {
            let horizon = streamEnd
            let answered = c.answer >= 0 && c.answer <= horizon
            let resolved = answered && c.resolve >= 0 && c.resolve <= horizon
            file.byte(UInt8(ascii: "T"))
            file.padded(c.number, width: 7)
            file.byte(0x2C)
            file.localStamp(c.arrive, zone: zone)
            file.byte(0x2C)
            if answered { file.localStamp(c.answer, zone: zone) }
            file.byte(0x2C)
            if c.abandon >= 0 && c.abandon <= horizon { file.localStamp(c.abandon, zone: zone) }
            file.byte(0x2C)
            if resolved { file.localStamp(c.resolve, zone: zone) }
            file.byte(0x2C)
            file.bytes(GenCatalog.channelBytes[c.channel])
            file.byte(0x2C)
            file.bytes(GenCatalog.queueBytes[c.queue])
            file.byte(0x2C)
            if answered { file.bytes(roster.agents[c.agent].csvName) }
            file.byte(0x2C)
            if resolved { file.bytes(c.firstContact ? GenEventsWriter.trueBytes : GenEventsWriter.falseBytes) }
            file.byte(0x2C)
            if resolved && rng.chance(0.85) { file.int(c.resolve - c.answer) }
            try file.endRow()
            rows += 1
        }
    }

    func close() throws {
        try closeCurrent()
    }

    private func closeCurrent() throws {
        guard let file = current else { return }
        written.append((file.relativePath, try file.close()))
        current = nil
    }
}
