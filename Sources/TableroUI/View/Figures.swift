import TableroCanvas
import TableroCore
import TableroText

/// A labelled figure on one line: the label left (dim), the value right
/// (bold, in its level's colour), so values line up down a column.
struct FigureCell {
    var label: Label
    var value: String
    var style: Style

    init(_ label: Label, _ value: String, _ style: Style = FigureCell.valueStyle) {
        self.label = label
        self.value = value
        self.style = style
    }

    init(_ label: Label, _ value: String, level: Level) {
        self.init(label, value, level == .unknown ? Style(.dim) : level.style)
    }

    static let valueStyle = Style(.normal, bold: true)
    static let labelStyle = Style(.dim)
    static let gap = 2
    static let maxWidth = 30

    /// Draws the cell in one row. A value that does not fit whole shows as
    /// an ellipsis, never cut into another number.
    func draw(into canvas: inout Canvas, _ cell: Rect, _ ctx: ViewContext) {
        guard !cell.isEmpty else { return }
        let value = ctx.fold(self.value.isEmpty ? ctx.glyphs.unknown : self.value)
        let vw = TextFit.width(value)
        guard vw <= cell.width else {
            canvas.put(in: cell, 0, 0, ctx.glyphs.ellipsis, style)
            return
        }
        let room = cell.width - vw - 1
        if room >= 2 {
            let full = ctx.fold(label.full), short = ctx.fold(label.short)
            let name = TextFit.width(full) <= room ? full : TextFit.truncate(short, to: room, ellipsis: ctx.glyphs.ellipsis)
            canvas.put(in: cell, 0, 0, name, Self.labelStyle)
        }
        canvas.put(in: cell, cell.width - vw, 0, value, style)
    }

    /// Columns of cells of at least `minWidth` that fit in `width`.
    static func columns(for width: Int, count: Int, minWidth: Int = 16) -> Int {
        max(1, min(count, (width + gap) / (minWidth + gap)))
    }

    /// Rows needed for `count` cells in `columns` columns.
    static func rows(_ count: Int, columns: Int) -> Int { (count + columns - 1) / max(1, columns) }

    /// Draws `cells` as a grid with `columns` columns from the top of `rect`
    /// (as many rows as fit). Returns the rows drawn.
    @discardableResult
    static func grid(_ cells: [FigureCell], columns: Int, into canvas: inout Canvas, _ rect: Rect, _ ctx: ViewContext) -> Int {
        guard !rect.isEmpty, !cells.isEmpty else { return 0 }
        let cols = max(1, columns)
        // Capped, so a label and its value stay within reach of the eye on a wide screen.
        let width = min(maxWidth, (rect.width - gap * (cols - 1)) / cols)
        let rows = min(rect.height, Self.rows(cells.count, columns: cols))
        for (i, cell) in cells.enumerated() where i / cols < rows {
            let x = rect.x + (i % cols) * (width + gap)
            cell.draw(into: &canvas, Rect(x: x, y: rect.y + i / cols, width: width, height: 1), ctx)
        }
        return rows
    }
}

extension Canvas {
    /// Text centred in a one-row rectangle, clipped to it.
    mutating func center(_ text: String, in row: Rect, _ style: Style = .plain) {
        let w = TextFit.width(text)
        put(in: row, max(0, (row.width - w) / 2), 0, text, style)
    }
}

extension Table {
    /// The table with columns left out from the right until the names keep
    /// `minName` columns (or their widest text), and its natural width
    /// capped so numbers stay near their names on a wide screen.
    func fitted(to width: Int, minName: Int = 10) -> (table: Table, width: Int) {
        var t = self
        func nameNeed(_ t: Table) -> Int {
            t.rows.reduce(TextFit.width(t.columns[0].title)) { max($0, TextFit.width($1.first?.text ?? "")) }
        }
        while t.columns.count > 2, t.widths(width)[0] < min(minName, nameNeed(t)) {
            t.columns.removeLast()
            t.rows = t.rows.map { Array($0.prefix(t.columns.count)) }
        }
        // Each number column as wide as its widest text, plus the gaps.
        let others = t.columns.indices.dropFirst().reduce(0) { total, i in
            total + t.rows.reduce(TextFit.width(t.columns[i].title)) { max($0, i < $1.count ? TextFit.width($1[i].text) : 0) }
        } + Table.gap * (t.columns.count - 1)
        return (t, min(width, others + nameNeed(t) + 4))
    }
}
