import Foundation
import TableroCore
import TableroIngest
import TableroTerminal
import TableroUI

/// The first load, and loads again after a settings change: the directory is
/// read in slices of `sliceBytes`, with the progress bar drawn and the keys
/// read between slices, so a large directory shows its progress and `q`
/// quits at once.
extension DashboardRunner {
    static let sliceBytes = 8 << 20

    func firstLoad(_ loop: EventLoop) {
        model.report = nil
        let started = DashboardClock.wall
        var outcome: RefreshOutcome
        settleAt = nil
        repeat {
            outcome = live.refresh(store: &store, byteBudget: Self.sliceBytes)
            act(on: outcome)
            model.loading = LoadProgress(bytesRead: outcome.bytesConsumed, bytesTotal: outcome.bytesKnown,
                                         rows: outcome.rows, seconds: DashboardClock.wall - started)
            draw()
            for wake in loop.wait(timeoutMilliseconds: 0) { handle(wake) }
        } while outcome.pending && !model.quitting && !reloadRequested
        model.loading = nil
        // tablero.toml or a period file changed while loading: start again.
        if reloadRequested { return }
        clampAgentsSlider()
        recompute()
    }

    /// `--what-if agents=-N` was let through before the agents were known:
    /// the last agent cannot be taken away.
    private func clampAgentsSlider() {
        let agents = store.agents(asOf: clock.now)
        let range = Slider.agents.range(agents: agents)
        let value = model.scenario[.agents]
        if !range.contains(value) { model.scenario[.agents] = min(max(value, range.lowerBound), range.upperBound) }
    }

    /// tablero.toml changed: read it again; if it is good, everything is
    /// loaded again under it (the zone, the service-level target and the
    /// scales decide how rows are counted). A broken file keeps the old
    /// settings and says why in the header.
    func settingsChanged() {
        do {
            var settings = try DirectoryLoader.settings(root: options.directory, settingsPath: options.settingsPath)
            if let locale = options.locale { settings.general.locale = locale }
            guard ZoneClock(identifier: settings.general.timezone) != nil else {
                model.settingsProblem = "unknown time zone '\(Sanitize.text(settings.general.timezone))'"
                return
            }
            model.settingsProblem = nil
            followBaseline(from: model.settings, to: settings)
            model.settings = settings
            requestReload()
        } catch {
            model.settingsProblem = "\(error)"
        }
    }

    /// Sliders whose baseline comes from the settings (acquisition multiple,
    /// attribution) and that sat on the old baseline move to the new one,
    /// so a settings change does not look like a scenario.
    private func followBaseline(from old: Settings, to new: Settings) {
        let before = Scenario(settings: old), after = Scenario(settings: new)
        for slider in Slider.allCases where before[slider] != after[slider] {
            if model.scenario[slider] == before[slider] { model.scenario[slider] = after[slider] }
            if model.savedScenario?[slider] == before[slider] { model.savedScenario?[slider] = after[slider] }
        }
    }

    func requestReload() {
        store = Self.emptyStore(model.settings, cutoff: clock.fixed)
        live = LiveDirectory(root: options.directory, settingsPath: options.settingsPath)
        reloadRequested = true
    }
}
