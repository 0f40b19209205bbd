/// The second step of `LiveDirectory.refresh` (list → diff → plan → read):
/// how the files followed compare with a new listing. Pure: no file is
/// opened here (whether a file's bytes were replaced is the plan's question).
struct FollowDiff: Equatable {
    /// What the listing says of a file followed before.
    enum Change: Equatable {
        /// Not listed any more, or listed as another kind, format or type
        /// (a rename to `events.jsonl`, a directory in a file's place).
        case gone
        /// Listed under `file` (its old name or a new one) with `status`.
        case seen(file: DataFile, status: FileStatus)
    }

    struct Followed: Equatable {
        var identity: FileIdentity
        var change: Change
    }

    /// Followed files that went, were renamed, or whose status moved, by
    /// their path before (so rotations are handled in a stable order);
    /// the unchanged are left out. Files listed and not followed are the
    /// plan's to find once these are handled: a file retired here may have
    /// left its inode to a new one (a directory made in its place).
    var changed: [Followed] = []

    init(followed: [FileIdentity: LiveFile], listing: DirectoryListing) {
        var found: [(path: String, followed: Followed)] = []
        for (identity, live) in followed {
            guard let now = listing.entries[identity], now.file.kind == live.file.kind,
                  now.file.format == live.file.format, now.status.type == live.status.type else {
                found.append((live.file.path, Followed(identity: identity, change: .gone)))
                continue
            }
            if now.file != live.file || now.status != live.status {
                found.append((live.file.path, Followed(identity: identity, change: .seen(file: now.file, status: now.status))))
            }
        }
        changed = found.sorted { $0.path < $1.path }.map(\.followed)
    }
}
