import TableroCore
import TableroCanvas
import TableroText

/// Baseline, scenario and difference side by side: costs by category,
/// benefits by kind, total cost, benefit, net benefit, ROI % and return per
/// unit of cost; then retention, churn and CLV. With little room the
/// totals stay and the breakdowns go.
enum ROIPane {
    struct Line {
        var name: String
        /// The name for a narrow table.
        var short: String
        var base: Double?
        var scenario: Double?
        var kind: Kind
        var role: Role
        var emphasis = false

        init(name: Label, indent: String = "", base: Double?, scenario: Double?, kind: Kind, role: Role, emphasis: Bool = false) {
            self.name = indent + name.full
            short = indent + name.short
            self.base = base
            self.scenario = scenario
            self.kind = kind
            self.role = role
            self.emphasis = emphasis
        }

        enum Kind { case money, percent, ratio }
    }

    /// What a line is. Declared in the order lines give way when rows are
    /// short: the first stays longest. The totals come before either
    /// breakdown, and costs before benefits.
    enum Role: Comparable {
        case roi, netBenefit, totalCost, benefit, returnPerCost
        /// One cost category.
        case costItem
        /// One benefit kind, then the scenario's retention benefit and its
        /// acquisition savings, which the benefit total includes.
        case benefitItem, retentionBenefit, acquisitionSavings

        /// Breakdowns are shown whole or not at all: a half list misleads.
        enum Breakdown: CaseIterable { case costs, benefits }

        var breakdown: Breakdown? {
            switch self {
            case .costItem: .costs
            case .benefitItem, .retentionBenefit, .acquisitionSavings: .benefits
            case .roi, .netBenefit, .totalCost, .benefit, .returnPerCost: nil
            }
        }

        /// A rise in a cost is bad news; in everything else, good.
        var upIsGood: Bool { self != .totalCost && self != .costItem }
    }

    static func lines(_ ctx: ViewContext, _ report: Report, narrow: Bool) -> [Line] {
        let l = ctx.labels
        let base = report.roi, scen = report.scenario.roi
        var out: [Line] = []
        for c in CostCategory.allCases where base.costs[c] != nil || scen.costs[c] != nil {
            out.append(Line(name: l.cost(c), indent: "  ", base: base.costs[c], scenario: scen.costs[c], kind: .money, role: .costItem))
        }
        out.append(Line(name: l[.totalCost], base: base.costTotal, scenario: scen.costTotal, kind: .money, role: .totalCost, emphasis: true))
        for k in BenefitKind.allCases where (base.benefits[k] ?? 0) != 0 || (scen.benefits[k] ?? 0) != 0 {
            out.append(Line(name: l.benefit(k), indent: "  ", base: base.benefits[k], scenario: scen.benefits[k], kind: .money, role: .benefitItem))
        }
        if let r = scen.retentionBenefit, r != 0 {
            out.append(Line(name: Label(l[.retentionRate].short), indent: "  + ", base: 0, scenario: r, kind: .money, role: .retentionBenefit))
        }
        if let a = scen.acquisitionSavings, a != 0 {
            out.append(Line(name: Label(l[.acquisitionMultiple].short), indent: "  + ", base: 0, scenario: a, kind: .money, role: .acquisitionSavings))
        }
        out.append(Line(name: l[.benefit], base: base.benefitTotal, scenario: scen.benefitTotal, kind: .money, role: .benefit, emphasis: true))
        out.append(Line(name: l[.netBenefit], base: base.netBenefit, scenario: scen.netBenefit, kind: .money, role: .netBenefit, emphasis: true))
        out.append(Line(name: l[.roi], base: base.roiPercent, scenario: scen.roiPercent, kind: .percent, role: .roi, emphasis: true))
        let symbol = ctx.numbers.currencySymbol
        // Return per unit is 1 + ROI/100: a narrow pane leaves it out rather than cut its name.
        if !narrow {
            out.append(Line(name: Label(l.returnPer(currencySymbol: symbol), short: l[.returnPerCost].short), base: base.returnPerCost, scenario: scen.returnPerCost,
                            kind: .ratio, role: .returnPerCost))
        }
        return out
    }

    static func text(_ v: Double?, _ kind: Line.Kind, _ n: NumberStyle) -> String {
        switch kind {
        case .money: n.money(v)
        case .percent: n.percent(v)
        case .ratio: n.number(v, decimals: 2)
        }
    }

    static func difference(_ a: Double?, _ b: Double?, _ kind: Line.Kind, _ ctx: ViewContext) -> String {
        guard let a, let b else { return NumberStyle.unknown }
        let d = b - a
        let n = ctx.numbers
        func format(_ v: Double) -> String {
            switch kind {
            case .money: n.money(v)
            case .percent: n.number(v, decimals: 1) + " " + ctx.labels[.unitPoints].full
            case .ratio: n.number(v, decimals: 2)
            }
        }
        let t = format(d)
        // A rise gets its sign; a change that rounds to nothing gets none.
        return d > 0 && t != format(0) ? "+" + t : t
    }

