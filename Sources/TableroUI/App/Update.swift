import TableroCore
import TableroCanvas

/// What `update` asks the outside world to do. The runner carries them out
/// and answers with messages (as Bubble Tea's `Cmd`s); none changes the model.
public enum Command: Sendable, Equatable {
    /// Compute the report; answer `.reportComputed`.
    case computeReport(ReportRequest)
    /// Bring the clock-driven figures of the current report up to as-of
    /// (waiting now, agents), without merging the window again; answer
    /// `.reportComputed` (a full report when the window's days moved).
    case refreshClockFigures(asOf: Double)
    /// Read what was appended to the directory (at most `byteBudget` bytes,
    /// for a slice of a load); answer `.refreshed`.
    case refresh(byteBudget: Int?)
    /// Polling mode: look whether the directory changed; answer
    /// `.directoryChanged` when it did.
    case poll
    /// Start again from an empty store under these settings.
    case reload(Settings)
    /// Read tablero.toml again; answer `.settingsRead`.
    case readSettings
    /// Look whether the current scenario's file was rewritten by another
    /// session; answer `.scenarioReread` or `.scenarioFailed` when it was.
    case checkScenarioFile
    /// The dashboard's clock entered a new second (the demo's feed writes
    /// up to it: it is an outside writer, like a PBX).
    case secondPassed(asOf: Double)
    /// Wake the loop by this wall time at the latest (a tick is then due).
    case wakeAt(Double)
    /// `--as-of latest`: the first load ended, and its newest row's time is
    /// the dashboard's now from here on; rows after it are left out.
    case fixAsOf(Double)
    /// Ring the terminal bell (one BEL byte): a figure turned critical.
    case bell
    case quit
    /// Save the current scenario as NAME (a name ScenarioName allows); answer
    /// `.scenarioSaved` or `.scenarioFailed`.
    case saveScenario(String)
    /// List the saved names; answer `.scenarioList` or `.scenarioFailed`.
    case listScenarios
    /// Read NAME; answer `.scenarioLoaded` or `.scenarioFailed`.
    case loadScenario(String)
    /// The baseline and every saved scenario, worst ROI first; answer
    /// `.comparisonComputed`.
    case compareScenarios(window: WindowSpec, asOf: Double)
}

public enum Message: Sendable {
    case key(Key)
    case resized(width: Int, height: Int)
    /// The loop woke (a deadline passed, or anything else happened): the
    /// time now. Loop messages are handled in UpdateLoop.swift.
    case tick(ClockReading)
    /// The time now, read as a turn begins: the keys and signals the loop
    /// woke with are handled at it, before the work the turn's tick makes
    /// due (a slice of a load takes a tenth of a second or more).
    case clock(ClockReading)
    /// The directory watcher polls every so many seconds (nil: inotify
    /// wakes the loop); it can change while running (a watch refused, the
    /// directory removed and recreated).
    case watcherPolls(every: Double?)
    /// The watcher saw the data directory (or its `scenarios/`) change.
    case directoryChanged
    case refreshed(DataRefresh)
    case reportComputed(Report)
    case settingsRead(Result<Settings, SettingsProblem>)
    /// INT, TERM, HUP or QUIT, or the terminal went away.
    case signal(Int32)
    /// Answers to the scenario commands (UpdateScenarios.swift).
    case scenarioList([String])
    case scenarioSaved(String)
    /// NAME's sliders; the ones it does not set are at their baseline.
    case scenarioLoaded(name: String, values: [Slider: Double])
    /// The current scenario's file changed on disk (another session saved it).
    case scenarioReread(name: String, values: [Slider: Double])
    case scenarioFailed(String)
    /// The worst-to-best rows for the `c` view.
    case comparisonComputed([ComparisonRow])
}

