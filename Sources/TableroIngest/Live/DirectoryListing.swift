/// The first step of `LiveDirectory.refresh` (list → diff → plan → read):
/// the data files there now, each with its `stat`, by identity.
struct DirectoryListing {
    struct Entry: Equatable {
        var file: DataFile
        var status: FileStatus
    }

    /// Two names of one file (a hard link) are one entry: the first name's.
    var entries: [FileIdentity: Entry] = [:]
    /// The identities in read order (the listing's path order).
    var order: [FileIdentity] = []
    /// Listed paths `stat` fails on (a dangling link), with the reason.
    var unreachable: [String: (file: DataFile, reason: String)] = [:]
    /// Sub-directories that could not be listed.
    var problems: [DataDirectory.Problem] = []

    /// Lists `root` and looks up each file; throws when it cannot be listed.
    init(root: String) throws {
        var problems: [DataDirectory.Problem] = []
        let files = try DataDirectory.list(root, problems: &problems)
        self.init(files.map { ($0, FileStatus.of(root + "/" + $0.path)) })
        self.problems = problems
    }

    /// From files already looked up (in read order).
    init(_ looked: [(file: DataFile, status: Result<FileStatus, FileStatus.Problem>)]) {
        for (file, status) in looked {
            switch status {
            case .success(let status):
                guard entries[status.identity] == nil else { continue }
                entries[status.identity] = Entry(file: file, status: status)
                order.append(status.identity)
            case .failure(let problem):
                // Gone since the listing: not listed at all.
                if problem.vanished { continue }
                unreachable[file.path] = (file, problem.reason)
            }
        }
    }
}
