import Foundation
import TableroCore

/// Reads `tablero.toml`. A broken file is a command-line error (exit 2 with
/// file, line and reason), never a silent default: DATA.md, "Reading details".
public enum SettingsLoader {
    public struct Problem: Error, CustomStringConvertible {
        public var description: String
    }

    /// The settings of `path`, or the defaults when the file does not exist
    /// and `mustExist` is false.
    public static func load(path: String, mustExist: Bool = false) throws -> Settings {
        guard FileManager.default.fileExists(atPath: path) else {
            if mustExist { throw Problem(description: "\(path): no such file") }
            return Settings()
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Problem(description: "\(path): cannot be read")
        }
        return try parse(String(decoding: data, as: UTF8.self), path: path)
    }

    /// The settings a TOML text sets over the defaults, checked against
    /// `SettingsSchema`; errors name `path` and the line.
    public static func parse(_ text: String, path: String) throws -> Settings {
        var settings = Settings()
        do {
            try SettingsSchema.schema.read(text, path: path, into: &settings)
        } catch {
            throw Problem(description: error.description)
        }
        return settings
    }
}
