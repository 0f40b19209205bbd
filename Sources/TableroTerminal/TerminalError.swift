/// Why the terminal could not be started. `description` is one line, meant to
/// be printed as is before exiting with status 2.
public enum TerminalError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `newterm` returned NULL: terminfo has no entry for `TERM`.
    case unknownTerminal(String)
    /// Standard input or output is not a terminal (piped, redirected).
    case notATerminal

    public var description: String {
        switch self {
        case .unknownTerminal(let name):
            return name.isEmpty ? "TERM is not set; cannot draw the screen" : "unknown terminal type '\(name)'"
        case .notATerminal:
            return "standard input and output must be a terminal"
        }
    }
}
