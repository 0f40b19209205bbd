import TableroCanvas

/// Figures several rows tall for wall mode, readable across a room.
///
/// Five rows: every character is a 5-row bitmap drawn with the full block
/// (`█`, ASCII `#`). Three rows: Unicode folds the same bitmap into half
/// blocks (`▀▄█`, pixel rows 1+2, 3+4, 5); ASCII has no half blocks and uses
/// seven-segment strokes (`_` and `|`) instead, the classic 3-row ASCII
/// digits. Supported: `0-9 : . , % - –` and space; any other character
/// (units such as `m`, `s`, `€`) is drawn small on the bottom row, so
/// `3m 05s` still reads.
public enum BigDigits {
    public enum Size: Int, Sendable, CaseIterable {
        case three = 3, five = 5
    }

    /// 5-row bitmaps ("#" = on). One column between characters.
    static let bitmaps: [Character: [String]] = [
        "0": ["###", "# #", "# #", "# #", "###"],
        "1": [" # ", "## ", " # ", " # ", "###"],
        "2": ["###", "  #", "###", "#  ", "###"],
        "3": ["###", "  #", "###", "  #", "###"],
        "4": ["# #", "# #", "###", "  #", "  #"],
        "5": ["###", "#  ", "###", "  #", "###"],
        "6": ["###", "#  ", "###", "# #", "###"],
        "7": ["###", "  #", "  #", "  #", "  #"],
        "8": ["###", "# #", "###", "# #", "###"],
        "9": ["###", "# #", "###", "  #", "###"],
        ":": [" ", "#", " ", "#", " "],
        ".": [" ", " ", " ", " ", "#"],
        ",": ["  ", "  ", "  ", " #", "# "],
        "%": ["# #", "  #", " # ", "#  ", "# #"],
        "-": ["  ", "  ", "##", "  ", "  "],
        "–": ["   ", "   ", "###", "   ", "   "],
        " ": ["  ", "  ", "  ", "  ", "  "],
    ]

    /// 3-row ASCII seven-segment forms (same widths as the bitmaps, so a
    /// figure is as wide in ASCII as in Unicode).
    static let segments: [Character: [String]] = [
        "0": [" _ ", "| |", "|_|"],
        "1": ["   ", "  |", "  |"],
        "2": [" _ ", " _|", "|_ "],
        "3": [" _ ", " _|", " _|"],
        "4": ["   ", "|_|", "  |"],
        "5": [" _ ", "|_ ", " _|"],
        "6": [" _ ", "|_ ", "|_|"],
        "7": [" _ ", "  |", "  |"],
        "8": [" _ ", "|_|", "|_|"],
        "9": [" _ ", "|_|", " _|"],
        ":": [" ", ".", "."],
        ".": [" ", " ", "."],
        ",": ["  ", "  ", " ,"],
        "%": ["o /", " / ", "/ o"],
        "-": ["  ", "__", "  "],
        "–": ["   ", "___", "   "],
        " ": ["  ", "  ", "  "],
    ]

    /// Columns `text` takes at `size` (characters joined by one blank column).
    public static func width(of text: String, size: Size) -> Int {
        var total = 0
        for (i, ch) in text.enumerated() {
            if i > 0 { total += 1 }
            total += bitmaps[ch]?.first.map(\.count) ?? TextFit.width(of: ch)
        }
        return total
    }

    /// The rows of `text` at `size` as strings (what `draw` puts on the canvas).
    public static func rows(_ text: String, size: Size, glyphs: GlyphSet) -> [String] {
        var rows = Array(repeating: "", count: size.rawValue)
        for (i, ch) in text.enumerated() {
            if i > 0 { for r in rows.indices { rows[r] += " " } }
            guard let bitmap = bitmaps[ch] else {
                // Not a big character: small, on the bottom row (control characters show as `?`).
                let w = TextFit.width(of: ch)
                let small = ch.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) } ? "?" : String(ch)
                for r in rows.indices {
                    rows[r] += r == rows.count - 1 ? small : String(repeating: " ", count: w)
                }
                continue
            }
            switch size {
            case .five:
                for r in 0..<5 { rows[r] += bitmap[r].map { $0 == "#" ? glyphs.full : " " }.joined() }
            case .three where glyphs.isUnicode:
                for r in 0..<3 {
                    let top = Array(bitmap[2 * r])
                    let bottom = r < 2 ? Array(bitmap[2 * r + 1]) : Array(repeating: Character(" "), count: top.count)
                    for c in top.indices {
                        switch (top[c] == "#", bottom[c] == "#") {
                        case (true, true): rows[r] += glyphs.full
                        case (true, false): rows[r] += glyphs.upperHalf
                        case (false, true): rows[r] += glyphs.lowerHalf
                        case (false, false): rows[r] += " "
                        }
                    }
                }
            case .three:
                let seg = segments[ch]!
                for r in 0..<3 {
                    rows[r] += seg[r].map { c -> String in
                        switch c {
                        case "_": glyphs.segmentH
                        case "|": glyphs.segmentV
                        default: String(c)
                        }
                    }.joined()
                }
            }
        }
        return rows
    }

    /// Draws `text` at the top left of `rect`, clipped to it. Returns the
    /// width the whole figure needs, so the caller can choose a smaller size
    /// (or plain text) when it does not fit.
    @discardableResult
    public static func draw(_ text: String, size: Size, into canvas: inout Canvas, _ rect: Rect,
                            style: Style, glyphs: GlyphSet) -> Int {
        let lines = rows(glyphs.isUnicode ? text : foldDash(text), size: size, glyphs: glyphs)
        for (r, line) in lines.enumerated() { canvas.put(in: rect, 0, r, line, style) }
        return TextFit.width(lines.first ?? "")
    }

    /// ASCII keeps `–` (unknown) as its own big glyph; only small text is folded.
    static func foldDash(_ text: String) -> String {
        String(text.map { ch -> Character in
            bitmaps[ch] != nil ? ch : (GlyphSet.ascii.fold(String(ch)).first ?? "?")
        })
    }
}
