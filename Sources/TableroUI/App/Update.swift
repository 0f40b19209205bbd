import TableroCore
import TableroCanvas

/// What `update` asks the outside world to do after a change.
public enum Command: Sendable, Equatable {
    /// Figures must be computed again (window or scenario changed).
    case recompute
    case quit
    /// Save the current scenario as NAME (a name ScenarioName allows); answer
    /// `.scenarioSaved` or `.scenarioFailed`.
    case saveScenario(String)
    /// List the saved names; answer `.scenarioList` or `.scenarioFailed`.
    case listScenarios
    /// Read NAME; answer `.scenarioLoaded` or `.scenarioFailed`.
    case loadScenario(String)
}

public enum Message: Sendable, Equatable {
    case key(Key)
    case resized(width: Int, height: Int)
    /// Answers to the scenario commands (UpdateScenarios.swift).
    case scenarioList([String])
    case scenarioSaved(String)
    /// NAME's sliders; the ones it does not set are at their baseline.
    case scenarioLoaded(name: String, values: [Slider: Double])
    /// The current scenario's file changed on disk (another session saved it).
    case scenarioReread(name: String, values: [Slider: Double])
    case scenarioFailed(String)
}

/// The keys of the issue: Tab/Shift-Tab move between panes; ↑/↓ (k/j)
/// select a slider; ←/→ (h/l) move it one step, PgUp/PgDn or Shift-←/→ ten;
/// `0` resets the slider, `R` all; `w` cycles the window; `1`–`4` zoom a
/// pane and Esc returns; `?` toggles help; `q` or Ctrl-C quits; `s` saves
/// the scenario under a name and `L` loads one (not `l`: that moves a slider).
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
        model.focus = model.focus.next
    case .backTab:
        model.focus = model.focus.previous
    case .escape:
        model.zoom = nil
    case .character(let c) where ("1"..."4").contains(c):
        model.zoom = Pane(rawValue: Int(String(c))! - 1)
    case .character("w"):
        model.window = model.window.next
        return [.recompute]
    case .up, .character("k"):
        if !model.wall { model.selectedSlider = step(model.selectedSlider, by: -1) }
    case .down, .character("j"):
        if !model.wall { model.selectedSlider = step(model.selectedSlider, by: 1) }
    case .left, .character("h"):
        return move(&model, steps: -1)
    case .right, .character("l"):
        return move(&model, steps: 1)
    case .pageDown, .shiftLeft:
        return move(&model, steps: -10)
    case .pageUp, .shiftRight:
        return move(&model, steps: 10)
    case .character("0"):
        return reset(&model, [model.selectedSlider])
    case .character("R"):
        return reset(&model, Slider.allCases)
    case .character("s"):
        return openSavePrompt(&model)
    case .character("L"):
        return openLoadList(&model)
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

/// Moves the selected slider by whole steps, clamped to its range.
private func move(_ model: inout DashboardModel, steps: Int) -> [Command] {
    guard !model.wall else { return [] }
    let slider = model.selectedSlider
    let range = slider.range(agents: model.agents)
    let old = model.scenario[slider]
    let new = min(range.upperBound, max(range.lowerBound, old + Double(steps) * slider.step))
    guard new != old else { return [] }
    model.scenario[slider] = new
    return [.recompute]
}

private func reset(_ model: inout DashboardModel, _ sliders: [Slider]) -> [Command] {
    guard !model.wall else { return [] }
    var changed = false
    for s in sliders where model.scenario[s] != model.baseline(s) {
        model.scenario[s] = model.baseline(s)
        changed = true
    }
    return changed ? [.recompute] : []
}
