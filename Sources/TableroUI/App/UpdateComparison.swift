import TableroCore
import TableroCanvas

/// The `c` view (issue 14, "Worst to best"): the baseline and every saved
/// scenario, worst ROI first. ↑/↓ choose, Enter loads the chosen one, Esc
/// or `c` closes. It is computed again whenever the data or the scenarios
/// change while it is open.
public struct ComparisonState: Sendable, Equatable {
    /// nil until the runner has computed them.
    public var rows: [ComparisonRow]?
    public var selected = 0
    public init() {}
}

func openComparison(_ model: inout DashboardModel) -> [Command] {
    guard !model.wall, model.report != nil else { return [] }
    model.comparison = ComparisonState()
    return compareCommand(model)
}

func compareCommand(_ model: DashboardModel) -> [Command] {
    guard model.comparison != nil, let report = model.report else { return [] }
    return [.compareScenarios(window: model.window, asOf: report.asOf)]
}

func handleComparison(_ key: Key, _ model: inout DashboardModel) -> [Command] {
    let count = model.comparison?.rows?.count ?? 0
    let selected = model.comparison?.selected ?? 0
    switch key {
    case .character("q"):
        model.quitting = true
        return [.quit]
    case .escape, .character("c"):
        model.comparison = nil
    case .up, .character("k"):
        if count > 0 { model.comparison?.selected = max(0, selected - 1) }
    case .down, .character("j"):
        if count > 0 { model.comparison?.selected = min(count - 1, selected + 1) }
    case .enter:
        guard let state = model.comparison, let rows = state.rows, rows.indices.contains(state.selected) else { return [] }
        let row = rows[state.selected]
        model.comparison = nil
        if row.name == "baseline" && model.scenarioName != "baseline" {
            // The baseline is no file: every slider back to its baseline.
            model.scenario = Scenario(settings: model.settings)
            model.scenarioName = nil
            model.savedScenario = nil
            return requestReport(&model)
        }
        return [.loadScenario(row.name)]
    default:
        break
    }
    return []
}
