/// Terminal column width of text, as wcwidth(3) counts it: combining marks
/// take none, East Asian wide and fullwidth characters and emoji two, control
/// characters none (they are never drawn; see `Canvas.put`).
public enum DisplayWidth {
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
        if v < 0x300 { return 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        // A lone regional indicator is one column (wcwidth); two make a flag.
        if (0x1F1E6...0x1F1FF).contains(v) { return 1 }
        if isWide(v) || scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    /// Counted per grapheme cluster (issue 10: a ZWJ family counted as
    /// three emoji shifted the border by four columns): a cluster is as wide
    /// as its first scalar, as wcwidth and terminals draw it (tmux shows
    /// `👨‍👩‍👧` in two columns, a keycap `1️⃣` in one); a flag, two regional
    /// indicators, is two.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        text.reduce(0) { $0 + of(cluster: $1) }
    }

    public static func of(cluster: Character) -> Int {
        let scalars = cluster.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if (0x1F1E6...0x1F1FF).contains(first.value) { return scalars.count >= 2 ? 2 : 1 }
        let base = of(first)
        // A lone mark or format character: the rest decides (nothing, or `?`).
        if base == 0 { return scalars.dropFirst().reduce(0) { $0 + of($1) } }
        return base
    }

    /// East Asian Wide (W) and Fullwidth (F) blocks.
    static func isWide(_ v: UInt32) -> Bool {
        (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
    }
}
