import Foundation

/// The `tablero-terminal-probe` binary built with the tests. `swift build`
/// puts it next to the test bundle (…/debug/TableroPackageTests.xctest), so
/// look there first, then in the usual scratch directories of this package.
enum ProbeLocation {
    static let path: String? = BuiltBinary.path("tablero-terminal-probe")
}

/// An executable of this package built next to the tests.
enum BuiltBinary {
    static func path(_ name: String) -> String? {
        var candidates: [String] = []
        if let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(URL(fileURLWithPath: executable).deletingLastPathComponent().path)
        }
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().path)
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for scratch in [".build-term", ".build"] {
            candidates.append(packageRoot.appendingPathComponent("\(scratch)/debug").path)
        }
        return candidates
            .map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
