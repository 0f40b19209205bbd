/// Per-file counts of rows read and rejected, with the first rejections as
/// `path:line: reason` (DATA.md, "Bad input").
public struct FileQuality: Sendable, Equatable {
    public static let errorsKept = 10

    public var path: String
    public var kind: DataKind
    public var rows = 0
    public var rejected = 0
    public var orphans = 0
    public var unclosed = 0
    /// Rows stamped after the clock when they were read (issue 10): named
    /// and not counted; included in `rejected`.
    public var future = 0
    public var errors: [String] = []
    /// The file could not be read at all (permissions, a directory, binary).
    public var unreadable = false
    /// Live: the file was removed (or renamed to a name Tablero does not
    /// read). Its rows stay counted: they are history.
    public var gone = false
    /// The newest time stamped on a row of this file (freshness per kind).
    public var newestRowTime: Double?

    public init(path: String, kind: DataKind) {
        self.path = path
        self.kind = kind
    }

    public mutating func note(_ message: String) {
        if errors.count < Self.errorsKept { errors.append(message) }
    }
}

public struct DataQualityLedger: Sendable, Equatable {
    public private(set) var files: [FileQuality] = []
    private var index: [String: Int32] = [:]

    public init() {}

    /// The id of `path`, registering it the first time it is seen.
    public mutating func fileID(path: String, kind: DataKind) -> Int32 {
        if let id = index[path] { return id }
        let id = Int32(files.count)
        files.append(FileQuality(path: path, kind: kind))
        index[path] = id
        return id
    }

    public func path(of id: Int32) -> String { files[Int(id)].path }

    public mutating func countRow(_ file: Int32) { files[Int(file)].rows += 1 }
    public mutating func countRows(_ file: Int32, _ count: Int) { files[Int(file)].rows += count }

    /// The newest row time noted on `file`, if any.
    public func newestRowTime(of file: Int32) -> Double? {
        let i = Int(file)
        return i >= 0 && i < files.count ? files[i].newestRowTime : nil
    }

    public mutating func noteRowTime(_ file: Int32, _ time: Double) {
        let i = Int(file)
        guard i >= 0 && i < files.count else { return }
        if files[i].newestRowTime.map({ time > $0 }) ?? true { files[i].newestRowTime = time }
    }

    public mutating func reject(_ origin: RowOrigin, _ reason: String) {
        let i = Int(origin.file)
        files[i].rejected += 1
        files[i].note("\(files[i].path):\(origin.line): \(reason)")
    }

    /// A whole file that could not be read or used (no line, or line 1).
    public mutating func fileError(_ file: Int32, _ reason: String, line: Int? = nil) {
        let i = Int(file)
        files[i].unreadable = true
        let at = line.map { ":\($0)" } ?? ""
        files[i].note("\(files[i].path)\(at): \(reason)")
    }

    /// Live: the file went away (`true`) or came back (`false`).
    public mutating func markGone(_ file: Int32, _ gone: Bool = true) { files[Int(file)].gone = gone }

    /// Live: the file can be read again. Clears `unreadable` and the notes
    /// of `fileError` without a line (`path: reason`); row notes stay.
    public mutating func clearFileErrors(_ file: Int32) {
        let i = Int(file)
        guard files[i].unreadable else { return }
        files[i].unreadable = false
        let prefix = files[i].path + ": "
        files[i].errors.removeAll { $0.hasPrefix(prefix) }
    }

    /// Live: a file renamed by a rotation keeps its entry under its new
    /// name; its notes follow (`queue_log:7:` becomes `queue_log.1:7:`, the
    /// same line). A gone entry that had `path` keeps its own.
    public mutating func rename(_ file: Int32, to path: String) {
        let i = Int(file)
        let old = files[i].path
        guard old != path else { return }
        if index[old] == file { index[old] = nil }
        index[path] = file
        files[i].path = path
        files[i].errors = files[i].errors.map { $0.hasPrefix(old + ":") ? path + $0.dropFirst(old.count) : $0 }
    }

    /// Live: a row rejected provisionally (a held last line as it stood)
    /// is read again complete: its rejection and note are taken back.
    public mutating func retractRejection(_ file: Int32, note: String?) {
        let i = Int(file)
        files[i].rows -= 1
        files[i].rejected -= 1
        if let note, let at = files[i].errors.lastIndex(of: note) { files[i].errors.remove(at: at) }
    }

    /// What a file's entry has counted, to hand over to another.
    public struct RowCounts: Sendable, Equatable {
        public var rows = 0
        public var rejected = 0
        public var orphans = 0
    }

    public func counts(_ file: Int32) -> RowCounts {
        let f = files[Int(file)]
        return RowCounts(rows: f.rows, rejected: f.rejected, orphans: f.orphans)
    }

    /// Live: rows read from one file's bytes now live in another file (a
    /// copytruncate copy carrying on): they count there, as a one-shot read
    /// of both files counts them. Rejection notes follow, renamed.
    public mutating func move(_ counts: RowCounts, from: Int32, to: Int32) {
        guard from != to else { return }
        let (a, b) = (Int(from), Int(to))
        files[a].rows -= counts.rows
        files[a].rejected -= counts.rejected
        files[a].orphans -= counts.orphans
        files[b].rows += counts.rows
        files[b].rejected += counts.rejected
        files[b].orphans += counts.orphans
        let prefix = files[a].path + ":"
        let moved = files[a].errors.filter { $0.hasPrefix(prefix) && $0.dropFirst(prefix.count).first?.isNumber == true }
        files[a].errors.removeAll { moved.contains($0) }
        for note in moved { files[b].note(files[b].path + ":" + note.dropFirst(prefix.count)) }
    }

    /// A row stamped after the clock: rejected, and counted as such.
    public mutating func rejectFuture(_ origin: RowOrigin, _ reason: String) {
        reject(origin, reason)
        files[Int(origin.file)].future += 1
    }

    public mutating func countOrphan(_ file: Int32) { files[Int(file)].orphans += 1 }
    /// The arrive of a contact counted as an orphan turned up after all.
    public mutating func uncountOrphan(_ file: Int32) { files[Int(file)].orphans -= 1 }
    public mutating func countUnclosed(_ file: Int32, by n: Int = 1) { files[Int(file)].unclosed += n }

    public var totalRejected: Int { files.reduce(0) { $0 + $1.rejected } }
    public var hasProblems: Bool { files.contains { $0.rejected > 0 || $0.unreadable } }
}

/// Makes text from data files safe to show anywhere: control and escape
/// characters become visible `\u{..}` escapes, and long values are cut.
public enum Sanitize {
    public static func text<S: StringProtocol>(_ raw: S, limit: Int = 60) -> String {
        var out = ""
        var count = 0
        for scalar in raw.unicodeScalars {
            if count >= limit {
                out += "…"
                break
            }
            let v = scalar.value
            if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || v == 0x2028 || v == 0x2029 || invisible(v) {
                out += "\\u{\(String(v, radix: 16))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return out
    }

    /// Bidi controls (an override U+202E reorders the figures after it on a
    /// bidi terminal) and zero-width characters (a name that looks like
    /// another). The zero-width joiner is left alone: emoji sequences need it.
    static func invisible(_ v: UInt32) -> Bool {
        (0x200B...0x200C).contains(v) || (0x200E...0x200F).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2060...0x2064).contains(v) || (0x2066...0x2069).contains(v) || v == 0xFEFF || v == 0x061C
    }

    /// A value quoted for an error message: `'arive'`.
    public static func quoted<S: StringProtocol>(_ raw: S) -> String { "'\(text(raw))'" }
}
