import TableroCore
import TableroCanvas
import TableroText

/// Issue 14 on the dashboard: one line of the Satisfaction pane with the
/// internal quality score (and its change against the previous window) and
/// how many comments were answered and how fast; one line beside retention
/// with referral and loyalty rates; and the channel mix as a bar.
enum QualityLine {
    /// `IQS 79.4 ▲ +1.2 · Comments answered 87% in 3 h 07 min`; nil when
    /// the window has neither reviews nor comments.
    static func draw(_ ctx: ViewContext, _ report: Report, into canvas: inout Canvas, _ row: Rect) {
        let l = ctx.labels, n = ctx.numbers, t = ctx.thresholds
        var x = 0
        if let iqs = report.quality.iqs {
            x += canvas.put(in: row, x, 0, ctx.fold(l.iqs.short + " "), FigureCell.labelStyle)
            x += canvas.put(in: row, x, 0, n.number(iqs, decimals: 1), Style(t.iqs(iqs).role, bold: true))
            if let before = report.previousQuality?.iqs {
                let move = Movement(iqs, before, decimals: 1, n)
                if let d = move.direction, let delta = move.delta {
                    x += canvas.put(in: row, x, 0, " " + d.glyph(ctx.glyphs) + " " + delta, Style(.dim))
                }
            }
            x += canvas.put(in: row, x, 0, "   ")
        }
        let fb = report.feedback
        if fb.comments > 0 {
            let label = TextFit.width(l.feedbackResponse.full) + 20 <= row.width - x ? l.feedbackResponse.full : l.feedbackResponse.short
            x += canvas.put(in: row, x, 0, ctx.fold(label + " "), FigureCell.labelStyle)
            x += canvas.put(in: row, x, 0, n.percent(fb.responseRatePercent, decimals: 0),
                            Style(t.feedbackResponse(percent: fb.responseRatePercent).role, bold: true))
            if let seconds = fb.responseSeconds {
                canvas.put(in: row, x, 0, ctx.fold(" · " + n.age(seconds)), Style(.dim))
            }
        }
    }

    static func wanted(_ report: Report) -> Bool { report.quality.iqs != nil || report.feedback.comments > 0 }

    /// `Referrals 13.9%  Loyalty 32.5%` cells, beside retention.
    static func referralCells(_ ctx: ViewContext, _ report: Report) -> [FigureCell] {
        let r = report.retention
        guard r.referralRatePercent != nil || r.loyaltyPercent != nil else { return [] }
        return [FigureCell(ctx.labels.referralRate, ctx.numbers.percent(r.referralRatePercent)),
                FigureCell(ctx.labels.loyalty, ctx.numbers.percent(r.loyaltyPercent))]
    }

    /// `Mix phone 35% ▲2 · email 28% · …` with a bar: each channel's share
    /// of the window's contacts, largest first, and its change in points
    /// against the previous window where there is one.
    static func drawMix(_ ctx: ViewContext, _ report: Report, into canvas: inout Canvas, _ row: Rect) {
        let shares = report.byChannel.keys.compactMap { name in report.sharePercent(channel: name).map { (name, $0) } }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        guard !shares.isEmpty else { return }
        var x = canvas.put(in: row, 0, 0, ctx.fold(ctx.labels.channelMix + " "), FigureCell.labelStyle)
        let barWidth = min(20, max(0, row.width / 4))
        if barWidth >= 6 {
            // One glyph per channel in turn, as wide as its share.
            let glyphs = ctx.glyphs.isUnicode ? ["█", "▓", "▒", "░", "▚", "▞"] : ["#", "=", "+", ":", ".", "o"]
            var cells = 0
            for (i, (_, share)) in shares.enumerated() {
                let w = i == shares.count - 1 ? barWidth - cells : Int((share / 100 * Double(barWidth)).rounded())
                guard w > 0, cells < barWidth else { continue }
                canvas.put(in: row, x + cells, 0, String(repeating: glyphs[i % glyphs.count], count: min(w, barWidth - cells)), Style(.accent))
                cells += w
            }
            x += barWidth + 1
        }
        let previous = report.previousChannelShares
        for (i, (name, share)) in shares.enumerated() {
            var text = (i > 0 ? " · " : "") + Sanitize.text(name, limit: 20) + " " + ctx.numbers.percent(share, decimals: 0)
            if let before = previous?[name] {
                let change = (share - before).rounded()
                if change != 0 { text += (change > 0 ? " +" : " ") + ctx.numbers.number(change) }
            }
            let folded = ctx.fold(text)
            guard x + TextFit.width(folded) <= row.width else { break }
            x += canvas.put(in: row, x, 0, folded, i == 0 ? FigureCell.valueStyle : Style(.dim))
        }
    }
}
