import TableroCore
import TableroIngest
import TableroUI

/// The dashboard's named scenarios on disk: carries out the save, list and
/// load commands of `update` and the check for a file rewritten by another
/// session, and answers with the messages `update` expects.
struct DashboardScenarios {
    private var watch: ScenarioWatch
    private var root: String { watch.root }

    init(root: String) {
        watch = ScenarioWatch(root: root)
    }

    mutating func perform(_ command: Command, model: DashboardModel) -> Message? {
        do {
            switch command {
            case .saveScenario(let name):
                watch.noted(name, try ScenarioFiles.save(name, scenario: model.scenario,
                                                         baseline: Scenario(settings: model.settings), root: root))
                return .scenarioSaved(name)
            case .listScenarios:
                return .scenarioList(try ScenarioFiles.names(root: root))
            case .loadScenario(let name):
                let saved = try ScenarioFiles.load(name, root: root, agents: model.agents)
                watch.noted(name, saved.fingerprint)
                return .scenarioLoaded(name: name, values: saved.values)
            case .checkScenarioFile:
                let saved = try watch.changed(model.scenarioName, agents: model.agents)
                return saved.map { .scenarioReread(name: $0.name, values: $0.values) }
            default:
                return nil
            }
        } catch {
            return .scenarioFailed("\(error)")
        }
    }
}
