import TableroCore
import TableroCanvas
import TableroText

/// The pure view: a model in, a canvas of `model.width × model.height` out.
/// No clock and no terminal: the header's freshness counts from the model's
/// `now` to its `newestRowTime` (or the report's as-of when unknown).
public enum DashboardView {
    public static func render(_ live: DashboardModel, glyphs: GlyphSet) -> Canvas {
        // Paused (`p`), the figures frozen at the pause.
        let model = live.shown
        var canvas = Canvas(width: model.width, height: model.height)
        var ctx = ViewContext(model: model, glyphs: glyphs)
        let layout = Layout(width: canvas.width, height: canvas.height, zoom: model.zoom,
                            agentRows: model.report.flatMap(AgentsPane.rowsWanted))
        ctx.agentsPane = layout.panes.contains { $0.0 == .agents }
        switch layout.mode {
        case .tooSmall:
            TooSmallView.draw(ctx, into: &canvas)
            return canvas
        case .compact, .dense, .roomy:
            break
        }
        HeaderView.draw(ctx, into: &canvas, layout.header)
        PausedBadge.draw(ctx, into: &canvas, layout.header)
        FooterView.draw(ctx, into: &canvas, layout.footer)
        if let report = model.report {
            if model.showDataQuality {
                DataQualityView.draw(ctx, report, into: &canvas, layout.body)
            } else if model.wall {
                WallView.draw(ctx, report, into: &canvas, layout.body)
            } else if layout.mode == .compact {
                CompactView.draw(ctx, report, into: &canvas, layout.body)
            } else {
                for (pane, rect) in layout.panes {
                    PaneView.draw(pane, ctx, report, into: &canvas, rect, boxed: true)
                }
            }
        } else {
            LoadingView.draw(ctx, into: &canvas, layout.body)
        }
        if model.floor.showAlertLog { AlertLogOverlay.draw(ctx, into: &canvas, layout.body) }
        if model.floor.showDefinitions, let report = model.report { DefinitionsOverlay.draw(ctx, report, into: &canvas, layout.body) }
        if let comparison = model.comparison { ComparisonOverlay.draw(ctx, comparison, into: &canvas, layout.body) }
        if model.showHelp { HelpOverlay.draw(ctx, into: &canvas, layout.body) }
        if let dialog = model.scenarioDialog { ScenarioDialogView.draw(ctx, dialog, into: &canvas, layout.body) }
        return canvas
    }
}

/// Everything a piece of the view needs besides the canvas.
struct ViewContext {
    let model: DashboardModel
    let glyphs: GlyphSet
    let labels: Labels
    let numbers: NumberStyle
    let thresholds: Thresholds
    let text: ViewText
    /// The agents have a pane of their own on screen, so the queue pane
    /// leaves their list to it.
    var agentsPane = false

    init(model: DashboardModel, glyphs: GlyphSet) {
        self.model = model
        self.glyphs = glyphs
        labels = Labels(language: Language(locale: model.settings.general.locale))
        numbers = labels.numbers(currency: model.settings.general.currency)
        thresholds = Thresholds(settings: model.settings)
        text = ViewText(language: labels.language)
    }

    /// Our own punctuation in the terminal's codeset.
    func fold(_ s: String) -> String { glyphs.fold(s) }

    var now: Double { model.now }
    var newestRowTime: Double? { model.newestRowTime }
    var directory: String? { model.directory }

    func count(_ n: Int?) -> String { numbers.number(n.map(Double.init)) }
}

/// The pane titles, by pane.
extension ViewContext {
    func title(_ pane: Pane) -> String {
        switch pane {
        case .queue: labels[.queue].full
        case .satisfaction: labels[.satisfaction].full
        case .roi: labels[.roi].full + (model.report.flatMap { labels.periods($0.roiPeriods) }.map { fold(" · " + $0) } ?? "")
        case .whatIf: labels[.whatIf].full + scenarioSuffix
        case .agents: labels[floor: .agentsTitle]
        }
    }

    /// ` · plan-a` after the What-if title when the sliders came from a saved
    /// scenario, with `*` once they have moved since it was saved or loaded.
    var scenarioSuffix: String {
        guard let name = model.scenarioName else { return "" }
        return " · " + Sanitize.text(name) + (model.scenarioModified ? "*" : "")
    }
}

/// Draws one pane, boxed (grid, zoom) or bare (compact view).
enum PaneView {
    static func draw(_ pane: Pane, _ ctx: ViewContext, _ report: Report, into canvas: inout Canvas, _ rect: Rect, boxed: Bool) {
        var inside = rect
        if boxed {
            let number = "\(pane.rawValue + 1) "
            let panel = Panel(title: number + ctx.title(pane), focused: ctx.model.focus == pane)
            inside = panel.draw(into: &canvas, rect, glyphs: ctx.glyphs)
            // One column of air on each side of the content when there is room.
            if inside.width >= 30 { inside = Rect(x: inside.x + 1, y: inside.y, width: inside.width - 2, height: inside.height) }
        }
        guard !inside.isEmpty else { return }
        if let notice = NoDataNotice.lines(pane, ctx, report) {
            NoDataNotice.draw(notice, ctx: ctx, into: &canvas, inside)
            return
        }
        switch pane {
        case .queue: QueuePane.draw(ctx, report, into: &canvas, inside)
        case .satisfaction: SatisfactionPane.draw(ctx, report, into: &canvas, inside)
        case .roi: ROIPane.draw(ctx, report, into: &canvas, inside)
        case .whatIf: WhatIfPane.draw(ctx, report, into: &canvas, inside)
        case .agents: AgentsPane.draw(ctx, report, into: &canvas, inside)
        }
    }
}
