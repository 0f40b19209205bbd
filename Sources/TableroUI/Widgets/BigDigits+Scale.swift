import TableroCanvas

/// The five-row digits scaled up for a wall (issue 9, "wall mode fills the
/// wall"): every pixel of the bitmap becomes `scale` columns by `scale`
/// rows, so at 300×90 a figure is 25–35 rows tall instead of 5. Scale 1 is
/// the five-row size. Characters without a bitmap (units) stay small on
/// the bottom row, as at the other sizes.
extension BigDigits {
    /// Columns `text` takes at `scale` (characters joined by `scale` blank columns).
    public static func width(of text: String, scale: Int) -> Int {
        var total = 0
        for (i, ch) in text.enumerated() {
            if i > 0 { total += scale }
            total += bitmaps[ch]?.first.map { $0.count * scale } ?? TextFit.width(of: ch)
        }
        return total
    }

    /// Rows `text` takes at `scale`.
    public static func height(scale: Int) -> Int { 5 * scale }

    public static func rows(_ text: String, scale: Int, glyphs: GlyphSet) -> [String] {
        let k = max(1, scale)
        var rows = Array(repeating: "", count: 5 * k)
        let shown = glyphs.isUnicode ? text : foldDash(text)
        for (i, ch) in shown.enumerated() {
            if i > 0 { for r in rows.indices { rows[r] += String(repeating: " ", count: k) } }
            guard let bitmap = bitmaps[ch] else {
                let w = TextFit.width(of: ch)
                let small = ch.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) } ? "?" : String(ch)
                for r in rows.indices { rows[r] += r == rows.count - 1 ? small : String(repeating: " ", count: w) }
                continue
            }
            for r in rows.indices {
                rows[r] += bitmap[r / k].map { String(repeating: $0 == "#" ? glyphs.full : " ", count: k) }.joined()
            }
        }
        return rows
    }

    public static func draw(_ text: String, scale: Int, into canvas: inout Canvas, _ rect: Rect, style: Style, glyphs: GlyphSet) {
        for (r, line) in rows(text, scale: scale, glyphs: glyphs).enumerated() { canvas.put(in: rect, 0, r, line, style) }
    }
}
