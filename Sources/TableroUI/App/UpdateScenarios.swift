import TableroCore
import TableroCanvas

// Named scenarios in `update`: `s` opens the name prompt, `L` the list of
// saved names; the files themselves are the runner's, which answers the
// commands with the scenario messages handled at the bottom.

/// `s`: a prompt prefilled with the current scenario's name. Wall mode has
/// no sliders, so nothing to save.
func openSavePrompt(_ model: inout DashboardModel) -> [Command] {
    guard !model.wall else { return [] }
    model.scenarioDialog = .naming(text: model.scenarioName ?? "", refused: false)
    return []
}

/// `L`: the list opens at once (empty until the runner's answer) and selects
/// the current scenario when it is listed.
func openLoadList(_ model: inout DashboardModel) -> [Command] {
    guard !model.wall else { return [] }
    model.scenarioDialog = .choosing(names: nil, selected: 0)
    return [.listScenarios]
}

func handleDialog(_ key: Key, _ model: inout DashboardModel) -> [Command] {
    switch model.scenarioDialog {
    case .naming(let text, let refused):
        return namingKey(key, text: text, refused: refused, &model)
    case .choosing(let names, let selected):
        return choosingKey(key, names: names, selected: selected, &model)
    case nil:
        return []
    }
}

/// Printable characters type (up to the longest name allowed), Backspace
/// erases, Enter saves a name the rule allows, Esc cancels. Other keys,
/// `q` and the slider keys included, only type or do nothing.
private func namingKey(_ key: Key, text: String, refused: Bool, _ model: inout DashboardModel) -> [Command] {
    switch key {
    case .escape:
        model.scenarioDialog = nil
    case .enter:
        guard ScenarioName.isValid(text) else {
            model.scenarioDialog = .naming(text: text, refused: true)
            return []
        }
        model.scenarioDialog = nil
        return [.saveScenario(text)]
    case .backspace:
        let shorter = String(text.dropLast())
        model.scenarioDialog = .naming(text: shorter, refused: shorter.count > ScenarioName.maxLength)
    case .character(let c) where isPrintable(c) && text.count < 3 * ScenarioName.maxLength:
        // Past 40 characters the name is refused, not cut (issue 10): the
        // rule shows as soon as it is too long, and Enter does not save it.
        let longer = text + String(c)
        model.scenarioDialog = .naming(text: longer, refused: longer.count > ScenarioName.maxLength)
    default:
        break
    }
    return []
}

/// ↑/↓ (k/j, Home/End) select, Enter loads, Esc cancels.
private func choosingKey(_ key: Key, names: [String]?, selected: Int, _ model: inout DashboardModel) -> [Command] {
    let last = max(0, (names?.count ?? 0) - 1)
    func select(_ row: Int) { model.scenarioDialog = .choosing(names: names, selected: min(last, max(0, row))) }
    switch key {
    case .escape:
        model.scenarioDialog = nil
    case .up, .character("k"):
        select(selected - 1)
    case .down, .character("j"):
        select(selected + 1)
    case .home:
        select(0)
    case .end:
        select(last)
    case .enter:
        // Enter on "no saved scenarios" just closes the list.
        model.scenarioDialog = nil
        if let names, names.indices.contains(selected) { return [.loadScenario(names[selected])] }
    default:
        break
    }
    return []
}

/// No control characters (the terminal layer should not send them as
/// characters, but a name is shown and written to disk).
private func isPrintable(_ c: Character) -> Bool {
    !c.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
}

/// The runner's answers. Statuses are not kept in locked mode: nothing
/// would clear them, and a wallboard does not need them.
func receiveScenario(_ message: Message, _ model: inout DashboardModel) -> [Command] {
    func status(_ s: ScenarioStatus) { if !model.locked { model.scenarioStatus = s } }
    switch message {
    case .scenarioList(let names):
        // The list may have been closed before the answer came.
        guard case .choosing = model.scenarioDialog else { return [] }
        let current = model.scenarioName.flatMap { names.firstIndex(of: $0) } ?? 0
        model.scenarioDialog = .choosing(names: names, selected: current)
    case .scenarioSaved(let name):
        // The runner saves while handling the command, before any other
        // key, so `scenario` is what was written.
        model.scenarioName = name
        model.savedScenario = model.scenario
        status(.saved(name))
    case .scenarioLoaded(let name, let values):
        status(.loaded(name))
        return take(name, values, &model)
    case .scenarioReread(let name, let values):
        status(.reread(name))
        return take(name, values, &model)
    case .scenarioFailed(let reason):
        if case .choosing = model.scenarioDialog { model.scenarioDialog = nil }
        status(.failed(reason))
    default:
        break
    }
    return []
}

/// A loaded scenario replaces every slider: the ones it does not set go back
/// to their baseline.
private func take(_ name: String, _ values: [Slider: Double], _ model: inout DashboardModel) -> [Command] {
    var scenario = Scenario(settings: model.settings)
    for (slider, v) in values { scenario[slider] = v }
    model.scenarioName = name
    model.savedScenario = scenario
    guard scenario != model.scenario else { return [] }
    model.scenario = scenario
    return requestReport(&model)
}