    static func draw(_ ctx: ViewContext, _ report: Report, into canvas: inout Canvas, _ rect: Rect) {
        let l = ctx.labels, n = ctx.numbers, t = ctx.thresholds
        let all = lines(ctx, report, narrow: rect.width < 50)
        let retention = report.retention
        let retentionCells = [
            FigureCell(l[.retentionRate], n.percent(retention.retentionPercent)),
            FigureCell(l[.churn], n.percent(retention.churnPercent)),
            FigureCell(l[.clv], n.money(retention.clv)),
        ] + QualityLine.referralCells(ctx, report)
        if rect.height < 3 {
            let cells = [FigureCell(l[.roi], n.percent(report.roi.roiPercent), level: t.roi(percent: report.roi.roiPercent)),
                         FigureCell(l[.netBenefit], n.money(report.roi.netBenefit))] + retentionCells
            FigureCell.grid(cells, columns: FigureCell.columns(for: rect.width, count: 2, minWidth: 14), into: &canvas, rect, ctx)
            return
        }
        let retentionColumns = FigureCell.columns(for: rect.width, count: retentionCells.count, minWidth: 16)
        let retentionRows = FigureCell.rows(retentionCells.count, columns: retentionColumns)
        // Rows for the table: header + lines; retention below when it fits too.
        let essentials = all.filter { $0.role.breakdown == nil }.count
        let showRetention = rect.height >= 1 + essentials + retentionRows
        let tableRoom = rect.height - (showRetention ? retentionRows : 0) - 1
        let kept = all.sorted { $0.role < $1.role }.prefix(max(0, tableRoom))
        // Breakdowns come whole or not at all: a half list of costs misleads.
        var shown = all.filter { line in kept.contains { $0.name == line.name && $0.role == line.role } }
        for breakdown in Role.Breakdown.allCases where shown.contains(where: { $0.role.breakdown == breakdown }) {
            let whole = all.filter { $0.role.breakdown == breakdown }.count
            if shown.filter({ $0.role.breakdown == breakdown }).count < whole {
                shown.removeAll { $0.role.breakdown == breakdown }
            }
        }
        let baseTitle = l[.baseline].full, scenTitle = l[.scenario].full
        let columns = [
            Table.Column("", .left),
            Table.Column(baseTitle), Table.Column(scenTitle),
            Table.Column(rect.width >= 56 ? l[.difference].full : l[.difference].short),
        ]
        func rows(short: Bool) -> [[Table.Cell]] { shown.map { line in
            let nameStyle = line.emphasis ? Style(.normal, bold: true) : Style(.normal)
            var valueStyle = line.emphasis ? Style(.normal, bold: true) : Style(.normal)
            var scenStyle = valueStyle
            if line.kind == .percent {
                valueStyle = t.roi(percent: line.base).style
                scenStyle = t.roi(percent: line.scenario).style
            } else if line.role == .netBenefit {
                valueStyle = (line.base ?? 0) < 0 ? Level.critical.style : valueStyle
                scenStyle = (line.scenario ?? 0) < 0 ? Level.critical.style : scenStyle
            }
            let d = (line.scenario ?? 0) - (line.base ?? 0)
            let diffStyle = t.delta(line.base == nil || line.scenario == nil ? nil : d, upIsGood: line.role.upIsGood).style
            return [
                Table.Cell(short ? line.short : line.name, style: nameStyle),
                Table.Cell(text(line.base, line.kind, n), style: valueStyle),
                Table.Cell(text(line.scenario, line.kind, n), style: scenStyle),
                Table.Cell(difference(line.base, line.scenario, line.kind, ctx), style: d == 0 ? Style(.dim) : diffStyle),
            ]
        } }
        var table = Table(columns: columns, rows: rows(short: false))
        let widest = shown.map { TextFit.width($0.name) }.max() ?? 0
        if table.widths(rect.width)[0] < widest { table.rows = rows(short: true) }
        let (fitted, width) = table.fitted(to: rect.width, minName: 7)
        var flow = Flow(rect)
        if let block = flow.take(min(shown.count + 1, flow.remaining - (showRetention ? retentionRows : 0))) {
            fitted.draw(into: &canvas, Rect(x: block.x, y: block.y, width: width, height: block.height), glyphs: ctx.glyphs)
        }
        if showRetention {
            flow.gap(ifMoreThan: retentionRows + 2)
            if let block = flow.take(retentionRows) {
                FigureCell.grid(retentionCells, columns: retentionColumns, into: &canvas, block, ctx)
            }
        }
    }
}
