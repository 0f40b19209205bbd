import TableroCore
import TableroCanvas

/// One row: product name, data directory, window, as-of clock, freshness
/// and the count of data-quality findings. Parts are left out, least
/// needed first, when the row is short.
enum HeaderView {
    static let nameStyle = Style(.title, bold: true, reverse: true)
    static let textStyle = Style(.normal)
    static let dimStyle = Style(.dim)

    struct Part {
        var text: String
        var style: Style
    }

    static func draw(_ ctx: ViewContext, into canvas: inout Canvas, _ row: Rect) {
        guard !row.isEmpty else { return }
        canvas.fill(row)
        let name = " " + ctx.text.productName + " "
        var x = canvas.put(in: row, 0, 0, name, nameStyle) + 1

        let labels = ctx.labels
        let window = labels.window(ctx.model.window)
        // Candidate rows, richest first: the first pair of left and right
        // parts that fits is drawn.
        var pairs: [(left: [Part], right: [Part])] = []
        if let report = ctx.model.report {
            let days = report.window.days
            let range = days.lowerBound == days.upperBound ? "\(days.lowerBound)" : "\(days.lowerBound) – \(days.upperBound)"
            let dir = ctx.directory.map { Part(text: $0, style: dimStyle) }
            let win = Part(text: window, style: Style(.accent, bold: true))
            let dates = Part(text: range, style: dimStyle)
            let md = { (d: LocalDay) in String(d.description.dropFirst(5)) }
            let shortDates = Part(text: days.lowerBound == days.upperBound ? md(days.lowerBound)
                                  : md(days.lowerBound) + " – " + md(days.upperBound), style: dimStyle)
            let left = [[dir, win, dates].compactMap { $0 }, [win, dates], [win, shortDates], [win]]

            let zone = ctx.model.settings.general.timezone
            let clock = zone == "UTC" ? ZoneClock.utc : ZoneClock(identifier: zone) ?? .utc
            let stamp = clock.rfc3339(report.asOf)
            let time = String(stamp.dropFirst(11).prefix(8))
            let asOf = Part(text: labels[.asOf].full + " " + time, style: textStyle)
            let bareTime = Part(text: time, style: textStyle)
            let age = max(0, ctx.now - (ctx.newestRowTime ?? report.asOf))
            let stale = ctx.model.replay == nil && isStale(ctx, age: age)
            let fresh = stale
                ? Part(text: labels.stale(age: ctx.numbers.age(age)), style: Level.warning.style)
                : Part(text: ctx.text.updated(ctx.numbers.age(age)), style: dimStyle)
            let n = findings(report.dataQuality)
            let dqStyle = n > 0 ? Level.warning.style : dimStyle
            let dqFull = Part(text: badge(ctx, report.dataQuality) ?? labels[.dataQuality].full + " " + ctx.count(n), style: dqStyle)
            let dqShort = Part(text: labels[.dataQuality].short + " " + ctx.count(n), style: dqStyle)
            var right = [[asOf, fresh, dqFull], [asOf, fresh, dqShort], [bareTime, fresh, dqShort],
                         stale ? [bareTime, fresh] : [bareTime, dqShort], [bareTime]]
            if let replay = ctx.model.replay {
                // A fixed clock: no freshness to speak of; say it is a replay.
                let end = replay == .dataEnd ? (ctx.newestRowTime ?? report.asOf) : report.asOf
                let when = labels.dayAndTime(localStamp: clock.rfc3339(end))
                let replayPart = Part(text: ctx.text.replay(when, dataEnd: replay == .dataEnd), style: Style(.accent, bold: true))
                right = [[replayPart, dqFull], [replayPart, dqShort], [replayPart], [bareTime]]
            }
            if let problem = ctx.model.settingsProblem {
                // A broken tablero.toml goes first, cut to the row beside the
                // window's name, so it always shows.
                let full = ctx.text.settingsProblem(Sanitize.text(problem, limit: 200))
                let room = max(8, row.width - x - TextFit.width(ctx.fold(window)) - 5)
                pairs.append(([win], [Part(text: TextFit.truncate(full, to: room, ellipsis: ctx.glyphs.ellipsis),
                                           style: Level.warning.style)]))
            } else if ctx.model.replay == nil, let kinds = kindFreshness(ctx, report) {
                // Freshness per kind only where the full left side fits too.
                pairs.append((left[0], [asOf, fresh, kinds, dqFull]))
            }
            // The right side matters more: its richer forms come first; at
            // the very least the window's name.
            pairs += right.flatMap { r in left.map { l in (l, r) } } + [([win], [])]
        } else {
            pairs = [([Part(text: window, style: Style(.accent, bold: true))], [])]
        }
        let gap = "  "
        func width(_ parts: [Part]) -> Int {
            parts.reduce(0) { $0 + TextFit.width(ctx.fold($1.text)) } + TextFit.width(gap) * max(0, parts.count - 1)
        }
        let room = row.width - x
        let chosen = pairs.first { width($0.left) + width($0.right) + 2 <= room } ?? ([], [])
        for (i, part) in chosen.0.enumerated() {
            if i > 0 { x += canvas.put(in: row, x, 0, gap) }
            x += canvas.put(in: row, x, 0, ctx.fold(part.text), part.style)
        }
        var rx = row.width - width(chosen.1) - 1
        for (i, part) in chosen.1.enumerated() {
            if i > 0 { rx += canvas.put(in: row, rx, 0, gap) }
            rx += canvas.put(in: row, rx, 0, ctx.fold(part.text), part.style)
        }
    }

