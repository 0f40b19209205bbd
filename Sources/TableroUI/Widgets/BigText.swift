import TableroCanvas

/// Capital letters in the five-row bitmap of BigDigits, so the wall's
/// alert banner can be as large as the figures (issue 9: "active alerts as
/// a banner in the largest text that fits"). Letters are drawn as capitals,
/// accents dropped (`Á` → `A`, `ñ` → `N`); digits and `%:.,-` are BigDigits'
/// own; anything else is drawn small on the bottom row.
enum BigText {
    static let letters: [Character: [String]] = [
        "A": ["###", "# #", "###", "# #", "# #"], "B": ["## ", "# #", "## ", "# #", "## "],
        "C": ["###", "#  ", "#  ", "#  ", "###"], "D": ["## ", "# #", "# #", "# #", "## "],
        "E": ["###", "#  ", "## ", "#  ", "###"], "F": ["###", "#  ", "## ", "#  ", "#  "],
        "G": ["###", "#  ", "# #", "# #", "###"], "H": ["# #", "# #", "###", "# #", "# #"],
        "I": ["###", " # ", " # ", " # ", "###"], "J": ["  #", "  #", "  #", "# #", "###"],
        "K": ["# #", "# #", "## ", "# #", "# #"], "L": ["#  ", "#  ", "#  ", "#  ", "###"],
        "M": ["#   #", "## ##", "# # #", "#   #", "#   #"], "N": ["#  #", "## #", "# ##", "#  #", "#  #"],
        "O": ["###", "# #", "# #", "# #", "###"], "P": ["###", "# #", "###", "#  ", "#  "],
        "Q": ["###", "# #", "# #", "###", "  #"], "R": ["###", "# #", "## ", "# #", "# #"],
        "S": ["###", "#  ", "###", "  #", "###"], "T": ["###", " # ", " # ", " # ", " # "],
        "U": ["# #", "# #", "# #", "# #", "###"], "V": ["# #", "# #", "# #", "# #", " # "],
        "W": ["#   #", "#   #", "# # #", "## ##", "#   #"], "X": ["# #", "# #", " # ", "# #", "# #"],
        "Y": ["# #", "# #", " # ", " # ", " # "], "Z": ["###", "  #", " # ", "#  ", "###"],
        "<": ["  #", " # ", "#  ", " # ", "  #"], ">": ["#  ", " # ", "  #", " # ", "#  "],
        "≥": [" # ", "  #", " # ", "   ", "###"], "≤": [" # ", "#  ", " # ", "   ", "###"],
        "·": [" ", " ", "#", " ", " "], "(": [" #", "# ", "# ", "# ", " #"], ")": ["# ", " #", " #", " #", "# "],
        "+": ["   ", " # ", "###", " # ", "   "], "/": ["  #", "  #", " # ", "#  ", "#  "],
    ]

    /// The bitmap of `ch`, if it has one (letters as capitals without accents).
    static func bitmap(_ ch: Character) -> [String]? {
        if let b = BigDigits.bitmaps[ch] ?? letters[ch] { return b }
        let upper = String(ch).uppercased()
        guard upper.count == 1, var c = upper.first else { return nil }
        // The accents of Spanish, dropped (the bitmaps have no room for them).
        let plain: [Character: Character] = ["Á": "A", "É": "E", "Í": "I", "Ó": "O", "Ú": "U", "Ü": "U", "Ñ": "N"]
        c = plain[c] ?? c
        return letters[c] ?? BigDigits.bitmaps[c]
    }

    static func width(of text: String, scale: Int) -> Int {
        var total = 0
        for (i, ch) in text.enumerated() {
            if i > 0 { total += scale }
            total += bitmap(ch).map { $0[0].count * scale } ?? TextFit.width(of: ch)
        }
        return total
    }

    static func rows(_ text: String, scale: Int, glyphs: GlyphSet) -> [String] {
        let k = max(1, scale)
        var rows = Array(repeating: "", count: 5 * k)
        for (i, ch) in text.enumerated() {
            if i > 0 { for r in rows.indices { rows[r] += String(repeating: " ", count: k) } }
            guard let b = bitmap(ch) else {
                let w = TextFit.width(of: ch)
                let small = ch.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) } ? "?" : glyphs.fold(String(ch))
                for r in rows.indices { rows[r] += r == rows.count - 1 ? small : String(repeating: " ", count: w) }
                continue
            }
            for r in rows.indices { rows[r] += b[r / k].map { String(repeating: $0 == "#" ? glyphs.full : " ", count: k) }.joined() }
        }
        return rows
    }
}
