import TableroCanvas

/// A box with a title. The focused panel is told apart by shape as well as
/// colour (a `▶` before its title, bold border), so focus stays visible on a
/// monochrome terminal.
public struct Panel: Sendable, Equatable {
    public var title: String
    public var focused: Bool

    public init(title: String, focused: Bool = false) {
        self.title = title
        self.focused = focused
    }

    public static let borderStyle = Style(.dim)
    public static let focusedBorderStyle = Style(.accent, bold: true)
    public static let titleStyle = Style(.title, bold: true)
    public static let focusedTitleStyle = Style(.selected, bold: true, reverse: true)

    /// Draws the box and returns the inside (empty when `rect` is smaller
    /// than 2×2, in which case nothing is drawn).
    @discardableResult
    public func draw(into canvas: inout Canvas, _ rect: Rect, glyphs: GlyphSet) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let border = focused ? Self.focusedBorderStyle : Self.borderStyle
        let w = rect.width, h = rect.height
        let inner = String(repeating: glyphs.horizontal, count: w - 2)
        canvas.put(in: rect, 0, 0, glyphs.topLeft + inner + glyphs.topRight, border)
        canvas.put(in: rect, 0, h - 1, glyphs.bottomLeft + inner + glyphs.bottomRight, border)
        for dy in 1..<(h - 1) {
            canvas.put(in: rect, 0, dy, glyphs.vertical, border)
            canvas.put(in: rect, w - 1, dy, glyphs.vertical, border)
        }
        canvas.fill(Rect(x: rect.x + 1, y: rect.y + 1, width: w - 2, height: h - 2))
        // Title: " Title " after the corner and one rule, clipped so the top-right corner stays.
        let room = w - 4
        if room >= 3, !title.isEmpty {
            let text = focused ? glyphs.arrowRight + " " + title : title
            let shown = " " + TextFit.truncate(text, to: room - 2, ellipsis: glyphs.ellipsis) + " "
            canvas.put(in: rect, 2, 0, shown, focused ? Self.focusedTitleStyle : Self.titleStyle)
        }
        return rect.inset(by: 1)
    }
}
