import Foundation
import TableroCore
import TableroIngest
import TableroUI

/// The dashboard's named scenarios on disk: performs the save, list and load
/// commands of `update` with ScenarioFiles and turns the outcome into the
/// messages `update` expects; and notices when the current scenario's file is
/// rewritten by another session (one stat when the watcher reports a change),
/// so that session's save shows here too. Kept apart from DashboardRunner,
/// which only forwards commands and calls `changedOnDisk` on those changes.
@MainActor
final class DashboardScenarios {
    private let root: String
    /// The scenario whose file is watched, and its file as last read or
    /// written by this session (nil: missing when last looked at).
    private var watched: (name: String, fingerprint: FileFingerprint?)?

    init(root: String) {
        self.root = root
    }

    /// The answer to one of the scenario commands (none for the others).
    func perform(_ command: Command, model: DashboardModel) -> [Message] {
        switch command {
        case .saveScenario(let name):
            do {
                let fingerprint = try ScenarioFiles.save(name, scenario: model.scenario,
                                                         baseline: Scenario(settings: model.settings), root: root)
                watched = (name, fingerprint)
                return [.scenarioSaved(name)]
            } catch {
                return [.scenarioFailed("\(error)")]
            }
        case .listScenarios:
            do {
                return [.scenarioList(try ScenarioFiles.names(root: root))]
            } catch {
                return [.scenarioFailed("\(error)")]
            }
        case .loadScenario(let name):
            do {
                let saved = try ScenarioFiles.load(name, root: root, agents: model.agents)
                watched = (name, saved.fingerprint)
                return [.scenarioLoaded(name: name, values: saved.values)]
            } catch {
                return [.scenarioFailed("\(error)")]
            }
        case .recompute, .quit:
            return []
        }
    }

    /// `.scenarioReread` when the current scenario's file changed since this
    /// session last read or wrote it; `.scenarioFailed` (once per change)
    /// when the new version cannot be used. A scenario the model names
    /// without this session having read it (`--scenario`) starts being
    /// watched from its file as it is now.
    func changedOnDisk(model: DashboardModel) -> Message? {
        guard let name = model.scenarioName else {
            watched = nil
            return nil
        }
        let now = ScenarioFiles.fingerprint(name, root: root)
        guard let watched, watched.name == name else {
            self.watched = (name, now)
            return nil
        }
        // Deleted: keep the sliders; a later save by anyone is read again.
        guard let now, now != watched.fingerprint else {
            if now == nil { self.watched = (name, nil) }
            return nil
        }
        self.watched = (name, now)
        do {
            let saved = try ScenarioFiles.load(name, root: root, agents: model.agents)
            self.watched = (name, saved.fingerprint)
            return .scenarioReread(name: name, values: saved.values)
        } catch {
            return .scenarioFailed("\(error)")
        }
    }
}
