import TableroCore
import TableroCanvas
import TableroText

/// Every slider with value, range and unit (the selected one highlighted),
/// then what the scenario does: ROI and net benefit, the Erlang C forecast
/// (ASA, service level, chance of waiting, occupancy, agents needed) and
/// the goal-seek lines (retention change for break-even and for the ROI
/// target).
enum WhatIfPane {
    static func sliderRows(_ ctx: ViewContext, width: Int) -> [SliderRow] {
        let m = ctx.model
        var rows = Slider.allCases.map { s in
            SliderRow(slider: s, value: m.scenario[s], agents: m.agents, retentionPercent: m.retentionPercent, baseline: m.baseline(s),
                      selected: s == m.selectedSlider, labels: ctx.labels, numbers: ctx.numbers)
        }
        let full = width >= 64
        for (i, s) in Slider.allCases.enumerated() where !full { rows[i].name = ctx.labels.slider(s).short }
        let names = rows.map { TextFit.width(ctx.fold($0.name)) }.max() ?? 0
        let values = rows.map { TextFit.width(ctx.fold($0.valueText)) }.max() ?? 0
        let ranges = rows.map { TextFit.width($0.rangeText(ctx.glyphs)) }.max() ?? 0
        for i in rows.indices {
            rows[i].nameColumns = names + 1
            rows[i].valueColumns = values
            rows[i].rangeColumns = ranges
        }
        return rows
    }

    static func infoCells(_ ctx: ViewContext, _ report: Report, both: Bool) -> [FigureCell] {
        let l = ctx.labels, n = ctx.numbers, t = ctx.thresholds
        let base = report.forecast, scen = report.scenario.forecast
        let arrow = ctx.glyphs.isUnicode ? " → " : " -> "
        func pair(_ a: String, _ b: String) -> String { both && a != b ? a + arrow + b : b }
        let unstable = scen.stable == false
        let roiBase = report.roi.roiPercent, roiScen = report.scenario.roi.roiPercent
        var cells = [
            FigureCell(l[.roi], pair(n.percent(roiBase), n.percent(roiScen)), level: t.roi(percent: roiScen)),
            FigureCell(l[.netBenefit], pair(n.money(report.roi.netBenefit), n.money(report.scenario.roi.netBenefit)),
                       (report.scenario.roi.netBenefit ?? 0) < 0 ? Level.critical.style : FigureCell.valueStyle),
            FigureCell(l[.averageWait], unstable ? l[.unstable].short : pair(n.duration(base.asaSeconds), n.duration(scen.asaSeconds)),
                       level: unstable ? .critical : t.wait(seconds: scen.asaSeconds)),
            FigureCell(l[.serviceLevel], unstable ? l[.unstable].short : pair(n.percent(base.serviceLevelPercent), n.percent(scen.serviceLevelPercent)),
                       level: unstable ? .critical : t.serviceLevel(percent: scen.serviceLevelPercent)),
        ]
        let needed = scen.agentsNeeded
        let short = needed.map { need in (scen.agents ?? 0) < need } ?? false
        cells.append(FigureCell(l[.agentsNeeded], ctx.count(needed),
                                short ? Level.warning.style : FigureCell.valueStyle))
        cells.append(FigureCell(Label(l[.breakEven].full + " " + l[.retention].full.lowercased(), short: l[.breakEven].short),
                                points(report.scenario.breakEvenRetentionPP, ctx)))
        cells.append(FigureCell(l[.chanceOfWaiting], pair(n.percent(base.probabilityWait.map { $0 * 100 }, decimals: 0),
                                                        n.percent(scen.probabilityWait.map { $0 * 100 }, decimals: 0))))
        cells.append(FigureCell(l[.occupancy], pair(n.percent(base.occupancyPercent, decimals: 0), n.percent(scen.occupancyPercent, decimals: 0))))
        if ctx.model.settings.economics.roiTarget != nil {
            cells.append(FigureCell(l[.targetRetention], points(report.scenario.targetRetentionPP, ctx)))
        }
        return cells
    }

    /// A retention change in points: `+2.5 pp`, `-3 p. p.`, `–` when out of reach.
    static func points(_ v: Double?, _ ctx: ViewContext) -> String {
        guard let v else { return NumberStyle.unknown }
        let text = ctx.numbers.number(v, decimals: 1)
        return (v > 0 && text != ctx.numbers.number(0, decimals: 1) ? "+" : "") + text + " " + ctx.labels[.unitPoints].full
    }

    static func draw(_ ctx: ViewContext, _ report: Report, into canvas: inout Canvas, _ rect: Rect) {
        let rows = sliderRows(ctx, width: rect.width)
        let both = rect.width >= 50
        let cells = infoCells(ctx, report, both: both)
        let cols = FigureCell.columns(for: rect.width, count: cells.count, minWidth: both ? 26 : 16)
        let infoRows = FigureCell.rows(cells.count, columns: cols)
        var flow = Flow(rect)
        // Every slider when they fit with at least one line of effect; else
        // a window of sliders around the selected one.
        let sliderCount = rect.height >= rows.count + 1 ? rows.count : max(1, rect.height - min(2, infoRows))
        let selected = Slider.allCases.firstIndex(of: ctx.model.selectedSlider) ?? 0
        let first = max(0, min(selected - sliderCount / 2, rows.count - sliderCount))
        for row in rows[first..<min(rows.count, first + sliderCount)] {
            guard let line = flow.take(1) else { break }
            row.draw(into: &canvas, line, glyphs: ctx.glyphs)
        }
        guard flow.remaining > 0 else { return }
        let content = report.content
        if !content.contacts && !content.money {
            // Nothing in the window to apply the sliders to: say so rather
            // than a block of dashes (issue 10).
            flow.gap(ifMoreThan: 3)
            let en = ctx.labels.language == .english
            let text = en ? "Nothing in this window to apply the sliders to" : "Nada en este periodo a lo que aplicar los controles"
            for part in TextFit.wrap(ctx.fold(text), width: rect.width, ellipsis: ctx.glyphs.ellipsis) {
                guard let line = flow.take(1) else { break }
                canvas.put(in: line, 0, 0, part, Style(.dim))
            }
            return
        }
        flow.gap(ifMoreThan: infoRows + 1)
        if flow.remaining > infoRows + 1, let title = flow.take(1) {
            // Say what the forecast is based on where it fits (issue 10).
            let f = report.scenario.forecast
            var choices = [ctx.labels[.scenario].full + " · " + ctx.labels[.forecast].full]
            if let rate = f.arrivalsPerHour, let aht = f.ahtSeconds {
                let basis = ctx.labels.forecastBasis(arrivals: ctx.numbers.number(rate, decimals: rate < 10 ? 1 : 0),
                                                     aht: ctx.numbers.age(aht), lastHour: report.forecastArrivalsFromLastHour)
                choices.insert(contentsOf: [ctx.labels[.scenario].full + " · " + basis.full, ctx.labels[.scenario].full + " · " + basis.short], at: 0)
            }
            let text = choices.map(ctx.fold).first { TextFit.width($0) <= title.width } ?? ctx.fold(choices.last!)
            canvas.put(in: title, 0, 0, text, Style(.title, bold: true))
        }
        if let block = flow.take(min(infoRows, flow.remaining)) {
            FigureCell.grid(cells, columns: cols, into: &canvas, block, ctx)
        }
    }
}
