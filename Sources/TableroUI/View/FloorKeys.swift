import TableroText

/// The keys of issue 9's tools in the footer and the help: `A` alert log,
/// `f` definitions, `p` pause (and resume while paused).
enum FloorKeys {
    static func words(_ l: Language) -> (log: Label, definitions: Label, pause: Label, resume: Label,
                                         logHelp: String, definitionsHelp: String, pauseHelp: String) {
        switch l {
        case .english:
            (Label("alert log", short: "alerts"), Label("definitions", short: "defs"), Label("pause"), Label("resume"),
             "alert log: every crossing, newest first", "how the focused pane's figures are computed",
             "pause: freeze the screen (data keeps loading)")
        case .spanish:
            (Label("registro de alertas", short: "alertas"), Label("definiciones", short: "defs"), Label("pausa"), Label("reanudar"),
             "registro de alertas: cada cruce, el más reciente primero", "cómo se calculan los indicadores del panel activo",
             "pausa: congela la pantalla (los datos siguen cargando)")
        }
    }

    static func footer(_ ctx: ViewContext) -> [FooterView.Item] {
        let w = words(ctx.labels.language)
        var items = [FooterView.Item(key: "A", action: w.log)]
        // Definitions are of a pane's figures: not on the wall.
        if !ctx.model.wall { items.append(FooterView.Item(key: "f", action: w.definitions)) }
        items.append(FooterView.Item(key: "p", action: w.pause))
        return items
    }

    /// The alert log or the definitions open: they close with any key (the
    /// definitions scroll with ↑/↓ first).
    static func overlayFooter(_ ctx: ViewContext) -> [FooterView.Item]? {
        let m = ctx.model, l = ctx.labels
        guard m.floor.showAlertLog || m.floor.showDefinitions else { return nil }
        var items: [FooterView.Item] = []
        if m.floor.showDefinitions { items.append(FooterView.Item(key: ctx.glyphs.isUnicode ? "↑↓" : "j/k", action: ctx.text.scroll)) }
        items.append(FooterView.Item(key: "Esc", action: ctx.text.back))
        items.append(FooterView.Item(key: "q", action: l[.keyQuit]))
        return items
    }

    /// Paused, only what still works: resume, zoom and Tab, help, quit.
    static func pausedFooter(_ ctx: ViewContext) -> [FooterView.Item] {
        let l = ctx.labels, m = ctx.model
        var items = [FooterView.Item(key: "p", action: words(l.language).resume)]
        if m.zoom != nil { items.append(FooterView.Item(key: "Esc", action: ctx.text.back)) }
        if !m.wall, m.zoom == nil {
            items.append(FooterView.Item(key: "Tab", action: l[.keyNextPane]))
            items.append(FooterView.Item(key: m.hasAgents ? "1-5" : "1-4", action: ctx.text.zoom))
        }
        return items + [FooterView.Item(key: "?", action: l[.keyHelp]), FooterView.Item(key: "q", action: l[.keyQuit])]
    }

    static func help(_ ctx: ViewContext) -> [(String, String)] {
        let w = words(ctx.labels.language)
        return [("A", w.logHelp), ("f", w.definitionsHelp), ("p", w.pauseHelp)]
    }
}
