import TableroCore
import TableroCanvas
import TableroText

/// Waiting now and longest wait largest; then ASA, p90, AHT, abandon rate,
/// agents; service level as a gauge against its target; ASA per day as a
/// sparkline; per-queue and per-channel tables as room allows.
enum QueuePane {
    /// The waiting count takes the colour of the longest wait: three people
    /// waiting ten seconds are fine, one waiting five minutes is not.
    static func waitingLevel(_ q: QueueFigures, _ t: Thresholds, _ th: ServiceThresholds? = nil) -> Level {
        q.waitingNow == 0 ? .good : t.wait(seconds: q.longestWaitNowSeconds, th)
    }

    static func draw(_ ctx: ViewContext, _ report: Report, into canvas: inout Canvas, _ rect: Rect) {
        // The headline is the live class (METRICS.md, "Channels"); async
        // work gets its own line below it and never colours a live figure.
        let q = report.headline
        let async = report.byClass[.async]
        let l = ctx.labels, n = ctx.numbers, t = ctx.thresholds
        let waiting = NumberTile(label: l[.waitingNow].fitting(rect.width / 2 - 1), value: ctx.count(q.waitingNow),
                                 level: waitingLevel(q, t))
        let longest = NumberTile(label: l[.longestWait].fitting(rect.width / 2 - 1), value: n.duration(q.longestWaitNowSeconds),
                                 level: t.wait(seconds: q.longestWaitNowSeconds))
        var flow = Flow(rect)
        if rect.height < 4 {
            // A line or two: the headline figures as labelled cells.
            let cells = [
                FigureCell(l[.waitingNow], waiting.value, level: waiting.level),
                FigureCell(l[.longestWait], longest.value, level: longest.level),
                FigureCell(l[.serviceLevel], n.percent(q.serviceLevelPercent), level: t.serviceLevel(percent: q.serviceLevelPercent)),
                FigureCell(l[.averageWait], n.duration(q.asaSeconds), level: t.wait(seconds: q.asaSeconds)),
                FigureCell(l[.abandonRate], n.percent(q.abandonRatePercent), level: t.abandonRate(percent: q.abandonRatePercent)),
                FigureCell(l.agents(from: report.agentSource), ctx.count(q.agents)),
            ]
            let cols = FigureCell.columns(for: rect.width, count: 3, minWidth: 12)
            var grid = rect
            if let async, rect.height >= 2 {
                AsyncLine.draw(ctx, async, into: &canvas, Rect(x: rect.x, y: rect.y + rect.height - 1, width: rect.width, height: 1))
                grid.height -= 1
            }
            FigureCell.grid(cells, columns: cols, into: &canvas, grid, ctx)
            return
        }

        // Issue 10: at 100x30 the pane is 9 rows and the queue table, the
        // worst queues first, did not fit. A pane that short with queues to
        // show gives the table three rows: the two tiles on one line, no p90
        // and no sparkline.
        let tight = !report.byQueue.isEmpty && (9...13).contains(rect.height) && rect.width >= 40
        // Headline: big digits when the pane is tall, else two tiles.
        let half = (rect.width - 2) / 2
        let size: BigDigits.Size = rect.height >= 24 ? .five : .three
        let big = rect.height >= 14 && bigFits([waiting.value, longest.value], size: size, width: half)
        if big, let head = flow.take(size.rawValue + 1) {
            for (i, tile) in [waiting, longest].enumerated() {
                let cell = Rect(x: head.x + i * (half + 2), y: head.y, width: half, height: head.height)
                canvas.put(in: cell, 0, 0, ctx.fold(tile.label), NumberTile.labelStyle)
                BigDigits.draw(tile.value, size: size, into: &canvas, Rect(x: cell.x, y: cell.y + 1, width: cell.width, height: size.rawValue),
                               style: ctx.flash(tile.level.style, "class:live", "longest_wait_now_seconds"), glyphs: ctx.glyphs)
            }
        } else if tight, let head = flow.take(1) {
            // `Waiting now 3      Longest wait 1m 31s`, each value in its level's colour.
            for (i, tile) in [waiting, longest].enumerated() {
                let cell = Rect(x: head.x + i * (half + 2), y: head.y, width: i == 0 ? half : rect.width - half - 2, height: 1)
                let x = canvas.put(in: cell, 0, 0, ctx.fold(tile.label) + " ", NumberTile.labelStyle)
                canvas.put(in: cell, x, 0, tile.value, ctx.flash(tile.level.style, "class:live", "longest_wait_now_seconds"))
            }
        } else if let head = flow.take(2) {
            waiting.draw(into: &canvas, Rect(x: head.x, y: head.y, width: half, height: 2), glyphs: ctx.glyphs)
            longest.draw(into: &canvas, Rect(x: head.x + half + 2, y: head.y, width: rect.width - half - 2, height: 2), glyphs: ctx.glyphs)
            // A longest wait that just turned critical flashes (both tiles follow it).
            if ctx.isFlashOn("class:live", "longest_wait_now_seconds") {
                canvas.restyle(head.x, head.y + 1, width: head.width, Style(Level.critical.role, bold: true, reverse: true))
            }
        }
        if let async, let row = flow.take(1) { AsyncLine.draw(ctx, async, into: &canvas, row) }
        if let agents = report.agentStates, !ctx.agentsPane, let row = flow.take(1) { AgentsLine.draw(ctx, agents, into: &canvas, row) }
        flow.gap(ifMoreThan: 8)

        // The other figures, in columns; service level gets its own gauge row.
        var cells = [
            FigureCell(l[.averageWait], n.duration(q.asaSeconds),
                       ctx.flash(t.wait(seconds: q.asaSeconds).style, "class:live", "asa_seconds")),
            FigureCell(l[.waitP90], n.duration(q.waitP90Seconds), level: t.wait(seconds: q.waitP90Seconds)),
            FigureCell(l[.handleTime], n.duration(q.ahtSeconds)),
            FigureCell(l[.abandonRate], n.percent(q.abandonRatePercent),
                       ctx.flash(t.abandonRate(percent: q.abandonRatePercent).style, "class:live", "abandon_rate_percent")),
            FigureCell(l.agents(from: report.agentSource), ctx.count(q.agents)),
        ]
        if rect.width >= 76 {
            cells += [FigureCell(l[.offered], ctx.count(q.offered)), FigureCell(l[.answered], ctx.count(q.answered)),
                      FigureCell(l[.firstContactResolution], n.percent(q.fcrPercent))]
        }
        let cols = FigureCell.columns(for: rect.width, count: cells.count)
        let gaugeRoom = rect.width >= 24
        if !gaugeRoom {
            cells.insert(FigureCell(l[.serviceLevel], n.percent(q.serviceLevelPercent), level: t.serviceLevel(percent: q.serviceLevelPercent)), at: 0)
        }
        // A short pane keeps the gauge and the sparkline before the p90.
        if tight || flow.remaining < FigureCell.rows(cells.count, columns: cols) + (gaugeRoom ? 2 : 1),
           FigureCell.rows(cells.count - 1, columns: cols) < FigureCell.rows(cells.count, columns: cols) {
            cells.remove(at: 1)
        }
        let rows = min(FigureCell.rows(cells.count, columns: cols), flow.remaining)
        if let block = flow.take(rows) { FigureCell.grid(cells, columns: cols, into: &canvas, block, ctx) }

        if gaugeRoom, let row = flow.take(1) { drawServiceLevel(ctx, q, into: &canvas, row) }
        // The sparkline, last: on a short pane it gives way before the live
        // figures. A pane with the room below its tables draws the trend as
        // a chart there instead (QueueTrendChart), not twice.
        let tallTrend = rect.width >= 40 && !(ctx.model.zoom == .queue && !report.recentAbandons.isEmpty)
            && flow.remaining - rowsBelowFigures(ctx, report, remaining: flow.remaining) >= 10
        if !tallTrend, !tight, let row = flow.take(1) { drawTrend(ctx, report, into: &canvas, row) }
        // The channel mix (issue 14) where the pane has room to spare.
        if report.byChannel.count > 1, rect.width >= 60, flow.remaining >= 10, let row = flow.take(1) {
            QualityLine.drawMix(ctx, report, into: &canvas, row)
        }

        // The agents, longest pause first, when the pane is tall: they share
        // the room below the figures with the queue tables.
        if let agents = report.agentStates, !ctx.agentsPane, rect.width >= 40, flow.remaining >= 8 {
            flow.gap(ifMoreThan: 2)
            let rows = min(agents.list.count + 1, max(3, flow.remaining / 2))
            if let block = flow.take(rows) {
                let (t, w) = AgentsTable.table(ctx, agents, asOf: report.asOf, quality: report.quality).fitted(to: block.width)
                t.draw(into: &canvas, Rect(x: block.x, y: block.y, width: w, height: block.height), glyphs: ctx.glyphs)
            }
        }

        // Tables: per queue, then per channel, worst first, as many rows as
        // fit; the rows left out are counted on the last line, never dropped silently.
        // Each row is judged by its own thresholds: a channel by its own
        // (its class's), a queue of async contacts only by the async class's.
        let byQueue: (String) -> ServiceThresholds = { t.thresholds(report.asyncQueues.contains($0) ? .async : .live) }
        let byChannel: (String) -> ServiceThresholds = { t.thresholds(channel: $0) }
        let groups: [(Label, [String: QueueFigures], (String) -> ServiceThresholds)] = [
            (l[.queue], report.byQueue, byQueue), (l[.channel], report.byChannel, byChannel),
        ]
        for (title, figures, thresholds) in groups where !figures.isEmpty {
            if !tight { flow.gap(ifMoreThan: 2) }
            guard flow.remaining >= 2 else { break }
            let rows = min(figures.count + 1, flow.remaining)
            if let block = flow.take(rows) {
                // Header plus data rows; one line goes to the count when they do not all fit.
                let shown = figures.count + 1 <= block.height ? figures.count : block.height - 2
                let flashScope: ((String) -> String)? = title == l[.channel] ? { "channel:" + $0 } : nil
                // ↑/↓ with Queue focused scroll the queue table (never past its last row).
                let offset = title == l[.queue] ? min(ctx.model.queueScroll, max(0, figures.count - shown)) : 0
                let (t, w) = table(ctx, title, figures, thresholds: thresholds, limit: shown, offset: offset,
                                   flashScope: flashScope).fitted(to: block.width)
                t.draw(into: &canvas, Rect(x: block.x, y: block.y, width: w, height: shown + 1), glyphs: ctx.glyphs)
                if shown < figures.count {
                    canvas.put(in: block, 0, block.height - 1, ctx.fold(l.moreRows(figures.count - shown)), FigureCell.labelStyle)
                }
            }
        }

        // Room left (the large grid's tall column, a zoom): the ASA trend as
        // a chart as tall as the room, more than the sparkline's one row.
        if tallTrend, flow.remaining >= 4 {
            flow.gap(ifMoreThan: 9)
            if let block = flow.take(min(flow.remaining, 24)) { QueueTrendChart.draw(ctx, report, into: &canvas, block) }
        }

        // Zoomed, the callers to call back fill the rest.
        if ctx.model.zoom == .queue, !report.recentAbandons.isEmpty {
            flow.gap(ifMoreThan: 2)
            if flow.remaining >= 2, let block = flow.take(min(report.recentAbandons.count + 1, flow.remaining)) {
                let (t, w) = CallBackTable.table(ctx, report.recentAbandons).fitted(to: block.width)
                t.draw(into: &canvas, Rect(x: block.x, y: block.y, width: w, height: block.height), glyphs: ctx.glyphs)
            }
        }
    }

