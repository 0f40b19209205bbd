import TableroCore
import TableroCanvas

/// Keys of issue 9's supervisor tools: `A` the alert log, `f` how the
/// focused pane's figures are computed, `p` pause. Nil when the key is not
/// one of them (and no overlay of theirs is open), so `handle` goes on.
func handleFloor(_ key: Key, _ model: inout DashboardModel) -> [Command]? {
    // ↑/↓ scroll the definitions when they are longer than the screen.
    if model.floor.showDefinitions {
        switch key {
        case .down, .character("j"):
            model.floor.definitionsOffset += 1
            return []
        case .up, .character("k"):
            model.floor.definitionsOffset = max(0, model.floor.definitionsOffset - 1)
            return []
        default: break
        }
    }
    // An open log or definitions box closes with any other key; q still quits.
    if model.floor.showAlertLog || model.floor.showDefinitions {
        let wasLog = model.floor.showAlertLog, wasDefinitions = model.floor.showDefinitions
        model.floor.showAlertLog = false
        model.floor.showDefinitions = false
        switch key {
        case .character("q"):
            model.quitting = true
            return [.quit]
        // The other overlay's key swaps one for the other.
        case .character("A") where !wasLog: model.floor.showAlertLog = true
        case .character("f") where !wasDefinitions && !model.wall:
            model.floor.showDefinitions = true
            model.floor.definitionsOffset = 0
        default: break
        }
        return []
    }
    switch key {
    case .character("A"):
        model.floor.showAlertLog = true
        return []
    case .character("f") where !model.wall:
        model.floor.showDefinitions = true
        model.floor.definitionsOffset = 0
        return []
    case .character("p"):
        if model.floor.frozen != nil {
            model.floor.frozen = nil
        } else {
            model.floor.frozen = FrozenScreen(report: model.report, now: model.now, newestRowTime: model.newestRowTime,
                                              alerts: model.floor.alerts, wall: model.loop.wall)
        }
        return []
    default:
        // Paused, the screen is a photograph: keys that would change what it
        // shows wait for `p` (quit, help, zoom and Tab still work).
        guard model.floor.frozen != nil else { return nil }
        switch key {
        case .character("q"), .character("?"), .tab, .backTab, .escape: return nil
        case .character(let c) where ("1"..."5").contains(c): return nil
        default: return []
        }
    }
}
