import TableroCanvas

/// Keys while the data-quality view is open: ↑/↓ (k/j), PgUp/PgDn and
/// Home/End scroll its files and errors, `d` or Esc close it, `q` quits, `?` opens help.
func handleDataQuality(_ key: Key, _ model: inout DashboardModel) -> [Command] {
    switch key {
    case .character("q"):
        model.quitting = true
        return [.quit]
    case .character("d"), .escape:
        model.showDataQuality = false
    case .character("?"):
        model.showHelp = true
    case .down, .character("j"):
        scroll(&model, by: 1)
    case .up, .character("k"):
        scroll(&model, by: -1)
    case .pageDown:
        scroll(&model, by: 10)
    case .pageUp:
        scroll(&model, by: -10)
    case .home:
        model.dataQualityOffset = 0
    case .end:
        // The last files, then the last errors: 2,000 files are 200 PgDn.
        model.dataQualityOffset = DataQualityView.parts(for: model).maxOffset
    default:
        break
    }
    return []
}

/// Through the files, then the errors, that do not fit at this size
/// (`DataQualityView.Parts`): no further, so ↑ moves at once.
private func scroll(_ model: inout DashboardModel, by step: Int) {
    let limit = DataQualityView.parts(for: model).maxOffset
    model.dataQualityOffset = max(0, min(limit, model.dataQualityOffset + step))
}
