import Foundation

/// Who answers a survey and what they score, for one resolved contact.
/// Scores follow one "mood" per contact: the channel, whether it was solved
/// first time, the agent, and how long the wait was compared with what is
/// normal for the channel. The generator and the demo both ask here.
enum GenSurveyModel {
    static let typeNames = ["csat", "nps", "ces"]
    static let typeBytes = typeNames.map { Array($0.utf8) }

    /// One invitation, up to three questions: ~20% CSAT, ~8% NPS, ~5% CES.
    /// Nil when the contact is asked nothing.
    static func questions(rng: inout GenRandom) -> [Bool]? {
        let asked = [rng.chance(0.20), rng.chance(0.08), rng.chance(0.05)]
        return asked.contains(true) ? asked : nil
    }

    /// Seconds from the resolve to the answer.
    static func delay(rng: inout GenRandom) -> Int { rng.int(300...3600) }

    /// The contact's mood; `wait` in seconds (at least one counts).
    static func mood(channel model: GenChannelModel, firstContact: Bool, agentSkill: Double, wait: Double,
                     rng: inout GenRandom) -> Double {
        let waitPenalty = 0.55 * max(0, log(max(1, wait) / model.typicalWait))
        return model.mood + (firstContact ? 0.45 : -0.7) + agentSkill - waitPenalty + 0.9 * rng.normal()
    }

    /// The score of one question (0 CSAT 1...5, 1 NPS 0...10, 2 CES 1...7)
    /// and maybe a comment that matches it (index into `GenComments.all`, -1 = none).
    static func answer(kind: Int, mood: Double, rng: inout GenRandom) -> (score: Int, comment: Int) {
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
        return (score, comment)
    }
}
