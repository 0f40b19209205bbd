import Testing
@testable import TableroTerminal

/// When frames are wrapped in DEC mode 2026: decided once from terminfo,
/// TERM and TERM_PROGRAM, tested here as a value (the bytes themselves are
/// checked in tmux by SynchronizedOutputEndToEndTests).
@Suite("Synchronized output decision")
struct SynchronizedOutputTests {
    private func sync(terminfo: Bool = false, term: String, program: String? = nil, addressable: Bool = true) -> Bool {
        TerminalCapabilities.synchronizedOutput(
            terminfoHasSync: terminfo, term: term, termProgram: program, cursorAddressing: addressable)
    }

    @Test("terminals that name themselves in TERM and understand the mode",
          arguments: ["xterm-kitty", "xterm-ghostty", "foot", "foot-extra", "alacritty", "alacritty-direct", "wezterm", "contour"])
    func knownByTerm(term: String) {
        #expect(sync(term: term))
    }

    @Test("terminals that keep xterm-256color and say who they are in TERM_PROGRAM",
          arguments: ["WezTerm", "ghostty", "iTerm.app"])
    func knownByProgram(program: String) {
        #expect(sync(term: "xterm-256color", program: program))
    }

    @Test("unknown terminals, and names that only look alike, get nothing",
          arguments: ["xterm-256color", "xterm", "linux", "vt100", "rxvt-unicode-256color", "footloose", "kitty-like", ""])
    func unknownTerminals(term: String) {
        #expect(!sync(term: term))
        #expect(!sync(term: term, program: "Apple_Terminal"))
        #expect(!sync(term: term, program: "vscode"))
    }

    @Test("inside tmux or screen: no, even with the outer terminal's TERM_PROGRAM leaked in",
          arguments: ["tmux-256color", "tmux", "screen", "screen-256color"])
    func multiplexers(term: String) {
        #expect(!sync(term: term))
        #expect(!sync(term: term, program: "WezTerm"))
        #expect(!sync(term: term, program: "tmux"))
    }

    @Test("the terminal's own terminfo Sync capability is trusted first, tmux included")
    func terminfoFirst() {
        #expect(sync(terminfo: true, term: "xterm-256color"))
        #expect(sync(terminfo: true, term: "tmux-256color"))
    }

    @Test("no cursor addressing (TERM=dumb, line mode): never")
    func lineMode() {
        #expect(!sync(terminfo: true, term: "dumb", addressable: false))
        #expect(!sync(term: "xterm-kitty", addressable: false))
    }

    @Test("the capability defaults to off")
    func defaultOff() {
        #expect(!TerminalCapabilities(colors: .full256, unicode: true, cursorAddressing: true).synchronizedOutput)
    }
}
