import Foundation

/// Writes surveys.csv in time order. Answers come up to an hour after the
/// resolve, so, as with events, the ones not yet due wait for the next flush.
final class GenSurveysWriter {
    static let header = "ts,type,score,contact_id,channel,queue,agent,comment"

    private let file: GenFileWriter
    private let roster: GenRoster
    private var pending = GenPending<GenSurvey>()

    init(directory: URL, roster: GenRoster) throws {
        file = try GenFileWriter(directory: directory, relativePath: "surveys.csv")
        self.roster = roster
        try file.line(GenSurveysWriter.header)
    }

    var rows: Int { file.rows }

    func add(_ surveys: [GenSurvey]) {
        pending.append(contentsOf: surveys)
    }

    /// Writes every pending answer before `boundary`, in a total order (time, contact, type).
    func flush(before boundary: Int) throws {
        try pending.takeDue(before: boundary, write)
    }

    func close() throws -> Int {
        try flush(before: Int.max)
        return try file.close()
    }

    private func write(_ s: GenSurvey) throws {
        file.utcStamp(s.ts)
        file.byte(0x2C)
        file.bytes(GenSurveyModel.typeBytes[s.kind])
        file.byte(0x2C)
        file.int(s.score)
        file.byte(0x2C)
        file.byte(s.prefix)
        file.padded(s.contact, width: 7)
        file.byte(0x2C)
        file.bytes(GenCatalog.channelBytes[s.channel])
        file.byte(0x2C)
        file.bytes(GenCatalog.queueBytes[s.queue])
        file.byte(0x2C)
        file.bytes(roster.agents[s.agent].csvName)
        file.byte(0x2C)
        if s.comment >= 0 { file.bytes(GenComments.allBytes[s.comment]) }
        try file.endRow()
    }
}
