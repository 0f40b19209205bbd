import TableroCore
import TableroCanvas
import TableroText

/// A pane whose window holds nothing says so in words (issue 10: a first
/// look at an old directory was a screen of bare dashes): what is missing,
/// where the data ends and how long ago, and the key for other windows.
enum NoDataNotice {
    /// The notice's lines for `pane`, or nil when the pane has figures.
    static func lines(_ pane: Pane, _ ctx: ViewContext, _ report: Report) -> [String]? {
        let content = report.content
        let en = ctx.labels.language == .english
        let window = phrase(ctx.model.window, english: en)
        let newest: Double?
        let what: String
        switch pane {
        case .queue:
            guard !content.contacts else { return nil }
            what = en ? "No contacts" : "Sin contactos"
            newest = content.newestContactRow
        case .satisfaction:
            guard !content.surveys else { return nil }
            what = en ? "No survey answers" : "Sin respuestas de encuesta"
            newest = content.newestSurveyRow
        case .roi:
            guard !content.money else { return nil }
            what = en ? "No costs, benefits or customers" : "Sin costes, beneficios ni clientes"
            newest = nil
        default:
            return nil
        }
        // An empty (or emptied) directory: nothing to point at yet.
        if content.nothingRead { return [en ? "No data yet" : "Aún no hay datos"] }
        var lines = [what + (window.isEmpty ? "" : " " + window)]
        if let newest {
            let zone = ctx.model.settings.general.timezone
            let clock = zone == "UTC" ? ZoneClock.utc : ZoneClock(identifier: zone) ?? .utc
            let when = ctx.labels.dayAndTime(localStamp: clock.rfc3339(newest))
            let age = ctx.numbers.age(max(0, ctx.now - newest))
            lines.append(en ? "newest row \(when), \(age) ago" : "última fila \(when), hace \(age)")
        }
        if !ctx.model.locked { lines.append(en ? "w: other windows" : "w: otros periodos") }
        return lines
    }

    /// "today", "in the last 7 days", "from … to …"; nothing for all.
    static func phrase(_ window: WindowSpec, english en: Bool) -> String {
        switch window {
        case .today: en ? "today" : "hoy"
        case .lastDays(let n): en ? "in the last \(n) days" : "en los últimos \(n) días"
        case .all: ""
        case .range(let a, let b): en ? "from \(a) to \(b)" : "del \(a) al \(b)"
        }
    }

    /// The lines centred in the pane, wrapped where narrow, the first in bold.
    static func draw(_ lines: [String], ctx: ViewContext, into canvas: inout Canvas, _ rect: Rect) {
        let wrapped = lines.enumerated().flatMap { i, line in
            TextFit.wrap(ctx.fold(line), width: rect.width, ellipsis: ctx.glyphs.ellipsis).map { ($0, i == 0) }
        }
        let top = rect.y + max(0, (rect.height - wrapped.count) / 2)
        for (i, (text, first)) in wrapped.enumerated() where top + i < rect.y + rect.height {
            let x = rect.x + max(0, (rect.width - TextFit.width(text)) / 2)
            canvas.put(in: Rect(x: rect.x, y: top + i, width: rect.width, height: 1), x - rect.x, 0, text,
                       first ? Style(.normal, bold: true) : Style(.dim))
        }
    }
}
