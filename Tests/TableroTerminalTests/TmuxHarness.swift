#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Runs commands (tmux, mostly) the way TERMINAL.md says a test must:
/// posix_spawnp with an empty signal mask and default dispositions (the test
/// runner may have blocked or ignored signals), an explicit environment, no
/// inherited descriptors (a tmux server holding our pipe would make reading
/// never end), and waitpid. Foundation.Process hung in the first probe.
enum Spawn {
    /// Runs `arguments` (looked up in PATH), returns status and stdout+stderr.
    /// With `errorsTo`, stderr goes to that file instead (a file, not a
    /// second pipe: reading two pipes one after the other can deadlock).
    static func run(_ arguments: [String], environment: [String: String], errorsTo errorPath: String? = nil) -> (status: Int32, output: String) {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return (-1, "pipe failed") }
        let readEnd = fds[0], writeEnd = fds[1]

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, writeEnd, 1)
        if let errorPath {
            posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        } else {
            posix_spawn_file_actions_adddup2(&actions, writeEnd, 2)
        }
        // addclosefrom_np does not import; close every descriptor this
        // process has open (after the dup2s, which run first).
        for fd in openDescriptors() where fd > 2 {
            posix_spawn_file_actions_addclose(&actions, fd)
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
        close(writeEnd)
        guard spawned == 0 else {
            close(readEnd)
            return (-1, "posix_spawnp \(arguments[0]) failed: \(String(cString: strerror(spawned)))")
        }
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(readEnd, &buffer, buffer.count)
            if n > 0 { output += buffer[0..<n]; continue }
            if n < 0 && errno == EINTR { continue }
            break
        }
        close(readEnd)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return (exitStatus, String(decoding: output, as: UTF8.self))
    }

    /// Descriptors open in this process, from /proc/self/fd.
    static func openDescriptors() -> [Int32] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        let listed = names.compactMap { Int32($0) }
        // Without /proc, guess a generous range (closing a closed fd is ignored).
        return listed.isEmpty ? Array(3..<1024) : listed
    }

    /// The first executable called `name` in PATH.
    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }
}

/// A private tmux server for one test: its own socket name, no config file,
/// UTF-8, a fixed-size detached session. Call `kill()` in a defer.
struct TmuxServer {
    static let path = Spawn.which("tmux")
    nonisolated(unsafe) private static var counter = 0
    private static let counterLock = NSLock()

    let socket: String
    let environment: [String: String]

    init() {
        let number = Self.counterLock.withLock {
            Self.counter += 1
            return Self.counter
        }
        socket = "tablero-\(getpid())-\(number)"
        let inherited = ProcessInfo.processInfo.environment
        // Explicit: the runner's environment may carry NO_COLOR=1 or TERM=dumb.
        environment = [
            "PATH": inherited["PATH"] ?? "/usr/local/bin:/usr/bin:/bin",
            "HOME": inherited["HOME"] ?? "/tmp",
            "LANG": "C.UTF-8",
            "TERM": "tmux-256color",
        ]
    }

    @discardableResult
    func tmux(_ arguments: String...) -> (status: Int32, output: String) {
        Spawn.run(["tmux", "-L", socket, "-f", "/dev/null", "-u"] + arguments, environment: environment)
    }

    /// Starts `shellCommand` in a detached session of the given size.
    func start(_ shellCommand: String, width: Int = 80, height: Int = 24) -> (status: Int32, output: String) {
        tmux("start-server", ";", "set", "-g", "default-terminal", "tmux-256color", ";",
             "new-session", "-d", "-x", "\(width)", "-y", "\(height)", shellCommand)
    }

    func capture(escapes: Bool = false) -> String {
        escapes ? tmux("capture-pane", "-p", "-e").output : tmux("capture-pane", "-p").output
    }

    /// Ends the server and removes its socket (tmux 3.3a leaves it behind).
    func kill() {
        tmux("kill-server")
        unlink("/tmp/tmux-\(getuid())/\(socket)")
    }

    /// Polls `condition` every 20 ms until it holds or `seconds` pass.
    /// Never a fixed sleep: the test is as fast as the program.
    static func waitUntil(seconds: Double = 15, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }

    /// Waits for `text` on the screen; returns the last capture either way.
    func waitForScreen(containing text: String, seconds: Double = 15) -> (found: Bool, screen: String) {
        waitForScreen(containingAll: [text], seconds: seconds)
    }

    /// Waits until every one of `texts` is on the same capture. A frame
    /// reaches tmux in pieces: its first row can be on screen while its last
    /// is still in the pty, so a test that checks several rows of a frame
    /// waits for all of them rather than for one and then looks at the rest
    /// (that race failed a CI run).
    func waitForScreen(containingAll texts: [String], seconds: Double = 15) -> (found: Bool, screen: String) {
        var screen = ""
        let found = Self.waitUntil(seconds: seconds) {
            screen = capture()
            return texts.allSatisfy { screen.contains($0) }
        }
        return (found, screen)
    }

    /// Like `waitForScreen(containingAll:)` on `capture-pane -e`: the
    /// capture keeps the escape sequences of colours and attributes.
    func waitForEscapedScreen(seconds: Double = 15, _ condition: (String) -> Bool) -> (found: Bool, screen: String) {
        var screen = ""
        let found = Self.waitUntil(seconds: seconds) {
            screen = capture(escapes: true)
            return condition(screen)
        }
        return (found, screen)
    }
}
