#if canImport(Glibc)
import Glibc
#endif
import CNCurses

// Restoring the terminal when the process dies. endwin() and
// reset_shell_mode() are not async-signal-safe, so the crash handler only
// does what is: tcsetattr with the termios saved before ncurses changed it,
// and one write() of "leave the alternate screen, show the cursor".

nonisolated(unsafe) private var savedTermios = termios()
nonisolated(unsafe) private var haveSavedTermios = false
/// True between start and stop; the crash and atexit paths act only then.
nonisolated(unsafe) var terminalIsActive = false
nonisolated(unsafe) private var crashHandlersInstalled = false
nonisolated(unsafe) private var atexitRegistered = false

/// Signals that mean the process is dying of a bug.
let crashSignals: [Int32] = [SIGSEGV, SIGILL, SIGTRAP, SIGBUS, SIGABRT, SIGFPE]

enum CrashRestore {
    /// Called before newterm: the shell's terminal modes.
    static func saveShellModes() {
        haveSavedTermios = tcgetattr(0, &savedTermios) == 0
    }

    /// Async-signal-safe: only tcsetattr and write.
    static func restoreRaw() {
        if haveSavedTermios { _ = tcsetattr(0, TCSANOW, &savedTermios) }
        let reset: StaticString = "\u{1b}[?1049l\u{1b}[?25h\u{1b}[0m\r\n"
        _ = write(1, reset.utf8Start, reset.utf8CodeUnitCount)
    }

    /// Crash handlers restore the terminal, then die with the default action
    /// (core dump, the status a supervisor expects), as htop does.
    static func installCrashHandlers() {
        guard !crashHandlersInstalled else { return }
        crashHandlersInstalled = true
        for signo in crashSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signo in
                if terminalIsActive {
                    terminalIsActive = false
                    CrashRestore.restoreRaw()
                }
                signal(signo, SIG_DFL)
                raise(signo)
            }
            sigemptyset(&action.sa_mask)
            // RESETHAND: a second fault inside the handler kills at once.
            action.sa_flags = Int32(bitPattern: UInt32(SA_RESETHAND)) | Int32(SA_NODEFER)
            sigaction(signo, &action, nil)
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
