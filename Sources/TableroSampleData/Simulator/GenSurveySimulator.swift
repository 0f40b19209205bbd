import Foundation

/// One survey answer, ready to be written once everything before it is.
struct GenSurvey {
    var ts: Int
    var contact: Int
    var prefix: UInt8       // the contact id's letter: C (events) or T (archive)
    var kind: Int           // 0 csat, 1 nps, 2 ces
    var score: Int
    var channel: Int
    var queue: Int
    var agent: Int
    var comment: Int        // index into GenComments.all, -1 = none
}

/// Who answers a survey and what they score. Scores follow one "mood" per
/// contact: the channel, whether it was solved first time, the agent, and
/// how long the wait was compared with what is normal for the channel.
struct GenSurveySimulator {
    let seed: UInt64
    let roster: GenRoster

    static let typeNames = ["csat", "nps", "ces"]
    static let typeBytes = typeNames.map { Array($0.utf8) }

    /// Answers to these contacts (one day of them), none after `streamEnd`.
    func surveys(for contacts: [GenContact], prefix: UInt8, day: GenDay, streamEnd: Int) -> [GenSurvey] {
        var rng = GenRandom(seed: seed, stream: GenStream.surveys, index: UInt64(bitPattern: Int64(day.dayNumber)))
        var result: [GenSurvey] = []
        for c in contacts where c.resolve >= 0 && c.resolve <= streamEnd {
            // One survey invitation, up to three questions: ~20% CSAT, ~8% NPS, ~5% CES.
            let asked = [rng.chance(0.20), rng.chance(0.08), rng.chance(0.05)]
            guard asked[0] || asked[1] || asked[2] else { continue }
            let ts = c.resolve + rng.int(300...3600)
            if ts > streamEnd { continue }
            let model = GenChannelModel.all[c.channel]
            let wait = Double(max(1, c.answer - c.arrive))
            let waitPenalty = 0.55 * max(0, log(wait / model.typicalWait))
            let mood = model.mood + (c.firstContact ? 0.45 : -0.7) + roster.agents[c.agent].skill
                - waitPenalty + 0.9 * rng.normal()
            for kind in 0..<3 where asked[kind] {
                let score: Int
                let sentiment: Int   // 0 negative, 1 neutral, 2 positive: picks the comment
                switch kind {
                case 0:
                    score = mood < -1.3 ? 1 : mood < -0.6 ? 2 : mood < 0.0 ? 3 : mood < 0.85 ? 4 : 5
                    sentiment = score >= 4 ? 2 : score == 3 ? 1 : 0
                case 1:
                    let y = mood + 0.5 * rng.normal()
                    score = min(10, max(0, Int((7.0 + 1.6 * y).rounded())))
                    sentiment = score >= 9 ? 2 : score >= 7 ? 1 : 0
                default:
                    // CES on 1..7 where 7 = "it was easy" (agreement scale).
                    let y = mood + 0.4 * rng.normal()
                    score = min(7, max(1, Int((5.0 + y).rounded())))
                    sentiment = score >= 6 ? 2 : score >= 4 ? 1 : 0
                }
                let commentChance = [0.30, 0.40, 0.15][kind]
                let comment = rng.chance(commentChance) ? GenComments.pick(sentiment: sentiment, rng: &rng) : -1
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
