import TableroCore

/// The small window `s` and `L` open over the dashboard. While one is open
/// every key goes to it (Ctrl-C still quits).
public enum ScenarioDialog: Sendable, Equatable {
    /// `s`: the name typed so far; `refused` once Enter was pressed on a
    /// name ScenarioName does not allow (the rule is then shown as a warning).
    case naming(text: String, refused: Bool)
    /// `L`: the saved names, nil until the runner has listed them, and the
    /// selected row.
    case choosing(names: [String]?, selected: Int)
}

/// What the last save or load did, for the footer (until the next key).
public enum ScenarioStatus: Sendable, Equatable {
    case saved(String)
    case loaded(String)
    /// The current scenario's file was rewritten by another session and read again.
    case reread(String)
    /// Why a save, list or load failed (English, from the file layer).
    case failed(String)
}

extension DashboardModel {
    /// The sliders moved since the scenario was last saved or loaded.
    public var scenarioModified: Bool {
        guard let savedScenario else { return false }
        return savedScenario != scenario
    }
}
