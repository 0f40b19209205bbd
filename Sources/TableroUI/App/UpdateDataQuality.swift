import TableroCanvas

/// Keys while the data-quality view is open: ↑/↓ (k/j) and PgUp/PgDn
/// scroll its errors, `d` or Esc close it, `q` quits, `?` opens help.
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
    default:
        break
    }
    return []
}

/// Within the errors there are: the view shows as many as fit from the offset.
private func scroll(_ model: inout DashboardModel, by step: Int) {
    let errors = model.report?.dataQuality.reduce(0) { $0 + $1.errors.count } ?? 0
    model.dataQualityOffset = max(0, min(errors - 1, model.dataQualityOffset + step))
}
