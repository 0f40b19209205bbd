import TableroCore

/// When the rows of each file of contact events start, told to the store
/// before a load (`MetricsStore.expectContactRows`), so that reading one
/// file forgets none of its contacts that a file read after it may still
/// take up: the start of each such file after the first is read into a
/// scratch store, and its earliest contact there is where it starts.
enum ContactFileStarts {
    /// How much of a file's start is read: some hundred rows, so one out
    /// of order at the top does not decide alone; and on to `longestHead`
    /// when no good row is there (a long header). 64 KiB at once took
    /// 130-375 µs a file of 16-160 KB, some ten times the rest of a small
    /// file's cost.
    static let headBytes = 8 << 10
    static let longestHead = 64 << 10

    /// The files of `files` (in read order) that hold contact events, after the first of them.
    static func later(_ files: [DataFile]) -> [DataFile] {
        Array(files.filter { $0.kind.holdsContactEvents }.dropFirst())
    }

    /// Tells `store` where each of `files` starts.
    static func expect(_ files: [DataFile], root: String, store: inout MetricsStore) {
        guard !files.isEmpty else { return }
        // One buffer for every file, not a fresh 1 MiB zeroed for each:
        // the starts of 2,000 small files took 80 ms, now 50 (report on
        // the directory: 0.15-0.16 s against 0.10-0.11 s without them).
        let buffer = ReadBuffer()
        store.expectContactRows(in: files.map {
            ($0.path, earliestTime($0, root: root, settings: store.settings, clock: store.clock, buffer: buffer))
        })
    }

    /// The earliest contact event among the rows of `file`'s start;
    /// infinity when none is good there (an unreadable file, or a start of
    /// bad rows, holds nothing back).
    static func earliestTime(_ file: DataFile, root: String, settings: Settings, clock: ZoneClock,
                             buffer: ReadBuffer = ReadBuffer()) -> Double {
        var scratch = MetricsStore(settings: settings, clock: clock)
        var cursor = FileCursor(file: file, root: root, store: &scratch)
        let read = cursor.readAvailable(store: &scratch, buffer: buffer, atEnd: false, limit: headBytes)
        if let earliest = scratch.earliestContactTime { return earliest }
        guard read.bytes >= headBytes else { return .infinity }
        cursor.readAvailable(store: &scratch, buffer: buffer, atEnd: false, limit: longestHead - read.bytes)
        return scratch.earliestContactTime ?? .infinity
    }
}
