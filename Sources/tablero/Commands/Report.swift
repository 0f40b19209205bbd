import ArgumentParser
import Foundation
import TableroCore
import TableroIngest
import TableroReport

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print every figure once, as text tables or as JSON.")

    @OptionGroup var options: DataOptions

    @Flag(help: "Print JSON (the object described in the README, \"report --json\") instead of tables.")
    var json = false

    @Option(help: ArgumentHelp("Worst to best: the baseline and the saved scenarios NAME,NAME (or all of them), sorted by ROI.",
                               valueName: "names|all"))
    var compare: String?

    func validate() throws {
        if let compare, compare.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            throw ValidationError("--compare takes NAME,NAME or all")
        }
    }

    func run() throws {
        let p = try options.prepare(defaultWindow: .all)
        let report = p.store.report(window: p.window, asOf: p.asOf, scenario: p.scenario)
        let comparison = try compare.map { try comparisonRows($0, p) }
        if json {
            try StandardOutput.write(ReportJSON.make(report, clock: p.clock, comparison: comparison).serialized() + "\n")
        } else {
            var text = ReportText.make(report, clock: p.clock, directory: options.directory)
            if let comparison { text += ReportText.comparison(comparison, report) }
            try StandardOutput.write(text)
        }
    }

    /// The baseline and each named scenario (`all`: every saved one), worst ROI first.
    func comparisonRows(_ list: String, _ p: DataOptions.Prepared) throws -> [ComparisonRow] {
        let dir = options.directory
        let names: [String]
        do {
            names = list.lowercased() == "all" ? try ScenarioFiles.names(root: dir)
                : list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        } catch {
            throw CommandFailure(message: "--compare: \(error)")
        }
        let agents = p.store.agents(asOf: p.asOf)
        let baseline = Scenario(settings: p.settings)
        let scenarios = try names.map { name in
            do {
                return (name: name, scenario: try ScenarioFiles.load(name, root: dir, agents: agents).applied(to: baseline))
            } catch {
                throw CommandFailure(message: "--compare: \(error)")
            }
        }
        return p.store.comparison(window: p.window, asOf: p.asOf, scenarios: scenarios)
    }
}
