import TableroCore

extension DataQualityLedger {
    /// A sub-directory that cannot be listed, as an unreadable entry of kind
    /// `directory` (once: a live refresh that finds it again adds nothing).
    mutating func noteDirectoryProblem(_ problem: DataDirectory.Problem) {
        let id = fileID(path: problem.path, kind: .directory)
        guard !files[Int(id)].unreadable else { return }
        fileError(id, problem.reason)
    }

    /// The sub-directory can be listed again: its entry stops counting.
    mutating func clearDirectoryProblem(path: String) {
        guard let entry = files.firstIndex(where: { $0.path == path && $0.kind == .directory }) else { return }
        clearFileErrors(Int32(entry))
    }
}

extension LiveDirectory {
    /// Unlistable sub-directories as findings; one listed again is cleared.
    func noteDirectoryProblems(_ problems: [DataDirectory.Problem], store: inout MetricsStore) {
        for problem in problems { store.ledger.noteDirectoryProblem(problem) }
        let now = Set(problems.map(\.path))
        for entry in store.ledger.files where entry.kind == .directory && entry.unreadable && !now.contains(entry.path) {
            store.ledger.clearDirectoryProblem(path: entry.path)
        }
    }
}
