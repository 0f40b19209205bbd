import Foundation

/// One survey answer, ready to be written once everything before it is.
struct GenSurvey: GenRowOrder {
    var ts: Int
    var contact: Int
    var prefix: UInt8       // the contact id's letter: C (events) or T (archive)
    var kind: Int           // 0 csat, 1 nps, 2 ces
    var score: Int
    var channel: Int
    var queue: Int
    var agent: Int
    var comment: Int        // index into GenComments.all, -1 = none

    var order: (ts: Int, who: Int, what: Int) { (ts, contact, kind) }
}

/// The survey answers of a day of simulated contacts (`GenSurveyModel`
/// decides each contact's).
struct GenSurveySimulator {
    let seed: UInt64
    let roster: GenRoster

    /// Answers to these contacts (one day of them), none after `streamEnd`.
    func surveys(for contacts: [GenContact], prefix: UInt8, day: GenDay, streamEnd: Int) -> [GenSurvey] {
        var rng = GenRandom(seed: seed, stream: GenStream.surveys, index: UInt64(bitPattern: Int64(day.dayNumber)))
        var result: [GenSurvey] = []
        for c in contacts where c.resolve >= 0 && c.resolve <= streamEnd {
            guard let asked = GenSurveyModel.questions(rng: &rng) else { continue }
            let ts = c.resolve + GenSurveyModel.delay(rng: &rng)
            if ts > streamEnd { continue }
            let mood = GenSurveyModel.mood(channel: GenChannelModel.all[c.channel], firstContact: c.firstContact,
                                           agentSkill: roster.agents[c.agent].traits.skill,
                                           wait: Double(c.answer - c.arrive), rng: &rng)
            for kind in 0..<3 where asked[kind] {
                let (score, comment) = GenSurveyModel.answer(kind: kind, mood: mood, rng: &rng)
                result.append(GenSurvey(ts: ts, contact: c.number, prefix: prefix, kind: kind, score: score,
                                        channel: c.channel, queue: c.queue, agent: c.agent, comment: comment))
            }
        }
        return result
    }
}

/// Survey comments. Some hold commas, quotes and line breaks (RFC 4180
/// quoting), accents and other non-ASCII text, so every reader is exercised.
enum GenComments {
    static let negative = [
        "Waited too long",
        "Had to explain everything twice, again",
        "Nadie me devolvió la llamada… pésimo",
        "Told me \"someone will call you\". Nobody did.",
        "Still not fixed.\nThird time I write about this, seriously",
        "Cobro duplicado sin solución, ¿en serio?",
        "Transferred 3 times",
    ]
    static let neutral = [
        "OK",
        "Fine, but the hold music was loud",
        "Resolved, eventually",
        "La espera fue larga, pero lo resolvieron",
        "Good agent,\nslow process",
        "Não foi rápido, mas resolveu",
    ]
    static let positive = [
        "Great service, thanks!",
        "Muy amable y rápida. ¡Gracias!",
        "Solved in one call",
        "She said \"no problem\" and fixed it in minutes",
        "Atención excelente, 10/10",
        "Très efficace, merci beaucoup",
        "Quick, friendly, done.",
        "😀 perfect",
    ]
    static let all = negative + neutral + positive
    static let allBytes = all.map { GenFormat.csvBytes($0) }

    static func pick(sentiment: Int, rng: inout GenRandom) -> Int {
        switch sentiment {
        case 0: return rng.below(negative.count)
        case 1: return negative.count + rng.below(neutral.count)
        default: return negative.count + neutral.count + rng.below(positive.count)
        }
    }
}
