import TableroCore

/// When the rows of each file of contact events start, told to the store
/// before a load (`MetricsStore.expectContactRows`), so that reading one
/// file forgets none of its contacts that a file read after it may still
/// take up: every such file after the first is read to 64 KiB into a
/// scratch store, and its earliest contact there is its start.
enum ContactFileStarts {
    /// How much of a file's start is read: some hundreds of rows, so one
    /// out of order at the top does not decide alone.
    static let headBytes = 64 << 10

    /// Tells `store` where each of `files` that holds contact events,
    /// after the first of them in read order, starts.
    static func expect(_ files: [DataFile], root: String, store: inout MetricsStore) {
        for file in files.filter({ $0.kind.holdsContactEvents }).dropFirst() {
            guard let start = earliestTime(file, root: root, settings: store.settings, clock: store.clock) else { continue }
            store.expectContactRows(inFile: file.path, from: start)
        }
    }

    /// The earliest contact event among the rows of `file`'s start; nil
    /// when none is good (the file counts as starting nowhere).
    static func earliestTime(_ file: DataFile, root: String, settings: Settings, clock: ZoneClock) -> Double? {
        var scratch = MetricsStore(settings: settings, clock: clock)
        var cursor = FileCursor(file: file, root: root, store: &scratch)
        cursor.readAvailable(store: &scratch, atEnd: false, limit: headBytes)
        return scratch.earliestContactTime
    }
}