    /// Rows the agents list and the queue and channel tables below the
    /// figures take out of `remaining` (with their gaps), as drawn below.
    static func rowsBelowFigures(_ ctx: ViewContext, _ report: Report, remaining: Int) -> Int {
        var left = remaining
        if let agents = report.agentStates, !ctx.agentsPane, left >= 8 {
            if left > 2 { left -= 1 }
            left -= min(agents.list.count + 1, max(3, left / 2))
        }
        for figures in [report.byQueue, report.byChannel] where !figures.isEmpty {
            if left > 2 { left -= 1 }
            guard left >= 2 else { break }
            left -= min(figures.count + 1, left)
        }
        return remaining - left
    }

    static func bigFits(_ values: [String], size: BigDigits.Size, width: Int) -> Bool {
        values.allSatisfy { BigDigits.width(of: $0, size: size) <= width }
    }

    /// `Service level ███████▌···│···  72.0%`, the target as a mark.
    static func drawServiceLevel(_ ctx: ViewContext, _ q: QueueFigures, into canvas: inout Canvas, _ row: Rect) {
        let l = ctx.labels
        let target = ctx.model.settings.queue.serviceLevelTarget
        let name = ctx.fold(row.width >= 50 ? l[.serviceLevel].full : l[.serviceLevel].fitting(14))
        let nameWidth = TextFit.width(name) + 1
        canvas.put(in: row, 0, 0, name, FigureCell.labelStyle)
        let value = ctx.numbers.percent(q.serviceLevelPercent)
        let targetText = " / " + ctx.numbers.percent(target, decimals: 0)
        let text = row.width >= 50 ? value + targetText : value
        let gauge = Gauge(value: q.serviceLevelPercent, target: target, valueText: text,
                          level: ctx.thresholds.serviceLevel(percent: q.serviceLevelPercent))
        let barWidth = min(row.width - nameWidth, 60)
        gauge.draw(into: &canvas, Rect(x: row.x + nameWidth, y: row.y, width: barWidth, height: 1), glyphs: ctx.glyphs)
    }

