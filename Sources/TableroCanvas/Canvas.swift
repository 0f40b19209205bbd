/// A grid of cells (character + style) that every widget draws into. It
/// never touches a terminal: TableroTerminal copies it to ncurses, and tests
/// compare its text with golden files.
public struct Canvas: Sendable, Equatable {
    public struct Cell: Sendable, Equatable {
        /// One grapheme; empty for the right half of a wide character.
        public var text: String
        public var style: Style
        public static let blank = Cell(text: " ", style: .plain)

        public init(text: String, style: Style) {
            self.text = text
            self.style = style
        }
    }

    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes `text` at (x, y), clipped to `maxWidth` columns and to the
    /// canvas. Control characters become `?` so data text can never reach
    /// the terminal as a command. Returns the columns used.
    @discardableResult
    public mutating func put(_ x: Int, _ y: Int, _ text: String, _ style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        var col = x
        for character in text {
            var grapheme = String(character)
            var w = DisplayWidth.of(grapheme)
            // Control characters, and characters that draw nothing on their
            // own (bidi overrides, zero-width spaces), become a visible `?`:
            // dropped, they would let a name pass for another or reorder a row.
            if w == 0 || grapheme.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }) {
                grapheme = "?"
                w = 1
            }
            if col + w > limit { break }
            if col >= 0 {
                clearWideHalves(col, y, width: w)
                cells[y * width + col] = Cell(text: grapheme, style: style)
                if w == 2 { cells[y * width + col + 1] = Cell(text: "", style: style) }
            }
            col += w
        }
        return col - x
    }

    /// Overwriting one half of a wide character must blank the other half,
    /// or the row would hold a two-column character with one column left
    /// (the terminal would then shift the rest of the row).
    private mutating func clearWideHalves(_ col: Int, _ y: Int, width w: Int) {
        let row = y * width
        // The first cell written is the right half of a wide character: blank its left half.
        if cells[row + col].text.isEmpty, col > 0 { cells[row + col - 1] = .blank }
        // The last cell written is the left half of a wide character: blank its right half.
        let last = col + w - 1
        if last + 1 < width, cells[row + last + 1].text.isEmpty { cells[row + last + 1] = .blank }
    }

    /// Paints a style over a row span without changing the characters.
    public mutating func restyle(_ x: Int, _ y: Int, width w: Int, _ style: Style) {
        guard y >= 0, y < height else { return }
        // An empty or inverted range (x past the edge, w <= 0) would trap.
        let from = max(0, x), to = min(width, x + w)
        guard from < to else { return }
        for col in from..<to { cells[y * width + col].style = style }
    }

    /// Fills a rectangle with one narrow character (a wide one would break
    /// the grid; it becomes `?`).
    public mutating func fill(_ x: Int, _ y: Int, width w: Int, height h: Int, _ text: String = " ", _ style: Style = .plain) {
        let fromRow = max(0, y), toRow = min(height, y + h)
        let fromCol = max(0, x), toCol = min(width, x + w)
        guard fromRow < toRow, fromCol < toCol else { return }
        let text = text.count == 1 && DisplayWidth.of(text) == 1 ? text : "?"
        for row in fromRow..<toRow {
            // Blank the outer halves of wide characters cut by the rectangle's edges.
            clearWideHalves(fromCol, row, width: 1)
            clearWideHalves(toCol - 1, row, width: 1)
            for col in fromCol..<toCol { cells[row * width + col] = Cell(text: text, style: style) }
        }
    }

    /// The canvas as lines of text (wide characters once), trailing spaces kept.
    public var lines: [String] {
        (0..<height).map { row in
            var line = ""
            for col in 0..<width { line += cells[row * width + col].text }
            return line
        }
    }
}
