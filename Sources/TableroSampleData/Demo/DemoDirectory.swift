import Foundation

/// The demo's scratch copy of a data directory: `tablero demo` appends to
/// the copy, never to `sample-data` itself, and removes it on exit.
public struct DemoDirectory: Sendable {
    /// The copy, `NSTemporaryDirectory()/tablero-demo-XXXXXX`.
    public let path: String

    /// Copies `source` (files and sub-directories, recursively) into a fresh
    /// directory made by `mkdtemp`, so two demos never share one.
    public static func copy(from source: String) throws -> DemoDirectory {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory) else {
            throw DemoError.sourceMissing(source)
        }
        guard isDirectory.boolValue else { throw DemoError.notADirectory(source) }

        var temporary = NSTemporaryDirectory()
        while temporary.count > 1 && temporary.hasSuffix("/") { temporary.removeLast() }
        var template = Array((temporary + "/tablero-demo-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        guard made != nil else { throw DemoError.io(path: temporary, errno: errno) }
        let path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let directory = DemoDirectory(path: path)
        do {
            let fm = FileManager.default
            for name in try fm.contentsOfDirectory(atPath: source) {
                try fm.copyItem(atPath: source + "/" + name, toPath: path + "/" + name)
            }
        } catch {
            // Half a copy is no use to anyone: take it away before reporting.
            directory.remove()
            throw error
        }
        return directory
    }

    /// Removes the copy and everything in it; a copy already gone is fine.
    public func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