    /// `Trend ASA  ▁▂▅█▃  22s`: ASA per day of the window; for today, ASA
    /// per clock hour over the last hours (a day's one point says nothing).
    static func drawTrend(_ ctx: ViewContext, _ report: Report, into canvas: inout Canvas, _ row: Rect) {
        let l = ctx.labels
        let hourly = report.window.spec == .today
        let name = ctx.fold(hourly ? l[.asaByHour].full : l[.trend].full + " " + l[.averageWait].short)
        let x = canvas.put(in: row, 0, 0, name, FigureCell.labelStyle) + 1
        // The live class's ASA, as the headline's (recentHours holds live waits only).
        let values = hourly ? report.recentHours.map(\.asaSeconds) : report.trend.map(\.liveAsaSeconds)
        // The latest known value: the current hour may have no answer yet.
        let last = ctx.numbers.duration(values.last { $0 != nil } ?? nil)
        let nowText = ctx.fold((ctx.labels.language == .english ? "now " : "ahora ") + last)
        // Its scale, lowest and highest of the points drawn (issue 10: bars
        // without a scale said nothing), where the row has room for them.
        let known = values.suffix(max(values.count, 1)).compactMap { $0 }
        let scale = known.count < 2 || known.min() == known.max() ? nil
            : (ctx.numbers.duration(known.min()), ctx.numbers.duration(known.max()))
        let scaled = scale.map { TextFit.width($0.0) + TextFit.width($0.1) + 2 + TextFit.width(" · ") } ?? 0
        let withScale = row.width - x - TextFit.width(nowText) - 1 - scaled >= min(values.count, 12)
        var room = row.width - x - TextFit.width(nowText) - 1 - (withScale ? scaled : 0)
        guard room >= 3 else {
            room = row.width - x - TextFit.width(last) - 1
            guard room >= 3 else { return }
            let width = min(room, max(values.count, 1))
            Sparkline.draw(values, into: &canvas, Rect(x: row.x + x, y: row.y, width: width, height: 1), glyphs: ctx.glyphs)
            canvas.put(in: row, x + width + 1, 0, ctx.fold(last), FigureCell.valueStyle)
            return
        }
        var cx = x
        if withScale, let scale { cx += canvas.put(in: row, cx, 0, ctx.fold(scale.0), Style(.dim)) + 1 }
        let width = min(room, max(values.count, 1))
        Sparkline.draw(values, into: &canvas, Rect(x: row.x + cx, y: row.y, width: width, height: 1), glyphs: ctx.glyphs)
        cx += width + 1
        if withScale, let scale {
            cx += canvas.put(in: row, cx, 0, ctx.fold(scale.1), Style(.dim))
            cx += canvas.put(in: row, cx, 0, ctx.fold(" · "), Style(.dim))
        }
        canvas.put(in: row, cx, 0, nowText, FigureCell.valueStyle)
    }

