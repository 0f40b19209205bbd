import Testing
import TableroCore
import TableroCanvas
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
        // CSAT's +30 is inside its margin, 1.96 × sqrt(0.9·0.1/10 + 0.6·0.4/10)
        // × 100 = 35.6 points: "≈", grey. NPS's +70 is outside sqrt(41² + m²)
        // (m = 1.96 × sqrt((0.2 + 0.3 − 0.01)/10) × 100 = 43.4, so 59.7): "▲", green.
        #expect(text.contains("90.0% ≈ +30.0"))
        #expect(text.contains("60 ±"))
        #expect(text.contains("▲ +70"))
        func style(of glyph: String) throws -> Style {
            let row = try #require(canvas.lines.firstIndex { $0.contains("90.0%") })
            let line = canvas.lines[row]
            let at = try #require(line.range(of: glyph).map { line.distance(from: line.startIndex, to: $0.lowerBound) })
            return canvas[at, row].style
        }
        #expect(try style(of: "▲").role == .good)
        #expect(try style(of: "≈").role != .good)
    }

    @Test func allHasNoArrows() {
        let canvas = ViewFixture.render(ViewFixture.model(width: 120, height: 40))
        let satisfactionRows = canvas.lines.filter { $0.contains("CSAT") || $0.contains("%") }
        #expect(!satisfactionRows.contains { $0.contains("▲") || $0.contains("▼") })
    }

    @Test func asciiArrows() {
        let canvas = ViewFixture.render(Self.todayModel(width: 120, height: 40), .ascii)
        #expect(canvas.lines.joined(separator: "\n").contains("90.0% ~ +30.0"))
    }
}
