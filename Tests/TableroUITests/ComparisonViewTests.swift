import Testing
import TableroCore
import TableroCanvas
@testable import TableroUI

/// Issue 14: `c` opens worst to best; ↑/↓ choose, Enter loads, Esc closes;
/// it is asked again when the directory (data or scenarios) changes.
@Suite struct ComparisonViewTests {
    static func rows(_ settings: Settings) -> [ComparisonRow] {
        func row(_ name: String, _ roi: Double, _ slider: Slider?, _ value: Double) -> ComparisonRow {
            var s = Scenario(settings: settings)
            if let slider { s[slider] = value }
            var r = ROIFigures(attributionPercent: s[.attribution])
            r.roiPercent = roi
            r.netBenefit = roi * 1000
            r.costTotal = 100_000
            r.benefitTotal = 100_000 + roi * 1000
            var f = Forecast()
            f.serviceLevelPercent = 80
            f.agentsNeeded = 8
            return ComparisonRow(name: name, scenario: s, roi: r, forecast: f, breakEvenRetentionPP: -1.5)
        }
        return [row("worst", -12.5, .attribution, 50), row("baseline", 40, nil, 0), row("best", 75, .technology, -20)]
    }

    func opened() -> DashboardModel {
        var m = ViewFixture.model(width: 120, height: 40)
        let commands = update(&m, .key(.character("c")))
        #expect(commands == [.compareScenarios(window: m.window, asOf: ViewFixture.asOf)])
        _ = update(&m, .comparisonComputed(Self.rows(m.settings)))
        return m
    }

    @Test func keys() {
        var m = opened()
        _ = update(&m, .key(.down))
        _ = update(&m, .key(.down))
        _ = update(&m, .key(.down))           // stops at the last row
        #expect(m.comparison?.selected == 2)
        #expect(update(&m, .key(.enter)) == [.loadScenario("best")])
        #expect(m.comparison == nil)
        m = opened()
        _ = update(&m, .key(.down))           // the baseline: no file, the sliders reset
        m.scenario[.personnel] = 10
        let commands = update(&m, .key(.enter))
        #expect(m.scenario == Scenario(settings: m.settings))
        #expect(commands.contains { $0.asksForReport })
        m = opened()
        _ = update(&m, .key(.escape))
        #expect(m.comparison == nil)
    }

    @Test func askedAgainWhenTheDirectoryChanges() {
        var m = opened()
        #expect(update(&m, .directoryChanged).contains(.compareScenarios(window: m.window, asOf: ViewFixture.asOf)))
        m.comparison = nil
        #expect(!update(&m, .directoryChanged).contains { if case .compareScenarios = $0 { true } else { false } })
    }

    @Test(arguments: [(80, 24), (200, 60)])
    func golden(_ size: (Int, Int)) throws {
        var m = ViewFixture.model(width: size.0, height: size.1)
        m.comparison = ComparisonState()
        m.comparison?.rows = Self.rows(m.settings)
        let canvas = ViewFixture.render(m)
        try ViewGoldenTests().golden("comparison-\(size.0)x\(size.1)", canvas)
        // Worst first, with its ROI; then the baseline, then the best.
        let title = try #require(canvas.lines.firstIndex { $0.contains("Worst to best") })
        let names = canvas.lines[(title + 2)...].prefix(3).map { $0.dropFirst(3).prefix(12).trimmingCharacters(in: .whitespaces) }
        #expect(names == ["worst", "baseline", "best"])
        #expect(canvas.lines[title + 2].contains("-12.5%"))
    }
}