    /// `events 3s · queue_log 12s · surveys 4m`: how old the newest row of
    /// each kind of data is, for the kinds whose rows carry a time.
    static func kindFreshness(_ ctx: ViewContext, _ report: Report) -> Part? {
        var newest: [DataKind: Double] = [:]
        for file in report.dataQuality {
            guard let t = file.newestRowTime else { continue }
            newest[file.kind] = max(newest[file.kind] ?? t, t)
        }
        guard !newest.isEmpty else { return nil }
        let text = newest.sorted { $0.key < $1.key }
            .map { "\($0.key.rawValue) \(ctx.numbers.age(max(0, ctx.now - $0.value)))" }
            .joined(separator: " · ")
        // Amber when a live stream went quiet (see `DataKind.isLiveStream`).
        let stale = newest.contains { $0.key.isLiveStream && isStale(ctx, age: ctx.now - $0.value) }
        return Part(text: text, style: stale ? Level.warning.style : dimStyle)
    }

    /// No new row for 10 minutes while the window is today.
    static func isStale(_ ctx: ViewContext, age: Double) -> Bool {
        ctx.model.window == .today && age > 600
    }

    /// What the findings are, in words (issue 10: "Data quality 70" did not
    /// say what it counted): `2 rejected · 68 unclosed`; nil when none.
    static func badge(_ ctx: ViewContext, _ files: [FileQuality]) -> String? {
        let en = ctx.labels.language == .english
        let parts: [(Int, String, String)] = [
            (files.reduce(0) { $0 + $1.rejected }, "rejected", "rechazadas"),
            (files.reduce(0) { $0 + $1.orphans }, "orphans", "huérfanas"),
            (files.reduce(0) { $0 + $1.unclosed }, "unclosed", "sin cerrar"),
            (files.filter(\.unreadable).count, "unreadable", "ilegibles"),
        ]
        let named = parts.filter { $0.0 > 0 }.map { ctx.count($0.0) + " " + (en ? $0.1 : $0.2) }
        return named.isEmpty ? nil : named.joined(separator: " · ")
    }

    /// Findings: rejected rows, orphans, unclosed contacts and unreadable files.
    static func findings(_ files: [FileQuality]) -> Int {
        files.reduce(0) { $0 + $1.rejected + $1.orphans + $1.unclosed + ($1.unreadable ? 1 : 0) }
    }
}
