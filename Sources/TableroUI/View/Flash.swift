import TableroCanvas
import TableroCore

/// A figure that turned critical flashes in reverse video at 1 Hz for
/// `alerts.flash_seconds`, then stays red (issue 9). The view asks here,
/// by the alert's scope and figure, with the wall time of the last tick.
extension ViewContext {
    func isFlashOn(_ scope: String, _ figure: String) -> Bool {
        model.floor.alerts.isReversed(scope, figure, now: model.loop.wall, seconds: model.settings.alerts.flashSeconds)
    }

    /// `style` reversed while the figure's flash is on.
    func flash(_ style: Style, _ scope: String, _ figure: String) -> Style {
        guard isFlashOn(scope, figure) else { return style }
        var s = style
        s.reverse = true
        return s
    }

    /// Any of the figures' flash is on (a row flashes for any of its figures).
    func flash(_ style: Style, _ scope: String, anyOf figures: [String]) -> Style {
        guard figures.contains(where: { isFlashOn(scope, $0) }) else { return style }
        var s = style
        s.reverse = true
        return s
    }
}

/// `Paused 14:02` at the right end of the header while `p` holds the screen.
enum PausedBadge {
    static func draw(_ ctx: ViewContext, into canvas: inout Canvas, _ row: Rect) {
        guard let frozen = ctx.model.floor.frozen, !row.isEmpty else { return }
        let zone = ctx.model.settings.general.timezone
        let clock = zone == "UTC" ? ZoneClock.utc : ZoneClock(identifier: zone) ?? .utc
        // rfc3339 is `2026-11-23T14:02:05+01:00`: the hour and minute.
        let stamp = clock.rfc3339(frozen.wall)
        let time = String(stamp.dropFirst(11).prefix(5))
        let text = " " + ctx.labels.pausedAt(time) + " "
        let width = TextFit.width(text)
        guard width <= row.width else { return }
        // Over the header's right end; the word it cut into goes with it.
        var x = row.width - width - 1
        while x >= 0, canvas[row.x + x, row.y].text != " " {
            canvas.put(in: row, x, 0, " ")
            x -= 1
        }
        canvas.put(in: row, row.width - width, 0, ctx.fold(text), Style(.warning, bold: true, reverse: true))
    }
}
