import TableroCore
/// One file `LiveDirectory` follows, keyed by its identity.
struct LiveFile {
    enum State {
        /// Read from the cursor as it grows.
        case reading(FileCursor)
        /// So far the same bytes as the start of a file already read: a copy
        /// being written, or an empty file. Compared again when it changes;
        /// read once it differs (from its start) or holds all of those bytes
        /// (from where they end).
        case pending
        /// A copy of a file still being read (the one whose content is
        /// `leader`): its bytes are counted there. When the leader's bytes
        /// are truncated or it goes, this file carries on from where the
        /// leader had read (logrotate's `copytruncate`).
        case follower(leader: Int)
        /// A directory, FIFO or device named like a data file: reported once.
        case unusable
    }

    var file: DataFile
    var fileID: Int32
    var state: State
    /// Names this file's present content: a new number whenever its bytes
    /// are replaced (a followers' leader and a ghost are found by it).
    var content: Int
    /// `stat` at the last refresh.
    var status: FileStatus
    /// The status when opening the file last failed (no permission): it is
    /// tried again only once the status changes (chmod moves the ctime).
    var failedAt: FileStatus?

    var cursor: FileCursor? {
        if case .reading(let c) = state { return c }
        return nil
    }
}

/// What was read of a file whose bytes are gone (truncated, removed, or
/// rewritten): enough for a copy of those bytes to carry on where reading
/// stopped, with the same parser state (CSV header, line numbers), so
/// nothing is counted twice.
struct Ghost {
    var content: Int
    /// The data-quality entry its rows were counted to, and how many: a
    /// file that carries on its bytes takes them over, as a one-shot read
    /// would count them there.
    var fileID: Int32
    var counted: DataQualityLedger.RowCounts
    var kind: FileKind
    var format: FileKind.Format
    var parser: any FileParser
    var parsedOffset: Int
    var fingerprint: PrefixFingerprint
}
