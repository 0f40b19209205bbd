/// A key press as the UI sees it, independent of ncurses: TableroTerminal
/// turns terminal key codes into these, so `update` can be driven by tests
/// without a terminal.
public enum Key: Sendable, Equatable {
    case up, down, left, right
    case shiftLeft, shiftRight
    case pageUp, pageDown, home, end
    case tab, backTab, enter, escape, backspace
    /// The terminal changed size; read the new size from the terminal.
    case resize
    /// F1…F63.
    case function(Int)
    /// A printable character (a whole Unicode scalar: `ñ`, `日`).
    case character(Character)
    /// Ctrl-C typed as a key (when it does not arrive as SIGINT).
    case ctrlC
    /// A code the terminal layer does not name; kept so it can be logged.
    case unknown(Int32)
}
