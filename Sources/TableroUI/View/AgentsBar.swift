import TableroCanvas
import TableroCore

/// The logged-in agents by state as one bar (issue 9: "counts per state as
/// a stacked bar"): free, on call, wrap-up, paused, each with its colour and
/// its own glyph so the parts stay apart in monochrome. Widths are
/// proportional to the counts (largest remainder), scaled to `of` agents so
/// the bars of several queues compare; a state with agents keeps a cell.
struct AgentsBar {
    static let states: [AgentActivity] = [.available, .onContact, .wrapUp, .paused]
    var counts: [Int]

    init(_ agents: [AgentState]) {
        counts = Self.states.map { s in agents.reduce(0) { $0 + ($1.activity == s ? 1 : 0) } }
    }

    static func glyph(_ state: AgentActivity, _ g: GlyphSet) -> String {
        switch state {
        case .available: g.full
        case .onContact: g.passives
        case .wrapUp: g.detractors
        default: g.lowerHalf
        }
    }

    static func style(_ state: AgentActivity) -> Style {
        switch state {
        case .available: Style(.good)
        case .onContact: Style(.accent)
        case .wrapUp: Style(.title)
        default: Style(.warning, bold: true)
        }
    }

    /// Cells of each state on a bar of `width` cells for `of` agents (the
    /// bar is shorter when these are fewer).
    func widths(_ width: Int, of scale: Int) -> [Int] {
        let total = counts.reduce(0, +)
        guard total > 0, width > 0, scale >= total else { return counts.map { _ in 0 } }
        return Scale.apportion(counts, cells: width * total / scale)
    }

    func draw(into canvas: inout Canvas, _ row: Rect, of scale: Int, glyphs: GlyphSet) {
        var x = 0
        for (i, w) in widths(row.width, of: scale).enumerated() where w > 0 {
            let state = Self.states[i]
            x += canvas.put(in: row, x, 0, String(repeating: Self.glyph(state, glyphs), count: w), Self.style(state))
        }
    }
}
