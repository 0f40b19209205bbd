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
    /// Frames are wrapped in DEC mode 2026 (`ESC[?2026h` … `ESC[?2026l`):
    /// the terminal shows a frame whole, never half drawn.
    public var synchronizedOutput: Bool

    public init(colors: ColorDepth, unicode: Bool, cursorAddressing: Bool, synchronizedOutput: Bool = false) {
        self.colors = colors
        self.unicode = unicode
        self.cursorAddressing = cursorAddressing
        self.synchronizedOutput = synchronizedOutput
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

    /// Whether to wrap frames in synchronized output (DEC mode 2026), as
    /// btop does. A terminal that does not know a private mode should ignore
    /// it, but not every one does, so the mode goes only where it is known to
    /// be understood:
    /// - `terminfoHasSync`: the terminal's own description has the extended
    ///   capability `Sync`. Trusted first, whatever the name.
    /// - Inside tmux or screen (TERM `tmux*`, `screen*`): no. tmux 3.3a
    ///   (checked here) ignores mode 2026 from a pane, support for it came
    ///   after 3.5a, and screen has none; the outer terminal's TERM_PROGRAM
    ///   can leak into the pane and says nothing about the multiplexer.
    /// - Terminals that name themselves in TERM and understand the mode:
    ///   kitty, Ghostty, foot, Alacritty, WezTerm, Contour.
    /// - Terminals that keep `xterm-256color` and say who they are in
    ///   TERM_PROGRAM: WezTerm, Ghostty, iTerm2.
    /// - Anything else, and a terminal without cursor addressing: no.
    public static func synchronizedOutput(
        terminfoHasSync: Bool, term: String, termProgram: String?, cursorAddressing: Bool
    ) -> Bool {
        guard cursorAddressing else { return false }
        if terminfoHasSync { return true }
        func named(_ family: String) -> Bool { term == family || term.hasPrefix(family + "-") }
        if ["tmux", "screen"].contains(where: named) { return false }
        if ["xterm-kitty", "xterm-ghostty", "foot", "alacritty", "wezterm", "contour"].contains(where: named) { return true }
        return ["WezTerm", "ghostty", "iTerm.app"].contains(termProgram ?? "")
    }
}
