import Testing
import TableroCore
import TableroCanvas
@testable import TableroUI

/// Issue 10: at 100x30 the queue table keeps its columns and shows the
/// worst queue first (the pane is 9 rows: the tiles share a line, p90 and
/// the sparkline give way).
@Suite struct QueueTableAt100x30Tests {
    @Test func theWorstQueueIsOnScreen() throws {
        let m = ViewFixture.model(width: 100, height: 30)
        let canvas = ViewFixture.render(m)
        let lines = canvas.lines
        let header = try #require(lines.firstIndex { $0.contains("│ Queue ") }, "\(lines.joined(separator: "\n"))")
        // The fixture's waits ("4m 00s") leave no room for Offered at 46 columns;
        // the sample's do (see the README's 100x30 screen).
        for column in ["Waiting", "Longest", "ASA", "SL", "Abandon"] { #expect(lines[header].contains(column)) }
        let report = m.report!
        let t = ViewContext(model: m, glyphs: .unicode).thresholds
        let worst = t.severityOrder(report.byQueue, thresholds: { _ in t.thresholds(.live) }).first!
        #expect(lines[header + 1].contains("│ \(worst) "), "\(lines[header + 1])")
    }
}
