import TableroCanvas
import TableroCore
import TableroText

/// `c`: worst to best (issue 14). The baseline and every saved scenario,
/// worst ROI first: the sliders it moves, ROI % as a bar around zero
/// (losses to the left, red), net benefit, cost, benefit, the forecast's
/// service level and agents needed, and the break-even retention change.
/// Columns give way from the right on narrow screens; ↑/↓ choose and Enter
/// loads the chosen one.
enum ComparisonOverlay {
    static func draw(_ ctx: ViewContext, _ state: ComparisonState, into canvas: inout Canvas, _ body: Rect) {
        let width = min(body.width, 200)
        let height = min(body.height, max(state.rows?.count ?? 1, 1) + 4)
        guard width >= 30, height >= 4 else { return }
        let box = Rect(x: body.x + (body.width - width) / 2, y: body.y + (body.height - height) / 2, width: width, height: height)
        canvas.fill(box.x, box.y, width: box.width, height: box.height)
        let panel = Panel(title: ctx.fold(ctx.labels.comparisonTitle + " · c"), focused: true)
        var inside = panel.draw(into: &canvas, box, glyphs: ctx.glyphs)
        inside = Rect(x: inside.x + 1, y: inside.y, width: inside.width - 2, height: inside.height)
        guard let rows = state.rows else {
            canvas.put(in: inside, 0, 0, ctx.fold(ctx.labels[.loading].full), FigureCell.labelStyle)
            return
        }
        let table = Self.table(ctx, rows, selected: state.selected, width: inside.width - 14)
        let (fitted, w) = table.fitted(to: inside.width - 14)
        fitted.draw(into: &canvas, Rect(x: inside.x, y: inside.y, width: w, height: min(inside.height, rows.count + 1)), glyphs: ctx.glyphs)
        // ROI as a bar around zero, to the right of the table.
        let barWidth = min(31, inside.width - w - 2)
        let scale = rows.compactMap { $0.roi.roiPercent.map(abs) }.max() ?? 0
        for (i, row) in rows.enumerated() where i + 1 < inside.height {
            drawBar(row.roi.roiPercent, scale: scale, at: inside.x + w + 2, y: inside.y + 1 + i, width: barWidth, ctx, &canvas)
        }
    }

    /// A bar around zero: losses to the left of the middle in red, gains to the right.
    static func drawBar(_ roi: Double?, scale: Double, at x: Int, y: Int, width: Int, _ ctx: ViewContext, _ canvas: inout Canvas) {
        guard width >= 5 else { return }
        let half = width / 2
        canvas.put(x + half, y, ctx.glyphs.targetMark, Style(.dim))
        guard let roi, scale > 0 else { return }
        let cells = Int((abs(roi) / scale * Double(half)).rounded())
        guard cells > 0 else { return }
        let bar = String(repeating: ctx.glyphs.full, count: min(cells, half))
        if roi < 0 {
            canvas.put(x + half - min(cells, half), y, bar, Level.critical.style)
        } else {
            canvas.put(x + half + 1, y, String(bar.prefix(width - half - 1)), Level.good.style)
        }
    }

    /// The rows as a table, the columns that fit `width`.
    static func table(_ ctx: ViewContext, _ rows: [ComparisonRow], selected: Int, width: Int) -> Table {
        let l = ctx.labels, n = ctx.numbers
        let baseline = Scenario(settings: ctx.model.settings)
        let wide = width >= 150, middle = width >= 100
        var columns = [Table.Column("", .left), Table.Column(l[.roi].full), Table.Column(l[.netBenefit].short)]
        if middle { columns += [Table.Column(l[.totalCost].short), Table.Column(l[.benefit].short)] }
        columns += [Table.Column(l[.serviceLevel].short), Table.Column(l[.agentsNeeded].short), Table.Column(l[.breakEven].short)]
        if wide { columns.append(Table.Column(l[.whatIf].short, .left)) }
        let cells: [[Table.Cell]] = rows.enumerated().map { i, c in
            let marker = i == selected ? ctx.glyphs.arrowRight + " " : "  "
            let style = i == selected ? Style(.selected, bold: true, reverse: true) : FigureCell.valueStyle
            var row = [Table.Cell(ctx.fold(marker + Sanitize.text(c.name, limit: 30)), style: style),
                       Table.Cell(n.percent(c.roi.roiPercent), style: (c.roi.roiPercent ?? 0) < 0 ? Level.critical.style : FigureCell.valueStyle)]
            row.append(Table.Cell(n.money(c.roi.netBenefit)))
            if middle { row += [Table.Cell(n.money(c.roi.costTotal)), Table.Cell(n.money(c.roi.benefitTotal))] }
            row += [Table.Cell(n.percent(c.forecast.serviceLevelPercent)),
                    Table.Cell(c.forecast.agentsNeeded.map(String.init) ?? NumberStyle.unknown),
                    Table.Cell(c.breakEvenRetentionPP.map { n.number($0, decimals: 1) + " " + l[.unitPoints].full } ?? NumberStyle.unknown)]
            if wide {
                let moved = Slider.allCases.filter { c.scenario[$0] != baseline[$0] }
                    .map { "\(l.slider($0).short) \(Format.plain(c.scenario[$0]))" }.joined(separator: ", ")
                row.append(Table.Cell(ctx.fold(moved.isEmpty ? "–" : moved), style: Style(.dim)))
            }
            return row
        }
        return Table(columns: columns, rows: cells)
    }
}
