import TableroCanvas

/// A box over the body listing every key of the dashboard.
enum HelpOverlay {
    static let keyStyle = Style(.title, bold: true)

    static func entries(_ ctx: ViewContext) -> [(String, String)] {
        let l = ctx.labels, t = ctx.text, u = ctx.glyphs.isUnicode
        return [
            ("Tab", l[.keyNextPane].full),
            ("Shift-Tab", t.previousPane),
            ("Enter", t.zoomFocused),
            (u ? "↑ ↓  k j" : "Up Down  k j", t.upDownHelp),
            (u ? "← →  h l" : "Left Right  h l", t.leftRightHelp),
            (u ? "PgUp PgDn  Shift-← →" : "PgUp PgDn  Shift-Left/Right", t.tenSteps),
            ("0", t.resetSlider),
            ("R", t.resetAll),
            ("w", t.cycleWindow),
            (ctx.model.hasAgents ? "1-5" : "1-4", t.zoomHelp),
            ("Esc", t.backHelp),
            ("d", t.dataQualityHelp),
        ] + FloorKeys.help(ctx) + [
            // Load is `L`, not `l`: `h`/`l` move the selected slider.
            ("s", l[.keySaveScenario].full),
            ("L", l[.keyLoadScenario].full),
            ("c", t.compareHelp),
            ("?", t.helpHelp),
            ("q  Ctrl-C", t.quitHelp),
        ]
    }

    static func draw(_ ctx: ViewContext, into canvas: inout Canvas, _ body: Rect) {
        let entries = entries(ctx).map { (ctx.fold($0.0), ctx.fold($0.1)) }
        let keyWidth = entries.map { TextFit.width($0.0) }.max() ?? 0
        let textWidth = entries.map { TextFit.width($0.1) }.max() ?? 0
        let width = min(body.width, keyWidth + textWidth + 7)
        let height = min(body.height, entries.count + 2)
        guard width >= 10, height >= 3 else { return }
        let box = Rect(x: body.x + (body.width - width) / 2, y: body.y + (body.height - height) / 2, width: width, height: height)
        let panel = Panel(title: ctx.labels[.help].full + " · " + ctx.labels[.keysTitle].full, focused: true)
        let inside = panel.draw(into: &canvas, box, glyphs: ctx.glyphs)
        for (i, entry) in entries.enumerated() where i < inside.height {
            let row = inside.row(i)
            canvas.put(in: row, 1, 0, entry.0, keyStyle)
            canvas.put(in: row, keyWidth + 3, 0, TextFit.truncate(entry.1, to: max(0, row.width - keyWidth - 3), ellipsis: ctx.glyphs.ellipsis))
        }
    }
}
