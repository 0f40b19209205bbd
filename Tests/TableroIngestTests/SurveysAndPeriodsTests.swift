import Foundation
import Testing
@testable import TableroIngest
import TableroCore

/// surveys, costs, benefits and customers.
@Suite("surveys and periods")
struct SurveysAndPeriodsTests {
    @Test func scoresInAndOutOfScale() throws {
        let text = "ts,type,score,contact_id,comment\n"
            + "2026-11-22T09:00:00Z,csat,5,c1,great\n"
            + "2026-11-22T09:00:00Z,CSAT,4.5,c2,\n"
            + "2026-11-22T09:00:00Z,csat,1,c3,\n"
            + "2026-11-22T09:00:00Z,csat,6,c4,\n" // line 5
            + "2026-11-22T09:00:00Z,csat,0.5,c5,\n"
            + "2026-11-22T09:00:00Z,Nps,10,c6,\n"
            + "2026-11-22T09:00:00Z,nps,0,c7,\n"
            + "2026-11-22T09:00:00Z,nps,8.5,c8,\n"
            + "2026-11-22T09:00:00Z,nps,10.5,c9,\n" // line 10
            + "2026-11-22T09:00:00Z,nps,-1,c10,\n"
            + "2026-11-22T09:00:00Z,ces,7,c11,\n"
            + "2026-11-22T09:00:00Z,ces,2.5,c12,\n"
            + "2026-11-22T09:00:00Z,ces,0,c13,\n"
            + "2026-11-22T09:00:00Z,ces,7.01,c14,\n" // line 15
            + "2026-11-22T09:00:00Z,stars,3,c15,\n"
            + "2026-11-22T09:00:00Z,csat,four,c16,\n"
            + "2026-11-22T09:00:00Z,csat,1e0,c17,\n"
            + "2026-11-22T09:00:00Z,csat,,c18,\n"
            + "2026-11-22T09:00:00Z,,3,c19,\n" // line 20
        let loaded = try loadOne("surveys.csv", text)
        let q = loaded.quality("surveys.csv")
        #expect(q.errors == [
            "surveys.csv:5: csat score 6 outside 1..5",
            "surveys.csv:6: csat score 0.5 outside 1..5",
            "surveys.csv:10: nps score 10.5 outside 0..10",
            "surveys.csv:11: nps score -1 outside 0..10",
            "surveys.csv:14: ces score 0 outside 1..7",
            "surveys.csv:15: ces score 7.01 outside 1..7",
            "surveys.csv:16: unknown survey type 'stars'",
            "surveys.csv:17: score 'four' is not a number",
            "surveys.csv:18: score '1e0' is not a number",
            "surveys.csv:19: missing score",
        ])
        #expect(q.rows == 19)
        #expect(q.rejected == 11)
        let s = loaded.report().satisfaction
        #expect(s.csatResponses == 3)
        #expect(s.csatMean == 3.5)
        #expect(s.npsResponses == 3)
        #expect(s.promoters == 1)
        #expect(s.passives == 1)
        #expect(s.detractors == 1)
        #expect(s.cesResponses == 2)
        #expect(s.ces == 4.75)
    }

    @Test func scalesComeFromSettings() throws {
        var settings = Settings()
        settings.satisfaction.csatScale = 10
        settings.satisfaction.cesScale = 5
        let text = "ts,type,score\n"
            + "2026-11-22T09:00:00Z,csat,9\n"
            + "2026-11-22T09:00:00Z,ces,6\n"
        let loaded = try loadOne("surveys.csv", text, settings: settings)
        #expect(loaded.quality("surveys.csv").errors == ["surveys.csv:3: ces score 6 outside 1..5"])
        #expect(loaded.report().satisfaction.csatResponses == 1)
    }

    @Test func costsCategoriesAndBadRows() throws {
        let text = "period,category,amount,channel\n"
            + "2026-11,personnel,1000,phone\n"
            + "2026-11,Training,200.5,\n"
            + "2026-11-22,technology,50,\n"
            + "2026-11,overhead,0,\n"
            + "2026-11,catering,75,\n" // unknown category counts as other
            + "2026-11,personnel,-5,\n" // line 7
            + "2026-13,personnel,5,\n"
            + "2026-11-31,personnel,5,\n"
            + "11/2026,personnel,5,\n" // line 10
            + "2026-11,personnel,$5,\n"
            + "2026-11,personnel,\"1,000\",\n"
            + ",personnel,5,\n"
            + "2026-11,,5,\n"
            + "2026-11,personnel,,\n" // line 15
            + "1969-12,training,5,\n" // before 1970 (DATA.md): counted in ROI before an audit
            + "0001-01-01,overhead,4,\n"
            + "2100-01,overhead,3,\n"
        let loaded = try loadOne("costs.csv", text)
        let q = loaded.quality("costs.csv")
        #expect(q.errors == [
            "costs.csv:7: amount '-5' is negative",
            "costs.csv:8: period '2026-13' is not YYYY-MM or YYYY-MM-DD",
            "costs.csv:9: period '2026-11-31' is not YYYY-MM or YYYY-MM-DD",
            "costs.csv:10: period '11/2026' is not YYYY-MM or YYYY-MM-DD",
            "costs.csv:11: amount '$5' is not a number",
            "costs.csv:12: amount '1,000' is not a number",
            "costs.csv:13: missing period",
            "costs.csv:14: missing category",
            "costs.csv:15: missing amount",
            "costs.csv:16: period '1969-12' is before 1970 or after 2099",
        ])  // the first ten; 17 (0001-01-01) and 18 (2100-01) are counted below
        #expect(q.rows == 17)
        #expect(q.rejected == 12)
        let nov = Period(year: 2026, month: 11)
        #expect(loaded.store.costs == [
            CostLine(period: nov, category: .personnel, amount: 1000),
            CostLine(period: nov, category: .training, amount: 200.5),
            CostLine(period: Period(year: 2026, month: 11, day: 22), category: .technology, amount: 50),
            CostLine(period: nov, category: .overhead, amount: 0),
            CostLine(period: nov, category: .other, amount: 75),
        ])
    }

    @Test func benefitsKinds() throws {
        let text = "kind,amount,period\n"
            + "upsell,10,2026-11\n"
            + "CROSS_SELL,20,2026-11\n"
            + "saved_carts,30,2026-11\n"
            + "clv_uplift,40,2026-11\n"
            + "referrals,50,2026-11\n"
            + "retention,60,2026-11\n"
            + "goodwill,70,2026-11\n"
            + "upsell,-1,2026-11\n" // line 9
            + "upsell,1,2026-00\n"
        let loaded = try loadOne("benefits.csv", text)
        #expect(loaded.quality("benefits.csv").errors == [
            "benefits.csv:9: amount '-1' is negative",
            "benefits.csv:10: period '2026-00' is not YYYY-MM or YYYY-MM-DD",
        ])
        #expect(loaded.store.benefits.map(\.kind) == [.upsell, .crossSell, .savedCarts, .clvUplift, .referrals, .retention, .other])
        #expect(loaded.store.benefits.map(\.amount) == [10, 20, 30, 40, 50, 60, 70])
    }

    @Test func customersAndGrossMargin() throws {
        let text = "period,customers_start,customers_end,new_customers,lost_customers,avg_purchase_value,purchases_per_year,gross_margin\n"
            + "2026-10,1000,1010,30,20,55.5,4,0.35\n"
            + "2026-11,1010,1000,10,20,,,\n"
            + "2026-12,1000,1000,0,0,,,1\n"
            + "2027-01,1000,1000,0,0,,,1.5\n" // line 5
            + "2027-02,1000,1000,0,0,,,-0.1\n"
            + "2027-03,1000,,0,0,,,\n"
            + "2027-04,1000,1000,0,-3,,,\n"
            + "2027-5,1000,1000,0,0,,,\n"
        let loaded = try loadOne("customers.csv", text)
        #expect(loaded.quality("customers.csv").errors == [
            "customers.csv:5: gross_margin 1.5 is outside 0..1",
            "customers.csv:6: gross_margin '-0.1' is negative",
            "customers.csv:7: missing customers_end",
            "customers.csv:8: lost_customers '-3' is negative",
            "customers.csv:9: period '2027-5' is not YYYY-MM or YYYY-MM-DD",
        ])
        #expect(loaded.store.customers == [
            CustomerPeriod(period: Period(year: 2026, month: 10), start: 1000, end: 1010, new: 30, lost: 20,
                           avgPurchaseValue: 55.5, purchasesPerYear: 4, grossMargin: 0.35),
            CustomerPeriod(period: Period(year: 2026, month: 11), start: 1010, end: 1000, new: 10, lost: 20),
            CustomerPeriod(period: Period(year: 2026, month: 12), start: 1000, end: 1000, new: 0, lost: 0, grossMargin: 1),
        ])
    }

    @Test func missingRequiredPeriodColumns() throws {
        let dir = try TempDataDir([
            "costs.csv": "period,amount\n2026-11,5\n",
            "customers.csv": "period,customers_start,customers_end\n2026-11,1,1\n",
        ])
        let loaded = try dir.load()
        #expect(loaded.quality("costs.csv").errors == ["costs.csv:1: missing required column 'category' in the header"])
        #expect(loaded.quality("customers.csv").errors
            == ["customers.csv:1: missing required columns 'new_customers', 'lost_customers' in the header"])
    }
}
