/// What one `FileCursor.readAvailable` did: the bytes read, and why the
/// file could not be read, when it could not. The failure is also noted in
/// the data-quality ledger (for `report` and the view); callers decide on
/// the value, not on the ledger.
public struct CursorRead: Equatable, Sendable {
    public var bytes = 0
    public var failure: ReadFailure?
}

/// Why a data file could not be read (or not any more).
public enum ReadFailure: Equatable, Sendable {
    /// `open` failed (no permission, removed meanwhile): the reason.
    case cannotOpen(String)
    /// A directory, FIFO or device named like a data file.
    case notRegular(isDirectory: Bool)
    /// `read` failed part way: the reason.
    case readFailed(String)
    /// Mostly control bytes at its start: never read again.
    case binary(kind: String)
    /// Lines end in a lone CR (classic Mac OS): no line would ever end, so
    /// the file is named instead of giving 0 rows and no finding.
    case carriageReturnsOnly

    /// The ledger's note, without the path.
    public var note: String {
        switch self {
        case .cannotOpen(let reason): "cannot be read: \(reason)"
        case .notRegular(let isDirectory): isDirectory ? "is a directory, not a file" : "is not a regular file"
        case .readFailed(let reason): "read failed: \(reason)"
        case .binary(let kind): "binary data (NUL bytes), not \(kind) data"
        case .carriageReturnsOnly: "lines end in CR only (classic Mac OS); save it with LF or CRLF line ends"
        }
    }
}
