import Foundation
import TableroCore

/// Where the rows of each file of contact events start in time, told to
/// the store before a load (`MetricsStore.expectContactRows`), so that
/// reading one file forgets none of its contacts that a file read after it
/// may still take up. The start and the end of each file are read into
/// scratch stores, and its earliest contact there is where it starts; when
/// every contact in its end is over an hour before any in its start, the
/// file is written newest first, and holds the clock back while it is read
/// (one stray old row at the end of a file in time order is not enough).
enum ContactFileStarts {
    /// How much of a file's start and end is read: some hundred rows, so
    /// one out of order does not decide alone; and on to `longestHead`
    /// when no good row is in the start (a long header). 64 KiB at once
    /// took 0.4 ms a file of 160 KB, some ten times the rest of a small
    /// file's cost.
    static let headBytes = 8 << 10
    static let longestHead = 64 << 10
    /// Earlier than the start's rows by more than this, all the end's rows
    /// mean a file written newest first.
    static let newestFirstMargin = 3600.0

    /// Tells `store` where each of `files` (in read order) that holds
    /// contact events starts; the files are looked at on `threads` at once.
    static func expect(_ files: [DataFile], root: String, store: inout MetricsStore, threads: Int = 1) {
        let files = files.filter { $0.kind.holdsContactEvents }
        guard !files.isEmpty else { return }
        let spans = spans(of: files, root: root, settings: store.settings, clock: store.clock, threads: threads)
        store.expectContactRows(in: zip(files, spans).map { ($0.path, $1.start, $1.hold) })
    }

    /// Each file's `span`, the files dealt out over `threads`: each file
    /// is read into scratch stores of its own, so they are independent. On
    /// one thread, 1,200 files of 160 KB spent a sixth of their load here,
    /// with the other core idle (issue 11).
    static func spans(of files: [DataFile], root: String, settings: Settings, clock: ZoneClock,
                      threads: Int) -> [(start: Double, hold: Double?)] {
        // A thread for every 8 files at least: a few files are not worth one.
        let threads = max(1, min(threads, files.count / 8))
        let found = Found()
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            // One buffer for each thread's files, not a fresh 1 MiB zeroed
            // for each: the starts of 2,000 small files took 80 ms, 50 with one.
            let buffer = ReadBuffer()
            let mine = stride(from: thread, to: files.count, by: threads).map { index in
                (index, span(files[index], root: root, settings: settings, clock: clock, buffer: buffer))
            }
            found.add(mine)
        }
        return found.inOrder(count: files.count)
    }

    /// The spans found by each thread, gathered under a lock.
    private final class Found: @unchecked Sendable {
        private let lock = NSLock()
        private var spans: [(index: Int, span: (start: Double, hold: Double?))] = []

        func add(_ more: [(Int, (start: Double, hold: Double?))]) {
            lock.lock()
            defer { lock.unlock() }
            spans += more.map { (index: $0.0, span: $0.1) }
        }

        func inOrder(count: Int) -> [(start: Double, hold: Double?)] {
            lock.lock()
            defer { lock.unlock() }
            return spans.sorted { $0.index < $1.index }.map(\.span)
        }
    }

    /// The earliest contact event among the rows of `file`'s start and
    /// end (infinity when none is good there: an unreadable file, or one of
    /// bad rows, holds nothing back), and that time again when it is in
    /// the end, the file being written newest first.
    /// Only the contacts are asked for: an events file's tallies (days,
    /// queues, histograms, agents) are dropped (`keepingTallies` false).
    /// They were a third of this cost: `report` on 1,200 files of 160 KB
    /// took 0.55-0.58 s against 0.60-0.62 s, and the dashboard's first
    /// frame 696-742 ms against 786-949 ms (issue 11).
    static func span(_ file: DataFile, root: String, settings: Settings, clock: ZoneClock,
                     buffer: ReadBuffer = ReadBuffer(), keepingTallies: Bool = false) -> (start: Double, hold: Double?) {
        let dropsTallies = file.kind == .events && !keepingTallies
        var start = MetricsStore(settings: settings, clock: clock)
        if dropsTallies { start.dropTallies() }
        var cursor = FileCursor(file: file, root: root, store: &start)
        var read = cursor.readAvailable(store: &start, buffer: buffer, atEnd: false, limit: headBytes).bytes
        if start.contactTimes == nil, read >= headBytes {
            read += cursor.readAvailable(store: &start, buffer: buffer, atEnd: false, limit: longestHead - read).bytes
        }
        var end = MetricsStore(settings: settings, clock: clock)
        if dropsTallies { end.dropTallies() }
        if !cursor.finished { readEnd(of: file, at: cursor.fullPath, after: read, into: &end) }
        let (head, tail) = (start.contactTimes, end.contactTimes)
        guard let earliest = [head?.earliest, tail?.earliest].compactMap({ $0 }).min() else { return (.infinity, nil) }
        let newestFirst = (tail?.latest ?? .infinity) < (head?.earliest ?? .infinity) - newestFirstMargin
        return (earliest, newestFirst ? earliest : nil)
    }

    /// The rows of the last `headBytes` of the file, from the first line
    /// end there (a row cut in two is not read, nor one the start's read
    /// holds unparsed) to the last (a line still being written is not read
    /// either: its cut time could be any), parsed by a parser of their own
    /// into a store of their own, after the file's header for a CSV file.
    /// (The start's parser knows the header already, but it also holds the
    /// start store's name ids: fed into this store, it crashed on them.)
    private static func readEnd(of file: DataFile, at path: String, after start: Int, into scratch: inout MetricsStore) {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return }
        let size = Int(info.st_size)
        guard size > start else { return }
        let from = max(start, size - headBytes)
        guard case .success(var bytes) = readUpTo(fd, limit: size - from, at: from),
              let lineEnd = bytes.firstIndex(of: 0x0A) else { return }
        bytes.removeSubrange(...lineEnd)
        if file.format == .csv {
            guard case .success(let head) = readUpTo(fd, limit: min(start, longestHead), at: 0),
                  let headerEnd = head.firstIndex(of: 0x0A) else { return }
            bytes.insert(contentsOf: head[...headerEnd], at: 0)
        }
        var parser = FileCursor.makeParser(file, fileID: scratch.ledger.fileID(path: file.path, kind: file.kind))
        bytes.withUnsafeMutableBufferPointer { _ = parser.feed($0, final: false, store: &scratch) }
    }
}
