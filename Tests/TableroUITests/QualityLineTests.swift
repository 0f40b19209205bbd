import Testing
import TableroCore
import TableroCanvas
@testable import TableroUI

/// Issue 14 on the dashboard: IQS with its change and the comments answered
/// in the Satisfaction pane, referral and loyalty beside retention, the
/// channel mix in the queue pane; coloured by the core's levels.
@Suite struct QualityLineTests {
    func model(width: Int = 120, height: Int = 40) -> DashboardModel {
        var m = ViewFixture.model(width: width, height: height)
        m.report!.quality.iqs = 81.25
        m.report!.quality.reviews = 4
        m.report!.previousQuality = { var q = QualityFigures(); q.iqs = 80; return q }()
        m.report!.feedback.comments = 8
        m.report!.feedback.responseRatePercent = 75
        m.report!.feedback.responseSeconds = 3 * 3600 + 5 * 60
        m.report!.retention.referralRatePercent = 12.5
        m.report!.retention.loyaltyPercent = 33
        return m
    }

    @Test func onScreen() {
        let text = ViewFixture.render(model()).lines.joined(separator: "\n")
        #expect(text.contains("IQS 81.3 ▲ +1.3"), "\(text)")
        #expect(text.contains("Comments answered 75% · 3 h 05 min"))
        #expect(text.contains("12.5%") && text.contains("33.0%"))
    }

    @Test func colouredAgainstTheTarget() {
        var m = model()
        m.settings.quality.iqsTarget = 90       // 81.25 is within 10 points: a warning
        let canvas = ViewFixture.render(m)
        let row = canvas.lines.firstIndex { $0.contains("IQS 81.3") }!
        let x = canvas.lines[row].distance(from: canvas.lines[row].startIndex, to: canvas.lines[row].range(of: "81.3")!.lowerBound)
        #expect(canvas[x, row].style.role == Level.warning.role)
        #expect(Levels(settings: m.settings).iqs(95) == .good && Levels(settings: m.settings).iqs(70) == .critical)
        #expect(Levels(settings: Settings()).iqs(10) == .good)   // no target: no alarm
    }
}

/// Issue 14: IQS per agent in the agents list, once agents exist.
@Suite struct AgentsIQSTests {
    @Test func aColumnWhenReviewsNameAgents() {
        let list = AgentFigures(list: [AgentState(agent: "ann", activity: .available, since: 0, queues: []),
                                       AgentState(agent: "bob", activity: .paused, since: 0, reason: "Lunch", queues: [])])
        var q = QualityFigures()
        q.byAgent = ["ann": .init(iqs: 82.5, reviews: 2)]
        let ctx = ViewContext(model: ViewFixture.model(width: 120, height: 40), glyphs: .unicode)
        let table = AgentsTable.table(ctx, list, asOf: 60, quality: q)
        var canvas = Canvas(width: 60, height: 3)
        table.draw(into: &canvas, Rect(x: 0, y: 0, width: 60, height: 3), glyphs: .unicode)
        #expect(canvas.lines[0].contains("IQS"))
        #expect(canvas.lines.first { $0.hasPrefix("ann") }?.contains("82.5") == true)
        #expect(canvas.lines.first { $0.hasPrefix("bob") }?.contains("–") == true)   // no review: unknown
        // No reviews at all: no column.
        #expect(!AgentsTable.table(ctx, list, asOf: 60).columns.contains { $0.title == "IQS" })
    }
}
