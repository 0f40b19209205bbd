import Foundation

/// quality.csv and the comments' replies, derived from the survey answers as
/// they are written (issue 14): deterministic functions of the contact and
/// the agent's skill, so no other file's random draws change.
final class GenQualityWriter {
    static let header = "ts,review_id,criterion,score,agent,contact_id,queue,channel"
    /// Three or four criteria per review; `compliance` on every other one.
    static let criteria = ["accuracy", "empathy", "resolution", "compliance"]

    let file: GenFileWriter
    private(set) var rows = 0

    init(directory: URL) throws {
        file = try GenFileWriter(directory: directory, relativePath: "quality.csv")
        try file.line(Self.header)
    }

    /// A mix of the contact's number, stable across runs.
    static func mix(_ contact: Int, _ salt: Int) -> Int {
        var h = UInt64(truncatingIfNeeded: contact) &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: salt) &* 0xC2B2_AE3D_27D4_EB4F
        h ^= h >> 31
        h = h &* 0x1656_67B1_9E37_79F9
        return Int(h >> 33)
    }

    /// When the company replied to a comment: most within hours, one in
    /// eight never (seconds after the answer, or nil).
    static func replyDelay(contact: Int, kind: Int) -> Int? {
        let h = mix(contact, 101 + kind)
        if h % 8 == 0 { return nil }
        return 600 + h % (6 * 3600)
    }

    /// One CSAT answer in twelve gets a quality review of its contact,
    /// scored around the agent's skill.
    func review(_ s: GenSurvey, roster: GenRoster) {
        guard s.kind == 0, Self.mix(s.contact, 7) % 12 == 0 else { return }
        let agent = roster.agents[s.agent]
        let count = Self.mix(s.contact, 11) % 2 == 0 ? 4 : 3
        for (i, criterion) in Self.criteria.prefix(count).enumerated() {
            let noise = Double(Self.mix(s.contact, 20 + i) % 21) - 10
            let score = min(100, max(0, (78 + agent.traits.skill * 40 + noise).rounded()))
            file.utcStamp(s.ts)
            file.byte(0x2C)
            file.bytes(Array("QR".utf8))
            file.padded(s.contact, width: 7)
            file.byte(0x2C)
            file.bytes(Array(criterion.utf8))
            file.byte(0x2C)
            file.int(Int(score))
            file.byte(0x2C)
            file.bytes(agent.csvName)
            file.byte(0x2C)
            file.byte(s.prefix)
            file.padded(s.contact, width: 7)
            file.byte(0x2C)
            file.bytes(GenCatalog.queueBytes[s.queue])
            file.byte(0x2C)
            file.bytes(GenCatalog.channelBytes[s.channel])
            file.byte(0x0A)
            rows += 1
        }
    }
}
