#if canImport(Glibc)
import Glibc
#endif
import TableroCanvas

/// Why the loop woke up. One wait can return several, in this order:
/// signals, resize, keys, readable descriptors; or only `.timeout`.
public enum Wake: Sendable, Equatable {
    /// Keys typed since the last wake (never contains `.resize`).
    case keys([Key])
    /// The terminal changed size; `TerminalSession.size` has the new one.
    case resize
    /// INT, TERM, HUP or QUIT: restore the terminal and exit 0.
    case signal(Int32)
    /// A caller's descriptor (the file watcher) is readable.
    case readable(Int32)
    /// The caller's timeout passed with nothing else to do.
    case timeout
    /// Standard input was closed (the terminal went away). Treat as quit;
    /// polling it again would return at once, forever.
    case inputClosed
}

/// One thread, one `poll()`: the keyboard, the signal self-pipe and the
/// caller's descriptors, with a timeout for the next tick. With nothing to
/// do the process sleeps in poll; idle CPU is zero.
@MainActor
public final class EventLoop {
    private let session: TerminalSession

    public init(session: TerminalSession) {
        self.session = session
    }

    /// Waits for something to happen.
    /// - timeoutMilliseconds: time to the next tick; nil waits forever.
    /// - descriptors: extra descriptors to watch for reading.
    public func wait(timeoutMilliseconds: Int?, descriptors: [Int32] = []) -> [Wake] {
        let deadline = timeoutMilliseconds.map { Self.nowMilliseconds() + max(0, $0) }
        while true {
            // Standard input only while the session runs: before start or
            // after stop nobody reads it, and a readable stdin would spin.
            var fds = [pollfd(fd: session.isActive ? 0 : -1, events: Int16(POLLIN), revents: 0)]
            let signalFD = session.signalDescriptor
            if signalFD >= 0 { fds.append(pollfd(fd: signalFD, events: Int16(POLLIN), revents: 0)) }
            for fd in descriptors { fds.append(pollfd(fd: fd, events: Int16(POLLIN), revents: 0)) }

            let remaining = deadline.map { Int32(clamping: max(0, $0 - Self.nowMilliseconds())) } ?? -1
            let result = poll(&fds, nfds_t(fds.count), remaining)
            if result < 0 {
                guard errno == EINTR else { return [.timeout] }
                // SIGWINCH (or another signal) interrupted poll; ncurses
                // queued KEY_RESIZE, so read keys and the pipe now.
                let wakes = collect(signalFD: signalFD, stdinReady: true, descriptorsReady: [])
                if !wakes.isEmpty { return wakes }
                continue
            }
            if result == 0 { return [.timeout] }

            let inputFlags = fds[0].revents
            var ready: [Int32] = []
            let firstExtra = signalFD >= 0 ? 2 : 1
            for entry in fds[firstExtra...] where entry.revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 {
                ready.append(entry.fd)
            }
            var wakes = collect(signalFD: signalFD, stdinReady: inputFlags & Int16(POLLIN) != 0, descriptorsReady: ready)
            if inputFlags & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                wakes.append(.inputClosed)
            }
            if !wakes.isEmpty { return wakes }
            // stdin was readable but held only part of an escape sequence,
            // or the pipe held nothing: wait again for the rest.
        }
    }

    /// Reads everything that is ready and turns it into wakes.
    private func collect(signalFD: Int32, stdinReady: Bool, descriptorsReady: [Int32]) -> [Wake] {
        var wakes: [Wake] = []
        var resized = false
        if signalFD >= 0 {
            for signo in drainPipe() {
                if signo == SIGWINCH { resized = true } else { wakes.append(.signal(signo)) }
            }
        }
        // After SIGWINCH ncurses has queued KEY_RESIZE: reading keys is what
        // makes it update LINES and COLS.
        var keys: [Key] = []
        if stdinReady || resized {
            for key in session.readKeys() {
                if key == .resize { resized = true } else { keys.append(key) }
            }
        }
        if resized { wakes.append(.resize) }
        if !keys.isEmpty { wakes.append(.keys(keys)) }
        for fd in descriptorsReady { wakes.append(.readable(fd)) }
        return wakes
    }

    private func drainPipe() -> [Int32] {
        session.drainSignals()
    }

    static func nowMilliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
    }
}
