import TableroCanvas
import TableroText

/// One row: the keys that work now, each as a highlighted key and a word.
/// Long words give way to short ones, then keys drop from the middle (help
/// and quit always stay).
enum FooterView {
    static let keyStyle = Style(.title, bold: true)
    static let actionStyle = Style(.dim)

    struct Item {
        var key: String
        var action: Label
    }

    static func items(_ ctx: ViewContext) -> [Item] {
        let l = ctx.labels, g = ctx.glyphs
        let upDown = g.isUnicode ? "↑↓" : "j/k"
        let leftRight = g.isUnicode ? "←→" : "h/l"
        let model = ctx.model
        if model.showHelp {
            return [Item(key: "?", action: ctx.text.closeHelp), Item(key: "q", action: l[.keyQuit])]
        }
        if model.locked { return [Item(key: "Ctrl-C", action: l[.keyQuit])] }
        if let overlay = FloorKeys.overlayFooter(ctx) { return overlay }
        if model.floor.frozen != nil { return FloorKeys.pausedFooter(ctx) }
        if model.showDataQuality {
            return [Item(key: g.isUnicode ? "↑↓" : "j/k", action: ctx.text.scroll), Item(key: "Esc", action: ctx.text.back),
                    Item(key: "?", action: l[.keyHelp]), Item(key: "q", action: l[.keyQuit])]
        }
        if let dialog = model.scenarioDialog { return ScenarioDialogView.footerItems(ctx, dialog) }
        if model.comparison != nil {
            return [Item(key: upDown, action: ctx.text.choose),
                    Item(key: "Enter", action: l[.keyLoadScenario]), Item(key: "Esc", action: ctx.text.back),
                    Item(key: "q", action: l[.keyQuit])]
        }
        var items: [Item] = []
        if model.zoom != nil { items.append(Item(key: "Esc", action: ctx.text.back)) }
        if !model.wall {
            if model.zoom == nil { items.append(Item(key: "Tab", action: l[.keyNextPane])) }
            // Only the keys that act on what is on screen (issue 10).
            if model.upDownChoosesSlider { items.append(Item(key: upDown, action: l[.keyChooseSlider])) }
            if model.upDownScrollsQueues { items.append(Item(key: upDown, action: ctx.text.scroll)) }
            if model.slidersOnScreen {
                items.append(Item(key: leftRight, action: l[.keyChangeValue]))
                items.append(Item(key: "0/R", action: l[.keyReset]))
            }
        }
        items.append(Item(key: "w", action: l[.keyWindow]))
        if !model.wall, model.zoom == nil { items.append(Item(key: model.hasAgents ? "1-5" : "1-4", action: ctx.text.zoom)) }
        items += FloorKeys.footer(ctx)
        items.append(Item(key: "d", action: ctx.text.dataQualityKey))
        items.append(Item(key: "?", action: l[.keyHelp]))
        items.append(Item(key: "q", action: l[.keyQuit]))
        return items
    }

    static func draw(_ ctx: ViewContext, into canvas: inout Canvas, _ row: Rect) {
        guard !row.isEmpty else { return }
        canvas.fill(row)
        if drawScenarioStatus(ctx, into: &canvas, row) { return }
        var items = items(ctx)
        func text(_ item: Item, short: Bool) -> (String, String) {
            (item.key, " " + ctx.fold(short ? item.action.short : item.action.full))
        }
        func width(_ short: Bool) -> Int {
            items.reduce(0) { total, item in
                let (k, a) = text(item, short: short)
                return total + TextFit.width(k) + TextFit.width(a) + 2
            } - 2
        }
        func fits(_ short: Bool) -> Bool { width(short) <= row.width - 1 }
        let short = !fits(false)
        // Drop middle keys until the short forms fit; the last two (help, quit) stay.
        while short, !fits(true), items.count > 2 { items.remove(at: items.count - 3) }
        var x = 1
        for item in items {
            let (k, a) = text(item, short: short)
            x += canvas.put(in: row, x, 0, k, keyStyle)
            x += canvas.put(in: row, x, 0, a, actionStyle)
            x += 2
        }
    }

    /// What the last save or load did, in place of the keys until the next
    /// key press (not over the help or a dialog, which need their keys).
    static func drawScenarioStatus(_ ctx: ViewContext, into canvas: inout Canvas, _ row: Rect) -> Bool {
        let model = ctx.model
        guard let status = model.scenarioStatus, model.scenarioDialog == nil, !model.showHelp else { return false }
        let style: Style
        switch status {
        case .saved, .loaded: style = Style(.good, bold: true)
        case .reread: style = Style(.accent, bold: true)
        case .failed: style = Style(.warning, bold: true)
        }
        let text = ctx.fold(ctx.labels.scenarioStatus(status))
        canvas.put(in: row, 1, 0, TextFit.truncate(text, to: row.width - 2, ellipsis: ctx.glyphs.ellipsis), style)
        return true
    }
}
