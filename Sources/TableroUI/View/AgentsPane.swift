import TableroCanvas
import TableroCore
import TableroText

/// The agents' pane (issue 9, from about 160×50 and zoomed with `5`): the
/// counts per state as a line and a stacked bar, the bar per queue when
/// there is room, then the list longest pause first with the time in each
/// state (it moves every second: the per-second refresh recomputes the
/// states at the new as-of). Only laid out when agent events exist.
enum AgentsPane {
    /// Rows (borders included) the pane fills: the line, the bar, a bar per
    /// queue, the list with its header, and the gaps; nil with no agents.
    static func rowsWanted(_ report: Report) -> Int? {
        guard let agents = report.agentStates else { return nil }
        let queues = Set(agents.list.filter { $0.activity != .loggedOut }.flatMap(\.queues)).count
        return 2 + 2 + (queues > 1 ? queues + 1 : 0) + 1 + agents.list.count + 1
    }

    static func draw(_ ctx: ViewContext, _ report: Report, into canvas: inout Canvas, _ rect: Rect) {
        guard let agents = report.agentStates else { return }
        var flow = Flow(rect)
        if let row = flow.take(1) { AgentsLine.draw(ctx, agents, into: &canvas, row) }
        let loggedIn = agents.list.filter { $0.activity != .loggedOut }
        if let row = flow.take(1) {
            let legend = legendText(ctx, AgentsBar(loggedIn))
            let barWidth = min(60, row.width - TextFit.width(legend) - 2)
            if barWidth >= 10 {
                AgentsBar(loggedIn).draw(into: &canvas, Rect(x: row.x, y: row.y, width: barWidth, height: 1),
                                         of: loggedIn.count, glyphs: ctx.glyphs)
                drawLegend(ctx, AgentsBar(loggedIn), into: &canvas, Rect(x: row.x + barWidth + 2, y: row.y, width: row.width - barWidth - 2, height: 1))
            } else {
                AgentsBar(loggedIn).draw(into: &canvas, row, of: loggedIn.count, glyphs: ctx.glyphs)
            }
        }
        // A bar per queue when the list below still gets most of its rows.
        let queues = Set(loggedIn.flatMap(\.queues)).sorted()
        if queues.count > 1, flow.remaining >= queues.count + 1 + min(agents.list.count + 1, 6) {
            flow.gap(ifMoreThan: 1)
            let nameWidth = min(16, queues.map { TextFit.width($0) }.max() ?? 0)
            let scale = queues.map { q in loggedIn.filter { $0.queues.contains(q) }.count }.max() ?? 0
            for queue in queues {
                guard let row = flow.take(1) else { break }
                let members = loggedIn.filter { $0.queues.contains(queue) }
                let name = ctx.fold(Sanitize.text(queue, limit: nameWidth))
                canvas.put(in: row, 0, 0, name, FigureCell.labelStyle)
                let count = ctx.count(members.count)
                let barWidth = min(40, row.width - nameWidth - TextFit.width(count) - 3)
                guard barWidth >= 4 else { continue }
                let bar = Rect(x: row.x + nameWidth + 1, y: row.y, width: barWidth, height: 1)
                AgentsBar(members).draw(into: &canvas, bar, of: scale, glyphs: ctx.glyphs)
                canvas.put(in: row, nameWidth + 2 + barWidth, 0, count, FigureCell.valueStyle)
            }
        }
        flow.gap(ifMoreThan: 2)
        guard flow.remaining >= 2, let block = flow.take(min(agents.list.count + 1, flow.remaining)) else { return }
        // Header and rows; the last line counts the agents left out.
        let shown = agents.list.count + 1 <= block.height ? agents.list.count : block.height - 2
        let full = AgentsTable.table(ctx, agents, asOf: report.asOf, quality: report.quality)
        let cut = Table(columns: full.columns, rows: Array(full.rows.prefix(shown)))
        let (t, w) = cut.fitted(to: block.width)
        t.draw(into: &canvas, Rect(x: block.x, y: block.y, width: w, height: shown + 1), glyphs: ctx.glyphs)
        if shown < agents.list.count {
            canvas.put(in: block, 0, block.height - 1, ctx.fold(ctx.labels.moreRows(agents.list.count - shown)), FigureCell.labelStyle)
        }
    }

    static func legendText(_ ctx: ViewContext, _ bar: AgentsBar) -> String {
        zip(AgentsBar.states, bar.counts).map { state, n in
            AgentsBar.glyph(state, ctx.glyphs) + " " + ctx.count(n) + " " + ctx.labels.state(state)
        }.joined(separator: "  ")
    }

    /// `█ 3 free  ▒ 2 on call  ░ 1 wrap-up  ▄ 1 paused`, each in its colour.
    static func drawLegend(_ ctx: ViewContext, _ bar: AgentsBar, into canvas: inout Canvas, _ row: Rect) {
        var x = 0
        for (state, n) in zip(AgentsBar.states, bar.counts) {
            let part = AgentsBar.glyph(state, ctx.glyphs) + " " + ctx.count(n) + " " + ctx.labels.state(state)
            guard x + TextFit.width(part) <= row.width else { return }
            canvas.put(in: row, x, 0, AgentsBar.glyph(state, ctx.glyphs), AgentsBar.style(state))
            x += canvas.put(in: row, x + 1, 0, " " + ctx.count(n) + " " + ctx.labels.state(state), FigureCell.labelStyle) + 3
        }
    }
}
