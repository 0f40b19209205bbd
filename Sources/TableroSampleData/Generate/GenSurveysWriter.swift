import Foundation

/// surveys.csv, in time order through a `GenOrderedFile`: answers come up to
/// an hour after the resolve, so, as with events, the ones not yet due wait
/// for the next flush.
enum GenSurveysWriter {
    static let header = "ts,type,score,contact_id,channel,queue,agent,comment,responded_at"

    /// `quality` receives every answer as it is written, for its reviews.
    static func open(directory: URL, roster: GenRoster, quality: GenQualityWriter) throws -> GenOrderedFile<GenSurvey> {
        try GenOrderedFile(directory: directory, relativePath: "surveys.csv", header: header) { s, file in
            write(s, roster: roster, to: file)
            quality.review(s, roster: roster)
        }
    }

    private static func write(_ s: GenSurvey, roster: GenRoster, to file: GenFileWriter) {
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
        file.byte(0x2C)
        if s.comment >= 0, let delay = GenQualityWriter.replyDelay(contact: s.contact, kind: s.kind) {
            file.utcStamp(s.ts + delay)
        }
    }
}
