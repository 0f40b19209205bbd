#if canImport(Glibc)
import Glibc
#endif
import CNCurses
import TableroCanvas

/// The terminal between `start` and `stop`: modes, colours, drawing a Canvas
/// and reading keys. Main thread only (ncurses is not thread-safe).
@MainActor
public final class TerminalSession {
    public private(set) var capabilities = TerminalCapabilities(colors: .monochrome, unicode: false, cursorAddressing: false)
    public private(set) var isActive = false

    private var screen: OpaquePointer?
    private var signals: SignalPipe?
    private var lineMode: LineModeOutput?

    public init() {}

    /// The read end of the signal self-pipe, for the event loop.
    var signalDescriptor: Int32 { signals?.readEnd ?? -1 }

    /// Signal numbers the handlers wrote since the last call.
    func drainSignals() -> [Int32] { signals?.drain() ?? [] }

    /// Starts the terminal. Throws `TerminalError` (one-line description)
    /// when it cannot be used; nothing is left changed then.
    /// - noColor: the `--no-color` flag (NO_COLOR is read here too).
    /// - forceASCII: draw with ASCII even in a UTF-8 locale.
    public func start(noColor: Bool = false, forceASCII: Bool = false) throws {
        guard !isActive else { return }
        // Without this every UTF-8 byte is drawn as `~T~@`.
        setlocale(LC_ALL, "")
        // A parent (test runner, supervisor) may hand signals over blocked;
        // then kill and resize would do nothing.
        var empty = sigset_t()
        sigemptyset(&empty)
        sigprocmask(SIG_SETMASK, &empty, nil)

        guard isatty(0) == 1, isatty(1) == 1 else { throw TerminalError.notATerminal }
        let termName = getenv("TERM").map { String(cString: $0) } ?? ""

        CrashRestore.saveShellModes()
        let pipe = SignalPipe()
        pipe.installTerminating()
        pipe.ignoreBrokenPipe()
        // fdopen'd streams are never fclose'd: that would close fd 0 and 1.
        guard let output = fdopen(1, "w"), let input = fdopen(0, "r"),
              let newScreen = newterm(nil, output, input) else {
            pipe.close()
            throw TerminalError.unknownTerminal(termName)
        }
        screen = newScreen
        signals = pipe
        // From here on a crash must give the shell its terminal back.
        CrashRestore.installFatalHandlers()
        CrashRestore.registerAtExit()
        terminalIsActive = true
        let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
        let noColorEnv = getenv("NO_COLOR").map { String(cString: $0) }
        let addressable = tablero_has_cursor_addressing() != 0

        if !addressable {
            // TERM=dumb: newterm succeeds but nothing can be positioned.
            // Give the terminal back and print frames as plain lines.
            endwin()
            delscreen(newScreen)
            screen = nil
            terminalIsActive = false
            capabilities = TerminalCapabilities.decide(
                hasColors: false, colorCount: 0, colorPairs: 0, noColorFlag: true, noColorEnvironment: nil,
                codeset: codeset, forceASCII: forceASCII, cursorAddressing: false)
            lineMode = LineModeOutput()
            // Keys one at a time, so `q` quits at once; a crash or signal
            // gives the shell its modes back like the full-screen path.
            if CrashRestore.enterKeyAtATimeInput() {
                lineModeInUse = true
                terminalIsActive = true
            }
            isActive = true
            return
        }

        cbreak()
        noecho()
        keypad(tablero_stdscr(), true)
        nodelay(tablero_stdscr(), true)
        curs_set(0)
        set_escdelay(25)  // the default 1 s makes a lone Escape feel broken

        var hasColors = has_colors()
        var defaultColours = false
        if hasColors, !noColor, (noColorEnv ?? "").isEmpty {
            hasColors = start_color() == OK
            defaultColours = use_default_colors() == OK
        }
        capabilities = TerminalCapabilities.decide(
            hasColors: hasColors, colorCount: Int(tablero_colors()), colorPairs: Int(tablero_color_pairs()),
            noColorFlag: noColor, noColorEnvironment: noColorEnv,
            codeset: codeset, forceASCII: forceASCII, cursorAddressing: true)
        capabilities.synchronizedOutput = TerminalCapabilities.synchronizedOutput(
            terminfoHasSync: tablero_has_sync() != 0, term: termName,
            termProgram: getenv("TERM_PROGRAM").map { String(cString: $0) }, cursorAddressing: true)
        synchronizedOutputInUse = capabilities.synchronizedOutput
        for definition in ColorScheme.pairs(depth: capabilities.colors) {
            // Without default colours, -1 is not allowed: white on black.
            let fg = definition.foreground < 0 && !defaultColours ? Int(COLOR_WHITE) : definition.foreground
            let bg = definition.background < 0 && !defaultColours ? Int(COLOR_BLACK) : definition.background
            init_extended_pair(Int32(definition.pair), Int32(fg), Int32(bg))
        }

        pipe.installWinch()
        isActive = true
    }

