import Foundation

/// Three saved scenarios for planning from the worst case to the best
/// (issue 14): `worst` (half the benefit is the service's, personnel +20 %),
/// `expected` (two more agents, technology −5 %) and `best` (technology
/// −20 %, retention +1 pp). The format of `ScenarioFileFormat`.
enum GenScenariosWriter {
    static let scenarios: [(name: String, lines: [String])] = [
        ("worst", ["attribution = 50", "personnel = 20"]),
        ("expected", ["agents = 2", "technology = -5"]),
        ("best", ["retention = 1", "technology = -20"]),
    ]

    static func write(into directory: URL) throws -> [(path: String, bytes: Int)] {
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("scenarios"), withIntermediateDirectories: true)
        return try scenarios.map { name, lines in
            let file = try GenFileWriter(directory: directory, relativePath: "scenarios/\(name).toml")
            try file.line("# Tablero what-if scenario")
            for line in lines { try file.line(line) }
            return ("scenarios/\(name).toml", try file.close())
        }
    }
}
