import TableroCore

/// What `update` asks the outside world to do after a change.
public enum Command: Sendable, Equatable {
    /// Figures must be computed again (window or scenario changed).
    case recompute
    case quit
}

public enum Message: Sendable, Equatable {
    case key(Key)
    case resized(width: Int, height: Int)
}

/// The keys of the issue: Tab/Shift-Tab move between panes; ↑/↓ (k/j)
/// select a slider; ←/→ (h/l) move it one step, PgUp/PgDn or Shift-←/→ ten;
/// `0` resets the slider, `R` all; `w` cycles the window; `1`–`4` zoom a
/// pane and Esc returns; `?` toggles help; `q` or Ctrl-C quits.
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
        return handle(key, &model)
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
    switch key {
    case .character("q"):
        model.quitting = true
        return [.quit]
    case .character("?"):
        model.showHelp = true
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
