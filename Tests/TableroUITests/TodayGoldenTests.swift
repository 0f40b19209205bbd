import Testing
import TableroCore
@testable import TableroUI

/// The window of a wallboard's day: today against yesterday, so the
/// satisfaction tiles carry arrows.
extension ViewGoldenTests {
    static func todayModel(width: Int, height: Int) -> DashboardModel {
        var m = ViewFixture.model(width: width, height: height)
        m.window = .today
        m.report = ViewFixture.store().report(window: .today, asOf: ViewFixture.asOf, scenario: m.scenario)
        return m
    }

    @Test func todayAgainstYesterdayHasArrows() throws {
        let canvas = ViewFixture.render(Self.todayModel(width: 120, height: 40))
        try golden("today-120x40", canvas)
        let text = canvas.lines.joined(separator: "\n")
        // Mar 4: CSAT 9 of 10 positive; Mar 3: 6 of 10. NPS 60 against −10.
        #expect(text.contains("90.0% ▲ +30.0"))
        #expect(text.contains("60 ±"))
        #expect(text.contains("▲ +70"))
        // The arrow of an improvement is green; of a decline, red.
        let row = try #require(canvas.lines.firstIndex { $0.contains("90.0% ▲ +30.0") })
        let column = try #require(canvas.lines[row].range(of: "▲").map { canvas.lines[row].distance(from: canvas.lines[row].startIndex, to: $0.lowerBound) })
        #expect(canvas[column, row].style.role == .good)
    }

    @Test func allHasNoArrows() {
        let canvas = ViewFixture.render(ViewFixture.model(width: 120, height: 40))
        let satisfactionRows = canvas.lines.filter { $0.contains("CSAT") || $0.contains("%") }
        #expect(!satisfactionRows.contains { $0.contains("▲") || $0.contains("▼") })
    }

    @Test func asciiArrows() {
        let canvas = ViewFixture.render(Self.todayModel(width: 120, height: 40), .ascii)
        #expect(canvas.lines.joined(separator: "\n").contains("90.0% ^ +30.0"))
    }
}
