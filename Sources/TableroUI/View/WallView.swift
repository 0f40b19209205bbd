import TableroCore
import TableroCanvas
import TableroText

/// Wall mode: waiting now, longest wait, service level, CSAT and NPS in big
/// block digits, coloured by their thresholds, readable across a room. No
/// sliders. The largest digits and the arrangement that fit are chosen;
/// plain labelled figures when even the small digits do not fit.
enum WallView {
    struct Figure {
        var label: Label
        var value: String
        var level: Level
    }

    static func figures(_ ctx: ViewContext, _ report: Report) -> [Figure] {
        // The live class: a wall that is red because of emails is one nobody reads.
        let q = report.headline, s = report.satisfaction
        let l = ctx.labels, n = ctx.numbers, t = ctx.thresholds
        return [
            Figure(label: l[.waitingNow], value: ctx.count(q.waitingNow), level: QueuePane.waitingLevel(q, t)),
            Figure(label: l[.longestWait], value: n.duration(q.longestWaitNowSeconds), level: t.wait(seconds: q.longestWaitNowSeconds)),
            Figure(label: l[.serviceLevel], value: n.percent(q.serviceLevelPercent, decimals: 0),
                   level: t.serviceLevel(percent: q.serviceLevelPercent)),
            Figure(label: l[.csat], value: n.percent(s.csatPercent, decimals: 0), level: t.csat(percent: s.csatPercent)),
            Figure(label: l[.nps], value: n.number(s.nps, decimals: 0), level: t.nps(s.nps)),
        ]
    }

    /// Rows of figure indices: queue figures above satisfaction, all in one
    /// row, two by two, or one per row.
    static let arrangements: [[[Int]]] = [[[0, 1, 2], [3, 4]], [[0, 1, 2, 3, 4]], [[0, 1], [2, 3], [4]], [[0], [1], [2], [3], [4]]]

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
        let figs = figures(ctx, report)
        for size in [BigDigits.Size.five, .three] {
            for rows in arrangements {
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
                        drawFigure(ctx, figs[index], size: size, into: &canvas, cell)
                    }
                }
                return
            }
        }
        // Not even the small digits fit: labelled figures, one per row.
        let cells = figs.map { FigureCell($0.label, $0.value, level: $0.level) }
        let cols = FigureCell.columns(for: body.width, count: cells.count)
        FigureCell.grid(cells, columns: cols, into: &canvas, body, ctx)
    }

    static func drawFigure(_ ctx: ViewContext, _ figure: Figure, size: BigDigits.Size, into canvas: inout Canvas, _ cell: Rect) {
        let label = ctx.fold(figure.label.fitting(cell.width - 2))
        canvas.center(label, in: cell.row(0), Style(.title, bold: true))
        let w = BigDigits.width(of: figure.value, size: size)
        let x = cell.x + max(0, (cell.width - w) / 2)
        BigDigits.draw(figure.value, size: size, into: &canvas,
                       Rect(x: x, y: cell.y + 1, width: cell.width - (x - cell.x), height: size.rawValue),
                       style: figure.level.style, glyphs: ctx.glyphs)
    }
}
