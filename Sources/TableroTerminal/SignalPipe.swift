#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Signal handlers are @convention(c) closures that cannot capture anything,
// so what they need lives in globals. They are written only on the main
// thread before the handlers are installed and read (never written) from the
// handlers, which is why nonisolated(unsafe) is sound here.

/// The write end of the self-pipe; -1 when no session is running.
nonisolated(unsafe) private var signalPipeWriteEnd: Int32 = -1
/// ncurses' own SIGWINCH handler, called after ours so it still queues KEY_RESIZE.
nonisolated(unsafe) private var previousWinchAction = sigaction()

/// The signals that end the loop cleanly: the loop restores the terminal and
/// the program exits 0. QUIT is here because the Swift runtime's backtracer
/// would otherwise print into the alternate screen and wait for a key.
public let terminatingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

/// A self-pipe: handlers write the signal number (one byte), the event loop
/// polls the read end. Both ends are non-blocking and close-on-exec.
@MainActor
final class SignalPipe {
    let readEnd: Int32
    private let writeEnd: Int32
    private var previous: [Int32: sigaction] = [:]
    private var winchInstalled = false

    init() {
        var fds: [Int32] = [-1, -1]
        if pipe(&fds) == 0 {
            // pipe2 does not import; set the same flags by hand. Non-blocking
            // so a flood of signals can never block a handler's write.
            for fd in fds {
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            }
        } else {
            // Without a pipe there is no clean signal exit; ncurses' defaults remain.
            fds = [-1, -1]
        }
        readEnd = fds[0]
        writeEnd = fds[1]
        signalPipeWriteEnd = writeEnd
    }

    /// INT, TERM, HUP, QUIT → the pipe. Installed before `newterm`, so
    /// ncurses sees handlers that are not SIG_DFL and leaves them alone.
    func installTerminating() {
        guard writeEnd >= 0 else { return }
        for signo in terminatingSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signo in
                // write() may set errno; the code this handler interrupted
                // may be about to read it (poll's EINTR check, for one).
                let savedErrno = errno
                var byte = UInt8(truncatingIfNeeded: signo)
                _ = write(signalPipeWriteEnd, &byte, 1)
                errno = savedErrno
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            var old = sigaction()
            sigaction(signo, &action, &old)
            previous[signo] = old
        }
    }

    /// SIGPIPE ignored while the session runs: a write to a closed pipe or
    /// socket then fails with EPIPE, an error the caller sees, instead of
    /// killing the process with the terminal raw. Nothing in the session
    /// needs the signal; a report printed after `stop` into `| head` gets
    /// the old disposition back through `uninstall`.
    func ignoreBrokenPipe() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = SIG_IGN
        sigemptyset(&action.sa_mask)
        var old = sigaction()
        sigaction(SIGPIPE, &action, &old)
        previous[SIGPIPE] = old
    }

    /// SIGWINCH → the pipe, then ncurses' handler. Installed after `newterm`
    /// (which installs ncurses' handler). Writing to the pipe closes a race:
    /// a resize arriving while we draw, not while we poll, would otherwise
    /// wait for the next key or tick.
    func installWinch() {
        guard writeEnd >= 0 else { return }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signo in
            let savedErrno = errno
            var byte = UInt8(truncatingIfNeeded: signo)
            _ = write(signalPipeWriteEnd, &byte, 1)
            let chained = previousWinchAction.__sigaction_handler.sa_handler
            if let chained, unsafeBitCast(chained, to: Int.self) > 1 { chained(signo) }
            errno = savedErrno
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        sigaction(SIGWINCH, &action, &previousWinchAction)
        winchInstalled = true
    }

    /// Signal numbers written since the last drain, in arrival order.
    func drain() -> [Int32] {
        var result: [Int32] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while readEnd >= 0 {
            let n = read(readEnd, &buffer, buffer.count)
            if n <= 0 { break }
            result += buffer[0..<n].map { Int32($0) }
        }
        return result
    }

    /// Puts back the handlers that were there before, so a program that goes
    /// on after the dashboard (printing a report) gets ordinary Ctrl-C.
    func uninstall() {
        for (signo, old) in previous {
            var action = old
            sigaction(signo, &action, nil)
        }
        previous = [:]
        if winchInstalled {
            sigaction(SIGWINCH, &previousWinchAction, nil)
            winchInstalled = false
        }
    }

    func close() {
        uninstall()
        signalPipeWriteEnd = -1
        if readEnd >= 0 { Glibc.close(readEnd) }
        if writeEnd >= 0 { Glibc.close(writeEnd) }
    }
}
