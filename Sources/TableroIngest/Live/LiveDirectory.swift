import Foundation
import TableroCore

/// Follows a data directory: each file is read from where it was left, and
/// only appended bytes are parsed (DATA.md; DESIGN.md, "The store").
///
/// A file is known by its identity (device, inode), not its name:
/// - renamed (`queue_log` → `queue_log.1`): the same cursor reads on under
///   the new name; its data-quality entry follows it;
/// - removed: its rows stay counted (history), its entry is marked gone;
///   a file created again at that path is read from its start;
/// - its bytes replaced under what was read (truncated, copytruncate,
///   rewritten in place): read again from the start (`restarted`);
/// - a new file holding bytes already read (a copytruncate copy, a file
///   saved again by an editor with rows added) carries on where those bytes
///   ended, with the parser state they left, so nothing counts twice. See
///   `LiveDirectory+Content.swift`.
///
/// The first call reads everything (in slices with `byteBudget`); later
/// calls cost a listing, a `stat` per file and the appended bytes. Call it
/// when `DirectoryWatcher.drain()` says something happened.
///
/// A last line without its newline waits: a writer may be in the middle of
/// it. It counts once its file has not been modified for `settleSeconds`
/// (the outcome's `settleAt` says when): a stream writer ends its lines
/// within milliseconds, while a file saved by hand without a final newline
/// must not lose its last row for good (`tablero report` counts it).
///
/// A class: it owns the one read buffer every file is read into, and the
/// state of every file followed; a copy would share neither sensibly.
public final class LiveDirectory {
    public let root: String
    public let settingsPath: String
    public var settleSeconds: Double
    /// False: a last line without its line end counts at once, whatever
    /// the file's modification time (a replay as of the data's end, whose
    /// as-of may be that line's; a modification time ahead of this clock,
    /// from another machine, would hold it however short the settle time).
    public var holdsLastLines = true
    /// Cores parsing a large events or surveys CSV at once (`ParallelRead`):
    /// the first load of a big file is read on every core; 1 reads in one pass.
    public var workers = DirectoryLoader.defaultThreads
    /// The size of those chunks; tests cut small ones to have many.
    public var chunkBytes = ParallelRead.defaultChunkBytes

    var files: [FileIdentity: LiveFile] = [:]
    /// Most recent last, at most `ghostsKept`.
    var ghosts: [Ghost] = []
    /// Listed paths `stat` fails on (a dangling link), with the reason noted.
    var unreachable: [String: String] = [:]
    /// The settings file as last seen: a change of any of its fingerprint is reported.
    var settings: FileFingerprint?
    var lastContent = 0
    /// New files a sliced refresh left for a later one. They were there
    /// before any of them was read, so, as in one unsliced refresh, they
    /// are read from their start, never matched against files read since
    /// (a copy present from the start counts, as `report` counts it).
    var deferredNew: Set<FileIdentity> = []
    /// Every file is read into this one buffer (a file keeps only its
    /// incomplete last record between reads).
    let buffer = ReadBuffer()

    static let ghostsKept = 64

    /// `settingsPath` defaults to `root/tablero.toml`. Its state now is the
    /// baseline: a later change is reported by `refresh`.
    public init(root: String, settingsPath: String? = nil, settleSeconds: Double = 2) {
        self.root = root
        self.settingsPath = settingsPath ?? root + "/tablero.toml"
        self.settleSeconds = settleSeconds
        settings = FileFingerprint(path: self.settingsPath)
    }

    /// Brings the store up to date with the directory: list → diff → plan →
    /// read. `byteBudget` caps the bytes read by this call (give or take a
    /// 1 MiB chunk; `pending` then says to call again). `now` is the wall
    /// clock (for the settle time of held last lines), given by tests.
    public func refresh(store: inout MetricsStore, byteBudget: Int? = nil, now: Double? = nil) -> RefreshOutcome {
        var outcome = RefreshOutcome()
        let rowsBefore = Self.rows(store)
        // A file turning unreadable changes only the ledger: the
        // data-quality view must still be redrawn.
        let ledgerBefore = store.ledger
        noteSettingsChange(&outcome)
        let listing: DirectoryListing
        do {
            listing = try DirectoryListing(root: root)
        } catch {
            outcome.directoryProblem = "\(error)"
            finish(&outcome, store: store, rowsBefore: rowsBefore)
            return outcome
        }
        noteDirectoryProblems(listing.problems, store: &store)
        let diff = FollowDiff(followed: files, listing: listing)
        // A sliced refresh (the first load) takes new files a batch at a
        // time: opening and comparing thousands of files in one go kept the
        // screen blank, and `q` and signals waiting, for seconds.
        let firstSeen = plan(diff, listing: listing, store: &store, outcome: &outcome,
                             newFileLimit: byteBudget == nil ? nil : Self.newFilesPerSlice)
        // The first load, like `report`'s, forgets no contact that a file
        // still to come may take up, nor, while a file written newest first
        // is read, after its earliest row (`ContactFileStarts`); nor does
        // the read of a file that appears later (an export dropped in).
        // Every file's start is found the first time it is listed, those a
        // sliced load leaves for later too: found a slice at a time, the
        // files not yet looked at held every contact, and a load of more
        // than 500 small files kept nearly all of them until its last slice.
        ContactFileStarts.expect(firstSeen, root: root, store: &store, threads: workers)
        read(order: listing.order, store: &store, budget: byteBudget ?? .max, now: now ?? wallClockNow(), outcome: &outcome)
        if !outcome.pending { store.endExpectedContactRows() }
        finish(&outcome, store: store, rowsBefore: rowsBefore)
        outcome.ledgerChanged = store.ledger != ledgerBefore
        return outcome
    }

    /// New files taken per slice of a load.
    static let newFilesPerSlice = 500

    private func noteSettingsChange(_ outcome: inout RefreshOutcome) {
        let seen = FileFingerprint(path: settingsPath)
        guard seen != settings else { return }
        settings = seen
        outcome.settingsChanged = true
    }

    /// Takes the state out of the table so the cursor has one owner while
    /// it reads (a copy left behind would make its arrays copy on write).
    func take(_ identity: FileIdentity) -> LiveFile.State? {
        guard let state = files[identity]?.state else { return nil }
        files[identity]?.state = .pending
        return state
    }

    func newContent() -> Int {
        lastContent += 1
        return lastContent
    }

    private func finish(_ outcome: inout RefreshOutcome, store: MetricsStore, rowsBefore: Int) {
        for live in files.values {
            guard let cursor = live.cursor, !cursor.finished else { continue }
            outcome.bytesKnown += live.status.size
            outcome.bytesConsumed += min(cursor.offset, live.status.size)
        }
        outcome.rows = Self.rows(store)
        outcome.rowsRead = outcome.rows - rowsBefore
    }

    static func rows(_ store: MetricsStore) -> Int {
        store.ledger.files.reduce(0) { $0 + $1.rows }
    }
}

extension FileKind {
    /// Files of lines per period: read again, they would count twice.
    var isPeriodKind: Bool { self == .costs || self == .benefits || self == .customers }
}
