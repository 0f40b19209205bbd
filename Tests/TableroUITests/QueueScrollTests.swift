import Testing
import TableroCore
import TableroCanvas
@testable import TableroUI

/// Issue 10: with Queue focused, ↑/↓ scroll the queue table: rows below the
/// fold come into view, worst first, and "+N more" counts the rest.
@Suite struct QueueScrollTests {
    func model(scroll: Int) -> DashboardModel {
        var m = ViewFixture.model(width: 120, height: 40)
        var byQueue: [String: QueueFigures] = [:]
        for i in 0..<15 {
            var f = QueueFigures()
            f.offered = 10
            f.waitingNow = 1
            // q00 waits longest: the worst first.
            f.longestWaitNowSeconds = Double(300 - i * 10)
            byQueue[String(format: "q%02d", i)] = f
        }
        m.report!.byQueue = byQueue
        m.queueScroll = scroll
        return m
    }

    func firstQueueRow(_ canvas: Canvas) -> String? {
        canvas.lines.first { $0.contains("│ q") }.map { String($0.drop { $0 != "q" }.prefix(3)) }
    }

    @Test func scrollingBringsLaterRowsIntoView() throws {
        #expect(firstQueueRow(ViewFixture.render(model(scroll: 0))) == "q00")
        #expect(firstQueueRow(ViewFixture.render(model(scroll: 3))) == "q03")
        // Never past the last row: a huge scroll shows the last screenful.
        let end = ViewFixture.render(model(scroll: 99)).lines.joined(separator: "\n")
        #expect(end.contains("q14"))
        #expect(!end.contains("q00"))
    }
}
