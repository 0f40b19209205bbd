import Foundation
import TableroTerminal
import TableroUI
import TableroCanvas

/// The dashboard in the terminal. One thread, one loop (DESIGN.md, "The
/// loop"): it sleeps in poll() on the keyboard, the watcher's inotify
/// descriptor and the signal pipe until the time `update` asked to be woken
/// at, ticks, turns each wake into messages for the interpreter, and draws
/// only when the rendered canvas differs from the last one.
@MainActor
struct DashboardRunner {
    let interpreter: DashboardInterpreter
    let noColor: Bool, forceASCII: Bool
    let session = TerminalSession()
    var glyphs: GlyphSet = .unicode
    var lastCanvas: Canvas?

    mutating func run() throws {
        try session.start(noColor: noColor, forceASCII: forceASCII)
        defer { session.stop() }
        interpreter.onBell = { [session] in session.bell() }
        let loop = EventLoop(session: session)
        glyphs = session.capabilities.unicode ? .unicode : .ascii
        var wakes: [Wake] = [.resize]
        while !interpreter.model.quitting {
            // The clock first: what the wakes bring is handled at the time
            // now. Then the wakes, before the tick does what is due: a key
            // or signal that came during a slice of a load ended the
            // program only after one more slice when the tick came first.
            interpreter.beginTurn()
            interpreter.readClock()
            for wake in wakes { handle(wake) }
            if interpreter.model.quitting { break }
            interpreter.tick()
            // A replay as of the data's end that found none ends here.
            if interpreter.model.quitting { break }
            draw()
            // Read each turn: inotify can give way to polling and back.
            let descriptors = interpreter.watcher.descriptor.map { [$0] } ?? []
            wakes = loop.wait(timeoutMilliseconds: interpreter.timeoutMilliseconds, descriptors: descriptors)
        }
    }

    private func handle(_ wake: Wake) {
        switch wake {
        case .keys(let keys):
            for key in keys { interpreter.send(.key(key)) }
        case .resize:
            let (width, height) = session.size
            interpreter.send(.resized(width: width, height: height))
        case .signal(let signo):
            interpreter.send(.signal(signo))
        case .inputClosed:
            interpreter.send(.signal(SIGHUP))
        case .readable:
            interpreter.directoryReadable()
        case .timeout:
            break
        }
    }

    private mutating func draw() {
        let canvas = DashboardView.render(interpreter.model, glyphs: glyphs)
        guard canvas != lastCanvas else { return }
        session.draw(canvas)
        lastCanvas = canvas
    }
}
