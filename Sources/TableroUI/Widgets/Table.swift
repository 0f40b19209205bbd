import TableroCanvas

/// Columns under a header: names left-aligned and clipped with `…`, numbers
/// right-aligned so their digits line up. When the table is wider than its
/// rectangle the first left-aligned column (the names) gives up room first
/// (down to 3 columns), then columns that still do not fit are left out
/// from the right: a number in a column sized to its text is never cut
/// (only a fixed `width` smaller than the text cuts it, with `…`).
public struct Table: Widget, Sendable, Equatable {
    public enum Alignment: Sendable, Equatable { case left, right }

    public struct Column: Sendable, Equatable {
        public var title: String
        public var alignment: Alignment
        /// A fixed width; nil sizes the column to its widest text.
        public var width: Int?
        /// A left-aligned text too wide is cut in its middle (paths), not at its end.
        public var cutInTheMiddle: Bool

        public init(_ title: String, _ alignment: Alignment = .right, width: Int? = nil, cutInTheMiddle: Bool = false) {
            self.title = title
            self.alignment = alignment
            self.width = width
            self.cutInTheMiddle = cutInTheMiddle
        }
    }

    /// A cell's text and, optionally, its own style (a figure's level).
    public struct Cell: Sendable, Equatable, ExpressibleByStringLiteral {
        public var text: String
        public var style: Style?

        public init(_ text: String, style: Style? = nil) {
            self.text = text
            self.style = style
        }

        public init(stringLiteral value: String) { self.init(value) }
    }

    public var columns: [Column]
    public var rows: [[Cell]]
    /// The highlighted row (index into `rows`), if any.
    public var selected: Int?
    /// The first row shown (scrolling).
    public var offset: Int

    public init(columns: [Column], rows: [[Cell]], selected: Int? = nil, offset: Int = 0) {
        self.columns = columns
        self.rows = rows
        self.selected = selected
        self.offset = offset
    }

    public static let headerStyle = Style(.title, bold: true, underline: true)
    public static let selectedStyle = Style(.selected, reverse: true)
    public static let gap = 1

    /// Each column's width in `available` columns; 0 for a column left out.
    public func widths(_ available: Int) -> [Int] {
        var w = columns.indices.map { i -> Int in
            if let fixed = columns[i].width { return max(0, fixed) }
            return rows.reduce(TextFit.width(columns[i].title)) { max($0, i < $1.count ? TextFit.width($1[i].text) : 0) }
        }
        func total() -> Int { w.reduce(0, +) + Self.gap * max(0, w.filter { $0 > 0 }.count - 1) }
        if let name = columns.firstIndex(where: { $0.alignment == .left }) {
            if total() > available {
                w[name] = max(min(w[name], 3), w[name] - (total() - available))
            } else {
                // Spare room goes to the names, so the numbers sit at the right edge.
                w[name] += available - total()
            }
        }
        // Leave out columns from the right until the rest fit.
        var i = w.count - 1
        while total() > available, i >= 0 {
            w[i] = 0
            i -= 1
        }
        return w
    }

    public func draw(into canvas: inout Canvas, _ rect: Rect, glyphs: GlyphSet) {
        guard !rect.isEmpty else { return }
        canvas.fill(rect)
        let w = widths(rect.width)
        func drawRow(_ cells: [Cell], at dy: Int, base: Style) {
            var x = 0
            for (i, width) in w.enumerated() where width > 0 {
                let cell = i < cells.count ? cells[i] : Cell("")
                let text = glyphs.fold(cell.text)
                let shown = switch (columns[i].alignment, columns[i].cutInTheMiddle && dy > 0) {
                case (.left, true): TextFit.left(TextFit.truncateMiddle(text, to: width, ellipsis: glyphs.ellipsis), width)
                case (.left, false): TextFit.left(text, width, ellipsis: glyphs.ellipsis)
                case (.right, _): TextFit.right(text, width, ellipsis: glyphs.ellipsis)
                }
                var style = cell.style ?? base
                if base == Self.selectedStyle { style.reverse = true }
                canvas.put(in: rect, x, dy, shown, style)
                x += width + Self.gap
            }
        }
        drawRow(columns.map { Cell($0.title) }, at: 0, base: Self.headerStyle)
        guard rect.height > 1 else { return }
        let first = max(0, min(offset, rows.count))
        for (dy, index) in (first..<rows.count).prefix(rect.height - 1).enumerated() {
            let selectedRow = index == selected
            if selectedRow { canvas.fill(rect.row(dy + 1), " ", Self.selectedStyle) }
            drawRow(rows[index], at: dy + 1, base: selectedRow ? Self.selectedStyle : .plain)
        }
    }
}
