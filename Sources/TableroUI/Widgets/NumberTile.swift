import TableroCanvas
import TableroCore

/// Which way a figure moved, shown as an arrow next to it.
public enum Direction: Sendable, Equatable {
    case up, down, flat
    /// Moved, but inside the margin of error: about the same (grey `≈`).
    case withinMargin

    /// The direction of a change; nil when the change is unknown.
    public init?(change: Double?) {
        guard let c = change, c.isFinite else { return nil }
        self = c > 0 ? .up : c < 0 ? .down : .flat
    }

    public func glyph(_ g: GlyphSet) -> String {
        switch self {
        case .up: g.arrowUp
        case .down: g.arrowDown
        case .flat: g.flat
        case .withinMargin: g.approx
        }
    }
}

/// A label above a big, coloured value, with an optional arrow and delta:
///
///     Longest wait
///     3m 05s ▲ +40s
///
/// The value takes its level's colour; the arrow and delta take their own
/// level (whether "up" is good depends on the figure: `Thresholds.delta`).
/// In one row only the value (and arrow) are shown.
public struct NumberTile: Widget, Sendable, Equatable {
    public var label: String
    public var value: String
    public var level: Level
    public var direction: Direction?
    public var delta: String?
    public var deltaLevel: Level

    public init(label: String, value: String, level: Level, direction: Direction? = nil,
                delta: String? = nil, deltaLevel: Level = .unknown) {
        self.label = label
        self.value = value
        self.level = level
        self.direction = direction
        self.delta = delta
        self.deltaLevel = deltaLevel
    }

    public static let labelStyle = Style(.dim)

    public func draw(into canvas: inout Canvas, _ rect: Rect, glyphs: GlyphSet) {
        guard !rect.isEmpty else { return }
        canvas.fill(rect)
        var row = 0
        if rect.height >= 2 {
            canvas.put(in: rect, 0, 0, TextFit.truncate(label, to: rect.width, ellipsis: glyphs.ellipsis), Self.labelStyle)
            row = 1
        }
        let shownValue = value.isEmpty ? glyphs.unknown : glyphs.fold(value)
        // The value is never cut with an ellipsis in the middle of a number
        // that would then read as another number: it shows whole or not at all.
        guard TextFit.width(shownValue) <= rect.width else {
            canvas.put(in: rect, 0, row, glyphs.ellipsis, level.style)
            return
        }
        var x = canvas.put(in: rect, 0, row, shownValue, level.style)
        let deltaStyle = deltaLevel.style
        if let direction {
            let arrow = " " + direction.glyph(glyphs)
            if x + TextFit.width(arrow) <= rect.width { x += canvas.put(in: rect, x, row, arrow, deltaStyle) }
        }
        if let delta {
            let text = " " + glyphs.fold(delta)
            if x + TextFit.width(text) <= rect.width { canvas.put(in: rect, x, row, text, deltaStyle) }
        }
    }
}
