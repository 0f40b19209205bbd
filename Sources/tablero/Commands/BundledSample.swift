import Foundation

/// Where the bundled `sample-data` is when no directory is named (issue 10:
/// a newcomer runs `tablero` from anywhere): the current directory's, else
/// the one beside the package the binary was built in
/// (`PACKAGE/.build/<triple>/release/tablero` → `PACKAGE/sample-data`).
enum BundledSample {
    static let name = "sample-data"

    static func locate(currentDirectory: String = FileManager.default.currentDirectoryPath,
                       executable: String? = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) -> String? {
        if holdsSample(currentDirectory + "/" + name) { return name }
        guard let executable else { return nil }
        var dir = URL(fileURLWithPath: executable).deletingLastPathComponent()
        for _ in 0..<5 {
            dir = dir.deletingLastPathComponent()
            let candidate = dir.appendingPathComponent(name).path
            if holdsSample(candidate) { return candidate }
        }
        return nil
    }

    /// The message when neither place has it.
    static let missing = "no DIR given and no \(name) here or beside the tablero package: run it from the repository root, or name a data directory (tablero DIR)"

    private static func holdsSample(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