    static func table(_ ctx: ViewContext, _ title: Label, _ figures: [String: QueueFigures],
                      thresholds: (String) -> ServiceThresholds, limit: Int? = nil, offset: Int = 0,
                      flashScope: ((String) -> String)? = nil) -> Table {
        let l = ctx.labels, n = ctx.numbers, t = ctx.thresholds
        let columns = [
            Table.Column(title.full, .left),
            Table.Column(l[.waitingNow].short), Table.Column(l[.longestWait].short), Table.Column(l[.averageWait].short),
            Table.Column(l[.serviceLevel].short), Table.Column(l[.abandonRate].short), Table.Column(l[.offered].short),
        ]
        let names = t.severityOrder(figures, thresholds: thresholds).dropFirst(offset).prefix(limit ?? figures.count)
        let rows: [[Table.Cell]] = names.map { name in
            let f = figures[name]!, th = thresholds(name)
            let row: [Table.Cell] = [
                Table.Cell(name),
                Table.Cell(ctx.count(f.waitingNow), style: waitingLevel(f, t, th).style),
                Table.Cell(n.duration(f.longestWaitNowSeconds), style: t.wait(seconds: f.longestWaitNowSeconds, th).style),
                Table.Cell(n.duration(f.asaSeconds), style: t.wait(seconds: f.asaSeconds, th).style),
                Table.Cell(n.percent(f.serviceLevelPercent), style: t.serviceLevel(percent: f.serviceLevelPercent, th).style),
                Table.Cell(n.percent(f.abandonRatePercent), style: t.abandonRate(percent: f.abandonRatePercent).style),
                Table.Cell(ctx.count(f.offered)),
            ]
            // A row whose figure just turned critical flashes, every cell of it.
            guard let scope = flashScope?(name),
                  ctx.isFlashOn(scope, "longest_wait_now_seconds") || ctx.isFlashOn(scope, "asa_seconds")
                    || ctx.isFlashOn(scope, "service_level_percent") || ctx.isFlashOn(scope, "abandon_rate_percent") else { return row }
            return row.map { Table.Cell($0.text, style: Style(($0.style ?? Style.plain).role == .normal ? .critical : ($0.style ?? Style.plain).role,
                                                              bold: true, reverse: true)) }
        }
        return Table(columns: columns, rows: rows)
    }
}
