import TableroCore

/// Ingest's name for Core's `DataKind`: which reader a file gets.
public typealias FileKind = DataKind

/// Which reader a file gets, from its name's prefix (DATA.md, "Which file is
/// which"), so rotated and dated files keep their kind.
extension DataKind {
    public enum Format: Sendable { case csv, jsonl, queueLog, toml }

    /// The kind and format of a file name, or nil for names Tablero ignores
    /// (hidden files, editor backups, anything else).
    public static func classify(_ name: String) -> (kind: FileKind, format: Format)? {
        // Kinds match in any case (`Events.csv`), like the extensions.
        if name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") { return nil }
        if name == "tablero.toml" { return (.settings, .toml) }
        if name == "queue_log" || name.hasPrefix("queue_log.") || name.hasPrefix("queue_log-") {
            return (.queueLog, .queueLog)
        }
        let lower = name.lowercased()
        let format: Format
        if lower.hasSuffix(".csv") {
            format = .csv
        } else if lower.hasSuffix(".jsonl") {
            format = .jsonl
        } else {
            return nil
        }
        for kind in [FileKind.events, .contacts, .surveys, .costs, .benefits, .customers, .agents, .quality] where lower.hasPrefix(kind.rawValue) {
            return (kind, format)
        }
        return nil
    }
}
