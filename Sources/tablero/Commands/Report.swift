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

    func run() throws {
        let p = try options.prepare(defaultWindow: .all)
        let report = p.store.report(window: p.window, asOf: p.asOf, scenario: p.scenario)
        if json {
            try StandardOutput.write(ReportJSON.make(report, clock: p.clock).serialized() + "\n")
        } else {
            try StandardOutput.write(ReportText.make(report, clock: p.clock, directory: options.directory))
        }
    }
}
