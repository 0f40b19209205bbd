#if canImport(Glibc)
import Glibc
#endif
import CNCurses

// Restoring the terminal when the process dies. endwin() and
// reset_shell_mode() are not async-signal-safe, so the fatal-signal handler
// only does what is: tcsetattr with the termios saved before ncurses changed
// it, and one write() of "leave the alternate screen, show the cursor".

nonisolated(unsafe) private var savedTermios = termios()
nonisolated(unsafe) private var haveSavedTermios = false
/// True between start and stop; the crash and atexit paths act only then.
nonisolated(unsafe) var terminalIsActive = false
/// Frames are wrapped in synchronized output: a crash in the middle of one
/// must end the update, or the terminal holds the restore until it times out.
nonisolated(unsafe) var synchronizedOutputInUse = false
/// Line mode (TERM=dumb) changed only the input modes: a restore sets them
/// back and writes no escape sequence (a dumb terminal would print it).
nonisolated(unsafe) var lineModeInUse = false
nonisolated(unsafe) private var fatalHandlersInstalled = false
nonisolated(unsafe) private var atexitRegistered = false

/// Signal numbers on Linux and Darwin are below this.
private let signalTableSize = 65

/// The action each fatal signal had before ours, by signal number, so the
/// handler can chain to it. A pointer allocated once rather than an array or
/// a dictionary: the handler must not retain, release or allocate. Touched
/// first by `installFatalHandlers` on the main thread, so its lazy
/// initialisation never runs inside a handler.
nonisolated(unsafe) private let previousFatalActions: UnsafeMutablePointer<sigaction> = {
    let table = UnsafeMutablePointer<sigaction>.allocate(capacity: signalTableSize)
    table.initialize(repeating: sigaction(), count: signalTableSize)
    return table
}()

/// Signals that mean the process is dying of a bug (SIGSYS: a forbidden
/// system call under seccomp). The Swift runtime has its own handler on most
/// of them, which prints the backtrace: ours restores the terminal and then
/// calls it, so the report lands on the shell's screen, not the dashboard's.
let crashSignals: [Int32] = [SIGSEGV, SIGILL, SIGTRAP, SIGBUS, SIGABRT, SIGFPE, SIGSYS]

/// Signals nobody in this program uses whose default action ends the process.
/// Sent by a person or a script (`kill -USR1`, a stray `alarm()` in a
/// library, a CPU or file-size limit), they used to leave the terminal raw
/// and on the alternate screen. They still end the process, with the same
/// status a shell or supervisor expects, but restore the terminal first.
/// Turning them into a clean exit 0 would hide that something sent them.
/// Each is taken over only while its disposition is the default: a parent
/// that ignores one (or a library that handles it) keeps that behaviour.
/// SIGPROF is not here: profilers and the Swift backtracer use it.
/// SIGPIPE is not here either: SignalPipe ignores it while the session runs.
let defaultKillSignals: [Int32] = [SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGXCPU, SIGXFSZ]

/// A handler (not SIG_DFL, SIG_IGN or SIG_ERR) that can be called.
func isCallableHandler(_ action: sigaction) -> Bool {
    let bits = unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self)
    return bits != 0 && bits != 1 && bits != -1
}

/// Restores the terminal, then hands the signal to whoever had it before
/// (the Swift runtime's backtracer, usually) with the original siginfo and
/// context, so its backtrace is of the crash and not of this handler.
/// Async-signal-safe: tcsetattr, write, sigaction, raise.
private func fatalSignalHandler(_ signo: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?) {
    let savedErrno = errno
    if terminalIsActive {
        terminalIsActive = false
        CrashRestore.restoreRaw()
    }
    // The chained handler may look at errno (the runtime's does, to restore it).
    errno = savedErrno
    if signo > 0 && signo < Int32(signalTableSize) {
        let previous = previousFatalActions[Int(signo)]
        if isCallableHandler(previous) {
            if previous.sa_flags & SA_SIGINFO != 0 {
                previous.__sigaction_handler.sa_sigaction?(signo, info, context)
            } else {
                previous.__sigaction_handler.sa_handler?(signo)
            }
        }
    }
    // The previous handler returned, or there was none: die of this signal
    // with the default action (core dump, the status a supervisor expects).
    // SA_NODEFER leaves the signal unblocked, so raise() acts at once; for a
    // kill signal taken over only while it was the default, this is exactly
    // what would have happened without us.
    signal(signo, SIG_DFL)
    raise(signo)
}

enum CrashRestore {
    /// Called before newterm: the shell's terminal modes.
    static func saveShellModes() {
        haveSavedTermios = tcgetattr(0, &savedTermios) == 0
    }

    /// Line mode: keys one at a time, not echoed (issue 10: under TERM=dumb
    /// `q` waited for Enter). Output modes are left as they are.
    static func enterKeyAtATimeInput() -> Bool {
        guard haveSavedTermios else { return false }
        var modes = savedTermios
        modes.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &modes.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        return tcsetattr(0, TCSANOW, &modes) == 0
    }

    /// The shell's modes again (line mode's normal end).
    static func restoreShellModes() {
        if haveSavedTermios { _ = tcsetattr(0, TCSANOW, &savedTermios) }
    }

    /// Async-signal-safe: only tcsetattr and write.
    static func restoreRaw() {
        if haveSavedTermios { _ = tcsetattr(0, TCSANOW, &savedTermios) }
        if lineModeInUse { return }
        if synchronizedOutputInUse {
            let endUpdate: StaticString = "\u{1b}[?2026l"
            _ = write(1, endUpdate.utf8Start, endUpdate.utf8CodeUnitCount)
        }
        let reset: StaticString = "\u{1b}[?1049l\u{1b}[?25h\u{1b}[0m\r\n"
        _ = write(1, reset.utf8Start, reset.utf8CodeUnitCount)
    }

    /// Crash and default-kill signals restore the terminal, then chain to
    /// the action that was there before, as htop does. Installed once and
    /// left in place: outside a session the handler only chains.
    static func installFatalHandlers() {
        guard !fatalHandlersInstalled else { return }
        fatalHandlersInstalled = true
        var action = sigaction()
        action.__sigaction_handler.sa_sigaction = fatalSignalHandler
        sigemptyset(&action.sa_mask)
        // SIGINFO: pass siginfo and context on to the runtime's handler.
        // ONSTACK: a stack overflow is a SIGSEGV too; run on the alternate
        // stack the runtime set up. RESETHAND: a fault inside the handler
        // kills at once. NODEFER: the final raise() is not blocked.
        action.sa_flags = SA_SIGINFO | SA_ONSTACK | Int32(SA_NODEFER)
            | Int32(bitPattern: UInt32(SA_RESETHAND))
        for signo in crashSignals {
            sigaction(signo, &action, previousFatalActions + Int(signo))
        }
        for signo in defaultKillSignals {
            var current = sigaction()
            sigaction(signo, nil, &current)
            guard unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self) == 0 else { continue }
            sigaction(signo, &action, previousFatalActions + Int(signo))
        }
    }

    /// exit() from anywhere (a fatal path in the CLI that forgot stop())
    /// still gives the shell back its terminal. Not in a signal handler, so
    /// endwin is allowed here.
    static func registerAtExit() {
        guard !atexitRegistered else { return }
        atexitRegistered = true
        atexit {
            if terminalIsActive {
                terminalIsActive = false
                erase()
                refresh()
                endwin()
            }
        }
    }
}
