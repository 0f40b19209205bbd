import Foundation
import TableroCore
import TableroIngest
import TableroTerminal
import TableroUI

/// Wires the pieces of the dashboard: the store loaded by Ingest, the pure
/// model/update/view of TableroUI, and the terminal session and event loop.
/// One thread, one loop (DESIGN.md, "The loop"): it sleeps in poll() until a
/// key, a resize, a signal or the next clock second, and draws only when the
/// rendered canvas differs from the last one.
@MainActor
final class DashboardRunner {
    private let store: MetricsStore
    private let directory: String
    private let fixedAsOf: Double?
    private var model: DashboardModel
    private let session = TerminalSession()
    private var lastCanvas: Canvas?

    init(store: MetricsStore, directory: String, model: DashboardModel, fixedAsOf: Double?) {
        self.store = store
        self.directory = directory
        self.model = model
        self.fixedAsOf = fixedAsOf
    }

    private var now: Double { Date().timeIntervalSince1970 }

    func run(noColor: Bool, forceASCII: Bool) throws {
        try session.start(noColor: noColor, forceASCII: forceASCII)
        defer { session.stop() }
        let loop = EventLoop(session: session)
        let glyphs: GlyphSet = session.capabilities.unicode ? .unicode : .ascii
        (model.width, model.height) = session.size
        recompute()
        while !model.quitting {
            draw(glyphs)
            // Wake at the next whole second so the clock and waits move.
            let ms = Int((1 - now.truncatingRemainder(dividingBy: 1)) * 1000) + 1
            for wake in loop.wait(timeoutMilliseconds: ms) {
                switch wake {
                case .keys(let keys):
                    for key in keys { apply(update(&model, .key(key))) }
                case .resize:
                    let (w, h) = session.size
                    apply(update(&model, .resized(width: w, height: h)))
                case .signal, .inputClosed:
                    model.quitting = true
                case .timeout:
                    if fixedAsOf == nil { recompute() }
                case .readable:
                    break
                }
            }
        }
    }

    private func apply(_ commands: [Command]) {
        for command in commands {
            switch command {
            case .recompute: recompute()
            case .quit: model.quitting = true
            }
        }
    }

    private func recompute() {
        model.report = store.report(window: model.window, asOf: fixedAsOf ?? now, scenario: model.scenario)
    }

    private func draw(_ glyphs: GlyphSet) {
        let canvas = DashboardView.render(model, glyphs: glyphs, now: fixedAsOf ?? now,
                                          newestRowTime: store.newestRowTime, directory: directory)
        guard canvas != lastCanvas else { return }
        session.draw(canvas)
        lastCanvas = canvas
    }
}