    /// The terminal's size in columns and lines, as of the last KEY_RESIZE.
    public var size: (cols: Int, lines: Int) {
        if screen != nil { return (Int(tablero_cols()), Int(tablero_lines())) }
        return LineModeOutput.windowSize()
    }

    /// Draws the whole canvas: erase, every cell, refresh. ncurses compares
    /// with what the screen shows and sends only the cells that changed.
    /// A canvas larger than the screen is clipped; smaller leaves blanks.
    public func draw(_ canvas: Canvas) {
        guard isActive else { return }
        if let lineMode {
            lineMode.draw(canvas)
            return
        }
        erase()
        let (cols, lines) = size
        let depth = capabilities.colors
        var scalars: [wchar_t] = []
        scalars.reserveCapacity(CCHARW_MAX_SWIFT)
        for y in 0..<min(canvas.height, lines) {
            for x in 0..<min(canvas.width, cols) {
                let cell = canvas[x, y]
                // The right half of a wide character: ncurses already
                // filled it when it drew the left half.
                if cell.text.isEmpty { continue }
                let look = ColorScheme.appearance(of: cell.style, depth: depth)
                scalars.removeAll(keepingCapacity: true)
                if capabilities.unicode || cell.text.unicodeScalars.allSatisfy(\.isASCII) {
                    for scalar in cell.text.unicodeScalars { scalars.append(wchar_t(bitPattern: scalar.value)) }
                } else {
                    // Not a UTF-8 locale: ncurses cannot encode it; the UI
                    // should have chosen ASCII glyphs, this is the safety net.
                    scalars.append(wchar_t(63))
                }
                _ = tablero_put_cell(Int32(y), Int32(x), scalars, Int32(scalars.count),
                                     Self.ncursesAttributes(look.attributes), Int32(look.pair))
            }
        }
        if capabilities.synchronizedOutput {
            // doupdate() writes the frame and flushes ncurses' own output
            // buffer before it returns, and nothing between two frames
            // (erase, the cells, wnoutrefresh, get_wch) writes to the
            // terminal, so marks written straight to the descriptor land
            // just before and just after the frame. (putp goes through
            // stdio here and came out only at exit.)
            wnoutrefresh(tablero_stdscr())
            Self.writeAll(Self.synchronizedUpdateBegin)
            doupdate()
            Self.writeAll(Self.synchronizedUpdateEnd)
        } else {
            refresh()
        }
    }

    /// DEC private mode 2026: the terminal holds what follows until the end
    /// mark, then shows it at once (no half-drawn frame).
    static let synchronizedUpdateBegin = "\u{1b}[?2026h"
    static let synchronizedUpdateEnd = "\u{1b}[?2026l"

    /// The terminal bell: one BEL byte, which reaches an SSH user's terminal too.
    public func bell() { Self.writeAll("\u{07}") }

    /// A few bytes to the terminal; a short write or EINTR is retried.
    private static func writeAll(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(1, $0.baseAddress, $0.count) }
            if written > 0 { bytes = bytes.dropFirst(written) } else if written < 0 && errno == EINTR { continue } else { return }
        }
    }

    /// Every key waiting, in order; empty when none. Never blocks (nodelay).
    public func readKeys() -> [Key] {
        guard isActive else { return [] }
        if let lineMode { return lineMode.readKeys() }
        var keys: [Key] = []
        var code: wint_t = 0
        while true {
            let status = get_wch(&code)
            guard let key = KeyMapping.key(status: status, code: UInt32(code)) else { break }
            keys.append(key)
        }
        return keys
    }

    /// Gives the terminal back to the shell. Safe to call twice.
    public func stop() {
        guard isActive else { return }
        isActive = false
        terminalIsActive = false
        synchronizedOutputInUse = false
        if let screen {
            // Terminals without an alternate screen (vt100, linux) would
            // keep the last frame otherwise.
            erase()
            refresh()
            endwin()
            delscreen(screen)
            self.screen = nil
        }
        if lineMode != nil, lineModeInUse {
            CrashRestore.restoreShellModes()
            lineModeInUse = false
        }
        lineMode = nil
        signals?.close()
        signals = nil
    }

    static func ncursesAttributes(_ attributes: CellAttributes) -> attr_t {
        var result = tablero_a_normal()
        if attributes.contains(.bold) { result |= tablero_a_bold() }
        if attributes.contains(.reverse) { result |= tablero_a_reverse() }
        if attributes.contains(.underline) { result |= tablero_a_underline() }
        if attributes.contains(.dim) { result |= tablero_a_dim() }
        return result
    }
}

/// setcchar takes at most this many wide characters per cell.
private let CCHARW_MAX_SWIFT = 5
