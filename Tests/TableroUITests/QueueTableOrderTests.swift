import Testing
import TableroCore
@testable import TableroUI
import TableroCanvas

/// Issue 9: the queue and channel tables go worst first and never drop a
/// row silently: at every height, the rows shown plus the `+N more` count
/// make all of them.
@Suite struct QueueTableOrderTests {
    let model = ViewFixture.model(width: 120, height: 40)
    var report: Report { model.report! }
    var ctx: ViewContext { ViewContext(model: model, glyphs: .unicode) }

    func drawn(height: Int) -> [String] {
        var canvas = Canvas(width: 110, height: height)
        QueuePane.draw(ctx, report, into: &canvas, Rect(x: 0, y: 0, width: 110, height: height))
        return canvas.lines
    }

    /// The names listed under the table titled `title`, and its `+N more`.
    func table(_ title: String, in lines: [String], names: Set<String>) -> (shown: [String], more: Int)? {
        guard let header = lines.firstIndex(where: { $0.hasPrefix(title + " ") }) else { return nil }
        var shown: [String] = [], more = 0
        for line in lines[(header + 1)...] {
            let first = String(line.split(separator: " ").first ?? "")
            if names.contains(first) { shown.append(first); continue }
            if first.hasPrefix("+"), let n = Int(first.dropFirst()) { more = n }
            break
        }
        return (shown, more)
    }

    @Test func everyRowIsShownOrCounted() {
        let groups: [(String, [String: QueueFigures], (String) -> ServiceThresholds)] = [
            (ctx.labels[.channel].full, report.byChannel, { ctx.thresholds.thresholds(channel: $0) }),
        ]
        for (title, figures, thresholds) in groups {
            #expect(figures.count >= 2, "the fixture needs several rows to order")
            let order = ctx.thresholds.severityOrder(figures, thresholds: thresholds)
            var sawCut = false, sawWhole = false
            for height in 8...40 {
                guard let t = table(title, in: drawn(height: height), names: Set(figures.keys)) else { continue }
                #expect(t.shown.count + t.more == figures.count, "height \(height)")
                #expect(t.shown == Array(order.prefix(t.shown.count)), "height \(height): worst first")
                if t.more > 0 { sawCut = true } else { sawWhole = true }
            }
            #expect(sawCut && sawWhole, "some height cuts the table and some shows it whole")
        }
    }
}
