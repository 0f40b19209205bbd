/// What one `LiveDirectory.refresh` did, for the dashboard loop.
public struct RefreshOutcome: Sendable, Equatable {
    public struct Rename: Sendable, Equatable {
        public var from: String
        public var to: String
    }

    /// A file this call could not read, and why (also noted in the
    /// data-quality ledger).
    public struct Failure: Sendable, Equatable {
        public var path: String
        public var failure: ReadFailure
    }

    /// Bytes read by this call.
    public var bytesRead = 0
    /// The byte budget ran out with bytes left to read: call again (the
    /// first load of a large directory takes several calls).
    public var pending = false
    /// Bytes read of the files followed, and their sizes: the progress of a
    /// first load is `bytesConsumed / bytesKnown`.
    public var bytesConsumed = 0
    public var bytesKnown = 0
    /// Rows read so far over all files (the data-quality ledger's rows),
    /// and by this call.
    public var rows = 0
    public var rowsRead = 0

    /// The settings file changed (created, removed, or another inode, size
    /// or modification time): the caller decides whether to reload.
    public var settingsChanged = false
    /// New files (paths), read from their start or, for a copy of bytes
    /// already read, from where those ended.
    public var added: [String] = []
    /// Files removed, or renamed to names Tablero does not read. Their rows
    /// stay counted.
    public var gone: [String] = []
    /// Files renamed (rotation); they are read on under the new name.
    public var renamed: [Rename] = []
    /// Files whose bytes were replaced under what had been read (truncated,
    /// `copytruncate`, rewritten in place): read again from the start,
    /// unless the new bytes begin with the old ones.
    public var restarted: [String] = []
    /// A costs, benefits or customers file was removed, restarted or
    /// replaced after lines of it were counted. Those lines stay in the
    /// store, so an edited file would count twice: a full reload is what a
    /// user who edited the file expects.
    public var reloadAdvised = false
    /// The data directory could not be listed (removed, no permission).
    /// Nothing else changed; what was read stays.
    public var directoryProblem: String?
    /// Wall-clock time at which a held last line (one without its newline)
    /// will count if its file does not change before: refresh then.
    public var settleAt: Double?

    /// Files that could not be opened, looked up or read by this call
    /// (no permission, a dangling link, binary data, a directory named like
    /// a data file). A file failing again unchanged is not tried, so not
    /// listed again.
    public var readFailures: [Failure] = []

    /// The data-quality ledger changed (a file became unreadable, gone or
    /// readable again) even where no row was read.
    public var ledgerChanged = false

    public init() {}

    /// Whether the store or the file list changed (a redraw is due).
    public var changed: Bool {
        bytesRead > 0 || rowsRead > 0 || settingsChanged || !added.isEmpty || !gone.isEmpty || !renamed.isEmpty
            || !restarted.isEmpty || directoryProblem != nil || ledgerChanged
    }
}
