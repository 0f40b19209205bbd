/// How many colours the screen gets. Decided once at start, like htop and
/// btop do, so every frame uses the same theme.
public enum ColorDepth: Sendable, Equatable {
    /// No colour: roles are carried by bold/reverse/underline/dim.
    case monochrome
    /// The eight ANSI colours (the Linux console, old xterms).
    case eight
    /// 256 colours (xterm-256color, tmux-256color).
    case full256
}

/// What this terminal can do, decided once when the session starts.
public struct TerminalCapabilities: Sendable, Equatable {
    public var colors: ColorDepth
    /// UTF-8 codeset: the UI may use block and box-drawing glyphs. Otherwise
    /// it must use its ASCII glyph set.
    public var unicode: Bool
    /// The terminal can move the cursor (`cup`). `TERM=dumb` cannot: the
    /// session then prints frames as plain lines instead of drawing garbage.
    public var cursorAddressing: Bool

    public init(colors: ColorDepth, unicode: Bool, cursorAddressing: Bool) {
        self.colors = colors
        self.unicode = unicode
        self.cursorAddressing = cursorAddressing
    }

    /// The decision itself, pure so it can be tested without a terminal.
    /// - `noColorEnvironment`: the value of `NO_COLOR` (nil when unset). Set
    ///   and non-empty means no colour (no-color.org); ncurses ignores it.
    /// - `colorCount`: `COLORS` after `start_color`; 256 or more → 256-colour
    ///   theme, 8 or more → 8-colour theme.
    /// - `codeset`: `nl_langinfo(CODESET)` after `setlocale(LC_ALL, "")`.
    public static func decide(
        hasColors: Bool, colorCount: Int, colorPairs: Int,
        noColorFlag: Bool, noColorEnvironment: String?,
        codeset: String, forceASCII: Bool,
        cursorAddressing: Bool
    ) -> TerminalCapabilities {
        let colorsWanted = !noColorFlag && (noColorEnvironment ?? "").isEmpty
        let depth: ColorDepth
        if !colorsWanted || !hasColors || colorPairs <= ColorScheme.pairCount {
            depth = .monochrome
        } else if colorCount >= 256 {
            depth = .full256
        } else if colorCount >= 8 {
            depth = .eight
        } else {
            depth = .monochrome
        }
        let normalized = String(codeset.uppercased().filter { $0 != "-" })
        let unicode = !forceASCII && normalized == "UTF8"
        return TerminalCapabilities(colors: depth, unicode: unicode, cursorAddressing: cursorAddressing)
    }
}
