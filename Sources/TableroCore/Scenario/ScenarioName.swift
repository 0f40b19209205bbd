/// The rule for a saved scenario's name. It lives in Core, not next to the
/// files, so the dashboard's prompt can refuse a bad name before anything is
/// written, and Ingest checks the same rule before it builds a path: a name
/// becomes `DIR/scenarios/NAME.toml`, so it may never hold `/`, `..` or a
/// leading dot.
public enum ScenarioName {
    public static let maxLength = 40

    /// 1–40 characters, each an ASCII letter, digit, `-` or `_`.
    public static func isValid(_ name: String) -> Bool {
        let scalars = name.unicodeScalars
        guard (1...maxLength).contains(scalars.count) else { return false }
        return scalars.allSatisfy { s in
            ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s) || s == "-" || s == "_"
        }
    }

    /// Why `name` is refused, or nil when it is fine.
    public static func problem(_ name: String) -> String? {
        guard !isValid(name) else { return nil }
        if name.isEmpty { return "a scenario name cannot be empty" }
        return "scenario name '\(Sanitize.text(name))' must be 1-\(maxLength) letters, digits, '-' or '_'"
    }
}