/// The keys of the issue: Tab/Shift-Tab move between panes; ↑/↓ (k/j)
/// select a slider; ←/→ (h/l) move it one step, PgUp/PgDn or Shift-←/→ ten;
/// `0` resets the slider, `R` all; `w` cycles the window; `1`–`4` zoom a
/// pane and Esc returns; `?` toggles help; `q` or Ctrl-C quits; `s` saves
/// the scenario under a name and `L` loads one (not `l`: that moves a slider);
/// `A`, `f` and `p` are the alert log, the definitions and pause (UpdateFloor.swift).
public func update(_ model: inout DashboardModel, _ message: Message) -> [Command] {
    switch message {
    case .resized(let w, let h):
        model.width = max(0, w)
        model.height = max(0, h)
        return []
    case .key(let key):
        if key == .ctrlC {
            model.quitting = true
            return [.quit]
        }
        if model.locked { return [] }
        model.scenarioStatus = nil
        if model.scenarioDialog != nil { return handleDialog(key, &model) }
        return handle(key, &model)
    case .scenarioList, .scenarioSaved, .scenarioLoaded, .scenarioReread, .scenarioFailed:
        return receiveScenario(message, &model)
    case .comparisonComputed(let rows):
        if model.comparison != nil { model.comparison?.rows = rows }
        return []
    case .tick, .clock, .watcherPolls, .directoryChanged, .refreshed, .reportComputed, .settingsRead, .signal:
        var commands = receiveLoop(message, &model)
        // The `c` view follows the data and the saved scenarios (another
        // session's save changes the directory too).
        if case .directoryChanged = message { commands += compareCommand(model) }
        return commands
    }
}

private func handle(_ key: Key, _ model: inout DashboardModel) -> [Command] {
    if model.showHelp {
        // Any key closes the help overlay; q still quits.
        model.showHelp = false
        if key == .character("q") {
            model.quitting = true
            return [.quit]
        }
        return []
    }
    if model.showDataQuality { return handleDataQuality(key, &model) }
    if model.comparison != nil { return handleComparison(key, &model) }
    if let commands = handleFloor(key, &model) { return commands }
    switch key {
    case .character("q"):
        model.quitting = true
        return [.quit]
    case .character("?"):
        model.showHelp = true
    case .character("d"):
        model.showDataQuality = true
        model.dataQualityOffset = 0
    case .tab:
        model.focus = model.focus.next(among: model.gridPanes)
    case .backTab:
        model.focus = model.focus.previous(among: model.gridPanes)
    case .escape:
        model.zoom = nil
    case .character(let c) where ("1"..."5").contains(c):
        if let pane = Pane(rawValue: Int(String(c))! - 1), model.canZoom(pane) { model.zoom = pane }
    case .character("w"):
        model.window = model.window.next
        return requestReport(&model)
    case .enter:
        // Enter zooms the focused pane (Esc returns).
        if model.zoom == nil, !model.wall, model.canZoom(model.focus) { model.zoom = model.focus }
    case .up, .character("k"), .down, .character("j"):
        let delta = key == .up || key == .character("k") ? -1 : 1
        if model.upDownChoosesSlider {
            model.selectedSlider = step(model.selectedSlider, by: delta)
        } else if model.upDownScrollsQueues {
            model.queueScroll = max(0, model.queueScroll + delta)
        }
    case .left, .character("h"):
        return move(&model, steps: -1)
    case .right, .character("l"):
        return move(&model, steps: 1)
    case .pageDown, .shiftLeft:
        return move(&model, steps: -10)
    case .pageUp, .shiftRight:
        return move(&model, steps: 10)
    case .character("0"):
        return model.slidersOnScreen ? reset(&model, [model.selectedSlider]) : []
    case .character("R"):
        return model.slidersOnScreen ? reset(&model, Slider.allCases) : []
    case .character("s"):
        return openSavePrompt(&model)
    case .character("L"):
        return openLoadList(&model)
    case .character("c"):
        return openComparison(&model)
    default:
        break
    }
    return []
}

private func step(_ slider: Slider, by delta: Int) -> Slider {
    let all = Slider.allCases
    let i = all.firstIndex(of: slider)!
    return all[(i + delta + all.count) % all.count]
}

/// Moves the selected slider by whole steps, clamped to its range; only a
/// slider on screen moves.
private func move(_ model: inout DashboardModel, steps: Int) -> [Command] {
    guard model.slidersOnScreen else { return [] }
    let slider = model.selectedSlider
    let range = slider.range(agents: model.agents, retentionPercent: model.retentionPercent)
    let old = model.scenario[slider]
    let new = min(range.upperBound, max(range.lowerBound, old + Double(steps) * slider.step))
    guard new != old else { return [] }
    model.scenario[slider] = new
    return requestReport(&model)
}

private func reset(_ model: inout DashboardModel, _ sliders: [Slider]) -> [Command] {
    guard !model.wall else { return [] }
    var changed = false
    for s in sliders where model.scenario[s] != model.baseline(s) {
        model.scenario[s] = model.baseline(s)
        changed = true
    }
    return changed ? requestReport(&model) : []
}
