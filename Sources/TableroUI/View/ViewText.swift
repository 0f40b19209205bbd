import TableroText

/// Texts the view needs that Labels does not have yet (key help beyond
/// the footer's actions, freshness). English and Spanish, like Labels.
struct ViewText {
    let language: Language

    private func pick(_ en: String, _ es: String) -> String { language == .english ? en : es }

    var productName: String { "Tablero" }
    var zoom: Label { language == .english ? Label("zoom pane", short: "zoom") : Label("ampliar panel", short: "ampliar") }
    var back: Label { language == .english ? Label("back", short: "back") : Label("volver") }
    var previousPane: String { pick("previous pane", "panel anterior") }
    var tenSteps: String { pick("change value ten steps", "cambiar valor diez pasos") }
    var resetSlider: String { pick("reset this slider", "restablecer este control") }
    var resetAll: String { pick("reset every slider", "restablecer todos los controles") }
    var cycleWindow: String { pick("window: today, 7 days, 30 days, all", "periodo: hoy, 7 días, 30 días, todo") }
    var choose: Label { language == .english ? Label("choose") : Label("elegir") }
    var compareHelp: String {
        pick("worst to best: the baseline and every saved scenario by ROI (Enter loads)",
             "del peor al mejor: la base y cada escenario guardado por ROI (Enter carga)")
    }
    var zoomFocused: String { pick("zoom the focused pane", "ampliar el panel activo") }
    var upDownHelp: String {
        pick("Queue: scroll the tables · What-if: choose a slider", "Cola: desplazar las tablas · Escenario: elegir control")
    }
    var leftRightHelp: String {
        pick("change the slider (while the sliders are on screen)", "cambiar el control (con los controles a la vista)")
    }
    var zoomHelp: String { pick("zoom a pane to full screen", "ampliar un panel a pantalla completa") }
    var backHelp: String { pick("back from zoom", "volver de la ampliación") }
    var helpHelp: String { pick("this help (any key closes it)", "esta ayuda (cualquier tecla la cierra)") }
    var quitHelp: String { pick("quit", "salir") }
    var closeHelp: Label { language == .english ? Label("close help", short: "close") : Label("cerrar ayuda", short: "cerrar") }
    var locked: String { pick("locked", "bloqueado") }

    // The data-quality view.
    var newestRow: String { pick("Newest row", "Última fila") }
    var state: String { pick("State", "Estado") }
    var gone: String { pick("gone", "eliminado") }
    var unreadable: String { pick("unreadable", "ilegible") }
    var ok: String { pick("ok", "correcto") }
    var scroll: Label { language == .english ? Label("scroll") : Label("desplazar") }
    var dataQualityKey: Label { language == .english ? Label("data quality", short: "data") : Label("calidad de datos", short: "datos") }
    var dataQualityHelp: String { pick("data quality: files, rows, errors (↑↓ scroll)", "calidad de datos: archivos, filas, errores (↑↓ desplazar)") }

    /// A settings file changed into one that cannot be used.
    func settingsProblem(_ reason: String) -> String {
        pick("settings not applied: \(reason)", "configuración no aplicada: \(reason)")
    }

    /// The data-quality view's title when not every file fits: `files 1–17 of 23`.
    func fileRange(first: String, last: String, count: String) -> String {
        pick("files \(first)–\(last) of \(count)", "archivos \(first)–\(last) de \(count)")
    }

    /// Under the first load's progress bar.
    func loadDetail(read: String, total: String, rows: String) -> String {
        pick("\(read) of \(total) MB · \(rows) rows", "\(read) de \(total) MB · \(rows) filas")
    }

    /// The header of a replay (a fixed as-of): where the data ends, or the
    /// instant asked for.
    func replay(_ when: String, dataEnd: Bool) -> String {
        dataEnd ? pick("Replay · data ends \(when)", "Reproducción · datos hasta el \(when)")
            : pick("Replay · as of \(when)", "Reproducción · datos a \(when)")
    }

    /// `updated 12 s ago` / `actualizado hace 12 s`.
    func updated(_ age: String) -> String { pick("updated \(age) ago", "actualizado hace \(age)") }

    /// Data-quality findings: `Data quality 3`.
    func findings(_ label: Label, _ n: String, room: Int) -> String {
        let full = label.full + " " + n
        return TextFit.width(full) <= room ? full : label.short + " " + n
    }
}
