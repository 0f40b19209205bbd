import Testing
import TableroCore
@testable import TableroUI
import TableroCanvas

/// The ROI table as its height shrinks: the totals stay longest, and each
/// breakdown (costs by category, benefits by kind) is shown whole or not at
/// all, whatever the height.
@Suite struct ROIPaneTests {
    let model = ViewFixture.model(width: 120, height: 40)
    var report: Report { model.report! }
    var ctx: ViewContext { ViewContext(model: model, glyphs: .unicode) }

    /// The table's rows drawn into `height` rows, one string per row.
    func drawn(height: Int) -> [String] {
        var canvas = Canvas(width: 80, height: height)
        ROIPane.draw(ctx, report, into: &canvas, Rect(x: 0, y: 0, width: 80, height: height))
        return canvas.lines
    }

    func shown(_ line: ROIPane.Line, in rows: [String]) -> Bool {
        rows.contains { $0.hasPrefix(line.name + " ") }
    }

    @Test func theFixtureHasBothBreakdownsAndAllTotals() {
        let roles = ROIPane.lines(ctx, report, narrow: false).map(\.role)
        #expect(roles.filter { $0 == .costItem }.count == 5)
        #expect(roles.filter { $0.breakdown == .benefits }.count >= 5)
        for total in [ROIPane.Role.roi, .netBenefit, .totalCost, .benefit, .returnPerCost] {
            #expect(roles.contains(total), "\(total)")
        }
    }

    @Test func breakdownsComeWholeAndTotalsGoLast() {
        let lines = ROIPane.lines(ctx, report, narrow: false)
        var sawCostsAlone = false
        for height in 3...30 {
            let rows = drawn(height: height)
            for breakdown in ROIPane.Role.Breakdown.allCases {
                let items = lines.filter { $0.role.breakdown == breakdown }
                let count = items.filter { shown($0, in: rows) }.count
                #expect(count == 0 || count == items.count, "height \(height): \(count) of \(items.count) \(breakdown) lines")
            }
            // A breakdown line never displaces a total.
            let anyBreakdown = lines.contains { $0.role.breakdown != nil && shown($0, in: rows) }
            if anyBreakdown {
                for total in lines where total.role.breakdown == nil {
                    #expect(shown(total, in: rows), "height \(height): \(total.name) missing while a breakdown shows")
                }
            }
            // Costs give way after benefits: costs can show without benefits.
            let costs = lines.contains { $0.role == .costItem && shown($0, in: rows) }
            let benefits = lines.contains { $0.role == .benefitItem && shown($0, in: rows) }
            if benefits { #expect(costs, "height \(height): benefits shown without costs") }
            if costs && !benefits { sawCostsAlone = true }
        }
        #expect(sawCostsAlone, "no height showed the costs without the benefits")
    }

    @Test func aRiseIsBadNewsOnlyForCosts() {
        #expect(!ROIPane.Role.totalCost.upIsGood)
        #expect(!ROIPane.Role.costItem.upIsGood)
        for role in [ROIPane.Role.roi, .netBenefit, .benefit, .returnPerCost, .benefitItem, .retentionBenefit, .acquisitionSavings] {
            #expect(role.upIsGood, "\(role)")
        }
    }
}
