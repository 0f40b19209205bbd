import TableroCore
import TableroCanvas
import TableroText

/// Wall mode: waiting now, longest wait, service level, CSAT and NPS in big
/// block digits, coloured by their thresholds, each with its target below,
/// readable across a room. No sliders. The digits scale with the terminal
/// (BigDigits+Scale): the largest scale and arrangement that fit are
/// chosen, so a 300×90 wall is filled rather than holding 5-row digits in a
/// sea of blank rows. Active alerts run across the top as a banner in the
/// largest text that fits. Plain labelled figures when even the small
/// digits do not fit.
enum WallView {
    struct Figure {
        var label: Label
        var value: String
        var level: Level
        var target: String
        /// The alert that flashes this figure: scope and figure key.
        var alert: (scope: String, figure: String)
    }

    static func figures(_ ctx: ViewContext, _ report: Report) -> [Figure] {
        // The live class: a wall that is red because of emails is one nobody reads.
        let q = report.headline, s = report.satisfaction
        let l = ctx.labels, n = ctx.numbers, t = ctx.thresholds
        let settings = ctx.model.settings
        let live = settings.queue.live
        let target = l[alert: .target] + " "
        let waitTarget = target + "< " + n.duration(live.waitWarningSeconds)
        return [
            Figure(label: l[.waitingNow], value: ctx.count(q.waitingNow), level: QueuePane.waitingLevel(q, t),
                   target: target + l[.longestWait].short.lowercased() + " < " + n.duration(live.waitWarningSeconds),
                   alert: ("class:live", "longest_wait_now_seconds")),
            Figure(label: l[.longestWait], value: n.duration(q.longestWaitNowSeconds), level: t.wait(seconds: q.longestWaitNowSeconds),
                   target: waitTarget, alert: ("class:live", "longest_wait_now_seconds")),
            Figure(label: l[.serviceLevel], value: n.percent(q.serviceLevelPercent, decimals: 0),
                   level: t.serviceLevel(percent: q.serviceLevelPercent),
                   target: target + n.percent(live.serviceLevelTarget, decimals: 0) + " · " + n.duration(live.serviceLevelSeconds),
                   alert: ("class:live", "service_level_percent")),
            Figure(label: l[.csat], value: n.percent(s.csatPercent, decimals: 0), level: t.csat(percent: s.csatPercent),
                   target: target + n.percent(settings.satisfaction.csatTarget, decimals: 0), alert: ("overall", "csat_percent")),
            Figure(label: l[.nps], value: n.number(s.nps, decimals: 0), level: t.nps(s.nps),
                   target: target + n.number(settings.satisfaction.npsTarget, decimals: 0), alert: ("overall", "nps")),
        ]
    }

    /// Rows of figure indices: queue figures above satisfaction, all in one
    /// row, two by two, or one per row.
    static let arrangements: [[[Int]]] = [[[0, 1, 2], [3, 4]], [[0, 1, 2, 3, 4]], [[0, 1], [2, 3], [4]], [[0], [1], [2], [3], [4]]]

    /// The largest scale of the five-row digits, and the arrangement, at
    /// which every figure fits its cell: a label row, the digits and a
    /// target row per figure, a blank row between rows of figures.
    static func choose(_ figs: [Figure], in body: Rect) -> (scale: Int, rows: [[Int]])? {
        var best: (scale: Int, rows: [[Int]])?
        for rows in arrangements {
            var k = 1
            while true {
                let next = k + 1
                guard fits(figs, rows, scale: next, in: body) else { break }
                k = next
            }
            guard fits(figs, rows, scale: k, in: body) else { continue }
            if best.map({ k > $0.scale }) ?? true { best = (k, rows) }
        }
        return best
    }

    static func fits(_ figs: [Figure], _ rows: [[Int]], scale k: Int, in body: Rect) -> Bool {
        let total = rows.count * (BigDigits.height(scale: k) + 2) + rows.count - 1
        guard total <= body.height else { return false }
        return rows.allSatisfy { row in
            let cell = body.width / row.count
            return row.allSatisfy { BigDigits.width(of: figs[$0].value, scale: k) <= cell - 2 }
        }
    }

