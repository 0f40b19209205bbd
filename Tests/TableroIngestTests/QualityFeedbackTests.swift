import Foundation
import Testing
@testable import TableroIngest
import TableroCore
import TableroReport

/// Issue 14: quality reviews, comments and how they were answered, referral
/// and loyalty rates (METRICS.md, "Quality, feedback, referrals"), from
/// files through the readers, each answer worked out by hand below.
@Suite struct QualityFeedbackTests {
    static let quality = """
        ts,review_id,criterion,score,agent
        2026-11-20T10:00:00Z,r1,Accuracy,80,ann
        2026-11-20T10:00:00Z,r1,empathy,60,
        2026-11-20T10:00:00Z,r1,ACCURACY,10,ann
        2026-11-21T10:00:00Z,r2,accuracy,100,bob
        2026-11-21T10:00:00Z,r2,Empathy,40,bob
        2026-11-21T10:00:00Z,r3,accuracy,101,bob
        2026-11-21T11:00:00Z,r3,empathy,70,
        2026-09-10T10:00:00Z,r4,accuracy,0,ann

        """
    static let surveys = """
        ts,type,score,comment,responded_at
        2026-11-20T09:00:00Z,csat,5,great,2026-11-20T11:00:00Z
        2026-11-20T09:00:00Z,csat,2,slow,
        2026-11-21T09:00:00Z,nps,9,thanks,2026-11-21T09:30:00Z
        2026-11-21T09:00:00Z,nps,3,bad,2026-11-23T09:00:00Z
        2026-11-21T09:00:00Z,ces,5,,
        2026-11-21T10:00:00Z,csat,4,x,2026-11-21T09:00:00Z

        """
    static let customers = """
        period,customers_start,customers_end,new_customers,lost_customers,referred_new_customers,loyalty_members
        2026-10,1000,1010,50,40,10,300
        2026-11,1010,1030,60,40,,412
        2026-09,900,1000,120,20,200,10

        """

    func report() throws -> (Report, [FileQuality]) {
        let dir = try TempDataDir(["quality.csv": Self.quality, "surveys.csv": Self.surveys, "customers.csv": Self.customers,
                                   "tablero.toml": "[quality.weights]\nAccuracy = 3\n"])
        let settings = try DirectoryLoader.settings(root: dir.root, settingsPath: nil)
        let store = try DirectoryLoader.load(root: dir.root, settings: settings, cutoff: nil).store
        let asOf = 1_795_348_800.0   // 2026-11-22T12:00:00Z
        let window = try #require(WindowSpec(parsing: "2026-10-01..2026-11-22"))
        return (store.report(window: window, asOf: asOf), store.ledger.files)
    }

    @Test func internalQualityScore() throws {
        let (r, files) = try report()
        // Weights: accuracy 3 (any case), empathy 1 (the default).
        // r1: (3·80 + 1·60) / 4 = 75 (its second ACCURACY row is a bad row);
        // r2: (3·100 + 40) / 4 = 85; r3: accuracy 101 is a bad row, so
        // empathy alone: 70. r4 (September) is outside the window.
        // IQS = (75 + 85 + 70) / 3 = 76.667.
        #expect(r.quality.reviews == 3)
        #expect(abs(r.quality.iqs! - 230.0 / 3) < 1e-9)
        // By the first non-empty agent of each review's (good) rows: r3 has none.
        #expect(r.quality.byAgent == ["ann": .init(iqs: 75, reviews: 1), "bob": .init(iqs: 85, reviews: 1)])
        // By criterion, named as first written: accuracy (80 + 100) / 2; empathy (60 + 40 + 70) / 3.
        #expect(r.quality.byCriterion["Accuracy"] == 90)
        #expect(abs(r.quality.byCriterion["empathy"]! - 170.0 / 3) < 1e-9)
        let q = try #require(files.first { $0.path == "quality.csv" })
        #expect(q.rows == 8 && q.rejected == 2)
        #expect(q.errors == ["quality.csv:4: a second score for criterion 'ACCURACY' in review 'r1'",
                             "quality.csv:7: score 101 outside 0..100"])
    }

    @Test func feedback() throws {
        let (r, files) = try report()
        // Comments: lines 2–5 (line 6 has none; line 7 is a bad row: replied before ts).
        // Answered by as-of: lines 2 (2 h) and 4 (30 min); line 5's reply is after as-of.
        #expect(r.feedback.comments == 4)
        #expect(r.feedback.responseRatePercent == 50)
        #expect(r.feedback.responseSeconds == 4500)   // (7200 + 1800) / 2
        let s = try #require(files.first { $0.path == "surveys.csv" })
        #expect(s.rejected == 1)
        #expect(s.errors.first?.hasPrefix("surveys.csv:7: responded_at") == true)
    }

    @Test func referralsAndLoyalty() throws {
        let (r, files) = try report()
        // October and November are in the window; only October gives
        // referrals: 10 / 50 = 20 %. Loyalty: November's 412 / 1030 = 40 %.
        #expect(r.retention.referralRatePercent == 20)
        #expect(r.retention.loyaltyPercent == 40)
        let c = try #require(files.first { $0.path == "customers.csv" })
        #expect(c.errors == ["customers.csv:4: referred_new_customers 200 is outside 0..120 (new_customers)"])
    }

    @Test func inTheJSON() throws {
        let (r, _) = try report()
        let json = ReportJSON.make(r, clock: .utc).serialized(pretty: false)
        #expect(json.contains(#""comments":4,"feedback_response_rate_percent":50,"feedback_response_seconds":4500"#))
        #expect(json.contains(#""by_agent":{"ann":{"iqs":75,"reviews":1},"bob":{"iqs":85,"reviews":1}}"#))
        #expect(json.contains(#""referral_rate_percent":20,"loyalty_percent":40"#))
    }

    @Test func aWeightOfZeroIsASettingsError() throws {
        let dir = try TempDataDir(["tablero.toml": "[quality.weights]\nempathy = 0\n"])
        #expect(throws: (any Error).self) { try DirectoryLoader.settings(root: dir.root, settingsPath: nil) }
        do {
            _ = try DirectoryLoader.settings(root: dir.root, settingsPath: nil)
        } catch {
            #expect("\(error)".contains("tablero.toml:2:"), "\(error)")
            #expect("\(error)".contains("must be above 0"))
        }
    }
}
