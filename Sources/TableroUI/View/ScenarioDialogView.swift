import TableroCore
import TableroCanvas
import TableroText

/// The `s` prompt and the `L` list, a small box centred over the body like
/// the help. Their keys (Enter, Esc) are in the footer, so the box holds
/// only what is chosen or typed.
enum ScenarioDialogView {
    static let cursorStyle = Style(.selected, reverse: true)
    static let ruleStyle = Style(.dim)
    static let refusedStyle = Style(.warning, bold: true)
    static let emptyStyle = Style(.dim)

    static func draw(_ ctx: ViewContext, _ dialog: ScenarioDialog, into canvas: inout Canvas, _ body: Rect) {
        switch dialog {
        case .naming(let text, let refused):
            drawPrompt(ctx, text: text, refused: refused, into: &canvas, body)
        case .choosing(let names, let selected):
            drawList(ctx, names: names, selected: selected, into: &canvas, body)
        }
    }

    /// A box of `width × height` centred in `body` (clipped to it), or nil
    /// when too little is left to be useful.
    static func box(_ body: Rect, width: Int, height: Int) -> Rect? {
        let w = min(body.width, width), h = min(body.height, height)
        guard w >= 12, h >= 3 else { return nil }
        return Rect(x: body.x + (body.width - w) / 2, y: body.y + (body.height - h) / 2, width: w, height: h)
    }

    ///     ┌ Save scenario ──────────────────────────────────┐
    ///     │ Name: plan-a█                                    │
    ///     │ 1-40 letters, digits, - or _                     │
    ///     └─────────────────────────────────────────────────┘
    static func drawPrompt(_ ctx: ViewContext, text: String, refused: Bool, into canvas: inout Canvas, _ body: Rect) {
        let l = ctx.labels
        let field = ctx.fold(l[.scenarioNameField].full) + ": "
        // Room for the longest name and the cursor after it.
        let width = TextFit.width(field) + ScenarioName.maxLength + 1 + 4
        guard let rect = box(body, width: width, height: 4) else { return }
        let panel = Panel(title: ctx.fold(l[.saveScenarioTitle].full), focused: true)
        let inside = panel.draw(into: &canvas, rect, glyphs: ctx.glyphs)
        guard inside.width > 2 else { return }
        let line = inside.row(0)
        var x = 1 + canvas.put(in: line, 1, 0, field, Style(.title, bold: true))
        // The end of a long name stays in view, where the typing is.
        var shown = Sanitize.text(text, limit: ScenarioName.maxLength)
        let room = max(0, inside.width - x - 2)
        while TextFit.width(shown) > room, !shown.isEmpty { shown.removeFirst() }
        x += canvas.put(in: line, x, 0, shown, Style(.normal, bold: true))
        canvas.put(in: line, x, 0, " ", cursorStyle)
        let rule = l[.scenarioNameRule].fitting(inside.width - 2)
        canvas.put(in: inside.row(1), 1, 0, ctx.fold(rule), refused ? refusedStyle : ruleStyle)
    }

    ///     ┌ Load scenario ───────┐
    ///     │ ▶ plan-a             │
    ///     │   plan-b             │
    ///     └──────────────────────┘
    static func drawList(_ ctx: ViewContext, names: [String]?, selected: Int, into canvas: inout Canvas, _ body: Rect) {
        let l = ctx.labels
        let title = ctx.fold(l[.loadScenarioTitle].full)
        let empty = ctx.fold(names == nil ? l[.loading].full : l[.noSavedScenarios].full)
        let rows = names ?? []
        let widest = rows.isEmpty ? TextFit.width(empty) : rows.map { TextFit.width($0) + 2 }.max() ?? 0
        // The focused title reads "┌ ▶ Title ─┐".
        let width = max(TextFit.width(title) + 8, widest + 4, 24)
        guard let rect = box(body, width: width, height: max(1, rows.count) + 2) else { return }
        let panel = Panel(title: title, focused: true)
        let inside = panel.draw(into: &canvas, rect, glyphs: ctx.glyphs)
        guard !inside.isEmpty else { return }
        if rows.isEmpty {
            canvas.put(in: inside.row(0), 1, 0, empty, emptyStyle)
            return
        }
        // More names than rows: a window that keeps the selected one in view.
        let first = max(0, min(selected - inside.height / 2, rows.count - inside.height))
        for (i, name) in rows.enumerated().dropFirst(first).prefix(inside.height) {
            let row = inside.row(i - first)
            let chosen = i == selected
            let style = chosen ? SliderRow.selectedStyle : Style()
            canvas.fill(row, " ", style)
            let marker = chosen ? ctx.glyphs.arrowRight + " " : "  "
            canvas.put(in: row, 1, 0, TextFit.truncate(marker + Sanitize.text(name), to: row.width - 2, ellipsis: ctx.glyphs.ellipsis), style)
        }
    }

    /// The footer while a dialog is open: only its own keys, in their short
    /// words (`Enter save`; the full ones are the help's).
    static func footerItems(_ ctx: ViewContext, _ dialog: ScenarioDialog) -> [FooterView.Item] {
        let l = ctx.labels
        switch dialog {
        case .naming:
            return [FooterView.Item(key: "Enter", action: Label(l[.keySaveScenario].short)),
                    FooterView.Item(key: "Esc", action: l[.keyCancel])]
        case .choosing:
            let upDown = ctx.glyphs.isUnicode ? "↑↓" : "j/k"
            return [FooterView.Item(key: upDown, action: l[.keyChoose]),
                    FooterView.Item(key: "Enter", action: Label(l[.keyLoadScenario].short)),
                    FooterView.Item(key: "Esc", action: l[.keyCancel])]
        }
    }
}