    static func draw(_ ctx: ViewContext, _ report: Report, into canvas: inout Canvas, _ whole: Rect) {
        guard !whole.isEmpty else { return }
        var body = whole
        // The agents' counts on the bottom row, centred, when agent events exist.
        if let agents = report.agentStates, body.height >= 6 {
            let text = AgentsLine.text(agents, labels: ctx.labels, numbers: ctx.numbers, width: body.width)
            let x = max(0, (body.width - TextFit.width(text)) / 2)
            canvas.put(in: Rect(x: body.x, y: body.y + body.height - 1, width: body.width, height: 1), x, 0,
                       ctx.fold(text), FigureCell.valueStyle)
            body.height -= 1
        }
        if body.height >= 10, let used = WallBanner.draw(ctx, report, into: &canvas, body) {
            body = Rect(x: body.x, y: body.y + used, width: body.width, height: body.height - used)
        }
        let figs = figures(ctx, report)
        if let (k, rows) = choose(figs, in: body) {
            let rowHeight = BigDigits.height(scale: k) + 2
            // The rows left over go between the rows of figures and around them.
            let spare = body.height - rows.count * rowHeight
            let gap = spare / (rows.count + 1)
            var y = body.y + gap + (spare - gap * (rows.count + 1)) / 2
            for row in rows {
                let cellWidth = body.width / row.count
                for (c, index) in row.enumerated() {
                    let cell = Rect(x: body.x + c * cellWidth, y: y, width: cellWidth, height: rowHeight)
                    drawFigure(ctx, figs[index], scale: k, into: &canvas, cell)
                }
                y += rowHeight + gap
            }
            return
        }
        for rows in arrangements {
            let size = BigDigits.Size.three
            let rowHeight = size.rawValue + 2
            let total = rows.count * rowHeight - 1
            guard total <= body.height else { continue }
            let fits = rows.allSatisfy { row in
                let cell = body.width / row.count
                return row.allSatisfy { BigDigits.width(of: figs[$0].value, size: size) <= cell - 2 }
            }
            guard fits else { continue }
            let top = body.y + (body.height - total) / 2
            for (r, row) in rows.enumerated() {
                let cellWidth = body.width / row.count
                for (c, index) in row.enumerated() {
                    let cell = Rect(x: body.x + c * cellWidth, y: top + r * rowHeight, width: cellWidth, height: rowHeight - 1)
                    drawThree(ctx, figs[index], into: &canvas, cell)
                }
            }
            return
        }
        // Not even the small digits fit: labelled figures, one per row.
        let cells = figs.map { FigureCell($0.label, $0.value, level: $0.level) }
        let cols = FigureCell.columns(for: body.width, count: cells.count)
        FigureCell.grid(cells, columns: cols, into: &canvas, body, ctx)
    }

    /// Label, digits at `scale`, target; centred in the cell.
    static func drawFigure(_ ctx: ViewContext, _ figure: Figure, scale: Int, into canvas: inout Canvas, _ cell: Rect) {
        let label = ctx.fold(figure.label.fitting(cell.width - 2))
        canvas.center(label, in: cell.row(0), Style(.title, bold: true))
        let w = BigDigits.width(of: figure.value, scale: scale)
        let x = cell.x + max(0, (cell.width - w) / 2)
        let h = BigDigits.height(scale: scale)
        BigDigits.draw(figure.value, scale: scale, into: &canvas, Rect(x: x, y: cell.y + 1, width: cell.width - (x - cell.x), height: h),
                       style: ctx.flash(figure.level.style, figure.alert.scope, figure.alert.figure), glyphs: ctx.glyphs)
        canvas.center(ctx.fold(TextFit.truncate(figure.target, to: cell.width - 2, ellipsis: ctx.glyphs.ellipsis)),
                      in: cell.row(h + 1), FigureCell.labelStyle)
    }

    /// The three-row digits, for a wall too small for the five-row ones.
    static func drawThree(_ ctx: ViewContext, _ figure: Figure, into canvas: inout Canvas, _ cell: Rect) {
        let label = ctx.fold(figure.label.fitting(cell.width - 2))
        canvas.center(label, in: cell.row(0), Style(.title, bold: true))
        let size = BigDigits.Size.three
        let w = BigDigits.width(of: figure.value, size: size)
        let x = cell.x + max(0, (cell.width - w) / 2)
        BigDigits.draw(figure.value, size: size, into: &canvas,
                       Rect(x: x, y: cell.y + 1, width: cell.width - (x - cell.x), height: size.rawValue),
                       style: ctx.flash(figure.level.style, figure.alert.scope, figure.alert.figure), glyphs: ctx.glyphs)
    }
}
