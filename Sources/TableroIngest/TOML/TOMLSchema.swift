import TableroCore
import TOMLKit

/// What a TOML file may hold, as rows: for each key its type, its range and
/// what its value sets in `Target`. One walker reads every file against its
/// schema, so settings and scenarios give the same errors, each on one
/// line: `path:LINE: reason`.
///
/// Adding a key is adding a row (`Rule.number`, `.string`, `.bool`,
/// `.strings`); a table of any names (`[queue.channels.NAME]`, weights by
/// name) is `Table.otherKeys`, given the name.
struct TOMLSchema<Target>: Sendable {
    /// One table: its keys, and what an unknown key is told.
    struct Table: Sendable {
        var keys: [String: Entry]
        /// Keys of any other name: the entry for that name; nil: unknown.
        var otherKeys: (@Sendable (String) -> Entry)?
        /// The reason given for a key the table does not have.
        var unknown: @Sendable (String) -> String

        init(_ keys: [String: Entry], otherKeys: (@Sendable (String) -> Entry)? = nil,
             unknown: @escaping @Sendable (String) -> String) {
            self.keys = keys
            self.otherKeys = otherKeys
            self.unknown = unknown
        }
    }

    indirect enum Entry: Sendable {
        case value(Rule)
        /// A sub-table; `notATable` is the reason given when the key holds
        /// a plain value instead.
        case table(Table, notATable: String)
    }

    /// Checks one value and sets it on the target. `name` is the key's
    /// dotted name, for messages.
    struct Rule: Sendable {
        let apply: @Sendable (_ value: any TOMLValueConvertible, _ name: String, _ target: inout Target) throws(Reason) -> Void
    }

    /// Why a value is refused, without its place (the walker adds that).
    struct Reason: Error {
        var text: String
        init(_ text: String) { self.text = text }
    }

    /// A refused file: `path:LINE: reason` (no line when none defines the key).
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let root: Table
    /// Checks across keys once every key is read: each gives the key to
    /// blame (its line is the error's) and why, or nil.
    let checks: [@Sendable (Target) -> (key: [String], reason: String)?]

    init(_ root: Table, checks: [@Sendable (Target) -> (key: [String], reason: String)?] = []) {
        self.root = root
        self.checks = checks
    }

    /// Reads `text` (a file at `path`) into `target`. The first error by
    /// line is thrown: a syntax error, an unknown key, a value of the wrong
    /// type or out of range.
    func read(_ text: String, path: String, into target: inout Target) throws(Failure) {
        if let (line, reason) = TOMLPreflight.problem(in: text) { throw Failure(description: "\(path):\(line): \(reason)") }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw Failure(description: "\(path):\(error.source.begin.line): \(error.description)")
        } catch {
            throw Failure(description: "\(path): \(error)")
        }
        let lines = TOMLKeyLines(text)
        try walk(table, root, at: [], lines: lines, path: path, into: &target)
        for check in checks {
            if let (key, reason) = check(target) {
                throw Failure(description: "\(path)\(lines.line(of: key).map { ":\($0)" } ?? ""): \(reason)")
            }
        }
    }

    private func walk(_ table: TOMLTable, _ schema: Table, at prefix: [String], lines: TOMLKeyLines, path: String,
                      into target: inout Target) throws(Failure) {
        func fail(_ key: [String], _ reason: String) -> Failure {
            Failure(description: "\(path)\(lines.line(of: key).map { ":\($0)" } ?? ""): \(reason)")
        }
        // TOMLKit's keys come in no particular order: go by line, so the
        // error reported is the first one in the file.
        let keys = table.keys.map { (key: $0, line: lines.line(of: prefix + [$0]) ?? .max) }
            .sorted { ($0.line, $0.key) < ($1.line, $1.key) }.map(\.key)
        for key in keys {
            let keyPath = prefix + [key]
            guard let entry = schema.keys[key] ?? schema.otherKeys?(key) else { throw fail(keyPath, schema.unknown(key)) }
            guard let value = table[key] else { continue }
            switch entry {
            case .value(let rule):
                do {
                    try rule.apply(value, keyPath.joined(separator: "."), &target)
                } catch {
                    throw fail(keyPath, error.text)
                }
            case .table(let inner, let notATable):
                guard let sub = value.table else { throw fail(keyPath, notATable) }
                try walk(sub, inner, at: keyPath, lines: lines, path: path, into: &target)
            }
        }
    }
}

extension TOMLSchema.Rule {
    /// A number (integer or float) within `range`, and whole when asked.
    static func number(_ range: ClosedRange<Double>, whole: Bool = false,
                       _ set: @escaping @Sendable (inout Target, Double) -> Void) -> Self {
        Self { value, name, target throws(TOMLSchema.Reason) in
            let v: Double
            if let i = value.int { v = Double(i) } else if let d = value.double { v = d } else {
                throw TOMLSchema.Reason("\(name) must be a number")
            }
            guard v.isFinite, range.contains(v) else {
                throw TOMLSchema.Reason("\(name) = \(Format.plain(v)) is outside \(Format.plain(range.lowerBound))..\(Format.plain(range.upperBound))")
            }
            if whole && v != v.rounded() { throw TOMLSchema.Reason("\(name) must be a whole number") }
            set(&target, v)
        }
    }

    /// A string; `set` may refuse it with its own reason.
    static func string(_ set: @escaping @Sendable (inout Target, String) throws(TOMLSchema.Reason) -> Void) -> Self {
        Self { value, name, target throws(TOMLSchema.Reason) in
            guard let text = value.string else { throw TOMLSchema.Reason("\(name) must be a string") }
            try set(&target, text)
        }
    }

    /// `true` or `false`.
    static func bool(_ set: @escaping @Sendable (inout Target, Bool) -> Void) -> Self {
        Self { value, name, target throws(TOMLSchema.Reason) in
            guard let flag = value.bool else { throw TOMLSchema.Reason("\(name) must be true or false") }
            set(&target, flag)
        }
    }

    /// An array of strings (`["voice", "chat"]`).
    static func strings(_ set: @escaping @Sendable (inout Target, [String]) throws(TOMLSchema.Reason) -> Void) -> Self {
        Self { value, name, target throws(TOMLSchema.Reason) in
            guard let array = value.array else { throw TOMLSchema.Reason("\(name) must be a list of strings") }
            var texts: [String] = []
            for element in array {
                guard let text = element.string else { throw TOMLSchema.Reason("\(name) must be a list of strings") }
                texts.append(text)
            }
            try set(&target, texts)
        }
    }
}
