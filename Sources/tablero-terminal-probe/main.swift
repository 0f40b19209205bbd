// A tiny program for the terminal tests (not part of the product): it starts
// a session, shows a title, the size, the last key and a few styled words,
// redraws on every wake, quits on `q` or a terminating signal, exit 0.
// `!` crashes it on purpose (a Swift runtime trap), for the test that the
// terminal is restored and the runtime's backtrace still printed.
//
//   tablero-terminal-probe [--no-color] [--ascii] [--pid-file PATH]
#if canImport(Glibc)
import Glibc
#endif
import TableroTerminal
import TableroCanvas

let arguments = CommandLine.arguments
if let index = arguments.firstIndex(of: "--pid-file"), index + 1 < arguments.count,
   let file = fopen(arguments[index + 1], "w") {
    fputs("\(getpid())\n", file)
    fclose(file)
}

func fail(_ message: String) -> Never {
    let line = "tablero-terminal-probe: \(message)\n"
    _ = line.withCString { write(2, $0, strlen($0)) }
    exit(2)
}

func describe(_ key: Key) -> String {
    switch key {
    case .character(let c): return "'\(c)'"
    case .function(let n): return "F\(n)"
    case .unknown(let code): return "unknown(\(code))"
    default: return "\(key)"
    }
}

/// A runtime trap (SIGILL on x86_64, SIGTRAP on arm64), as a bug would be.
func crashOnPurpose() -> Never {
    fatalError("crash on request")
}

@MainActor
func run() -> Int32 {
    let session = TerminalSession()
    do {
        try session.start(noColor: arguments.contains("--no-color"), forceASCII: arguments.contains("--ascii"))
    } catch {
        fail("\(error)")
    }
    let loop = EventLoop(session: session)
    var lastKey = "none"
    var wakes = 0
    var ending: String?
    while ending == nil {
        let (cols, lines) = session.size
        var canvas = Canvas(width: cols, height: lines)
        let caps = session.capabilities
        canvas.put(0, 0, "Tablero terminal probe", Style(.title, bold: true))
        canvas.put(0, 1, "size \(cols)x\(lines)")
        canvas.put(0, 2, "last key: \(lastKey)")
        canvas.put(0, 3, "colors: \(caps.colors) unicode: \(caps.unicode) sync: \(caps.synchronizedOutput)")
        var x = canvas.put(0, 4, "good", Style(.good)) + 1
        x += canvas.put(x, 4, "warning", Style(.warning)) + 1
        x += canvas.put(x, 4, "critical", Style(.critical)) + 1
        x += canvas.put(x, 4, "dim", Style(.dim)) + 1
        canvas.put(x, 4, "selected", Style(.selected))
        canvas.put(0, 5, caps.unicode ? "ñandú 日本 ▁▂▃▅▇" : "nandu ___.-=+*#")
        canvas.put(0, 6, "wakes: \(wakes)  (q quits)", Style(.dim))
        session.draw(canvas)

        for wake in loop.wait(timeoutMilliseconds: nil) {
            switch wake {
            case .keys(let keys):
                for key in keys {
                    if key == .character("q") { ending = "q" }
                    if key == .character("!") { crashOnPurpose() }
                    lastKey = describe(key)
                }
            case .signal(let signo): ending = "signal \(signo)"
            case .inputClosed: ending = "input closed"
            case .resize, .readable, .timeout: break
            }
        }
        wakes += 1
    }
    session.stop()
    return 0
}

exit(MainActor.assumeIsolated { run() })
