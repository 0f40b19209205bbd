/// The time a sweep forgets contacts by (`sweep(now:)`): what "now" is
/// for the rows being read, when a directory holds more than one file of
/// contact events.
///
/// The newest row of every file read so far made a file read after one
/// with later rows look days old (a file per queue or site over the same
/// weeks, or rotated files whose names sort newest first): its waiting
/// contacts were forgotten as unclosed before their answers came. And a
/// contact whose events are split over two files that cover the same weeks
/// (the telephony's arrives and answers in one, the ticketing system's
/// resolves in another) was forgotten before the second file was read.
/// So "now" is the newest row of the file being read, and never after the
/// start of a contact file that a load has still to read: the figures are
/// those of one file holding every row, as long as each file's earliest
/// rows are near its start or its end (`ContactFileStarts` reads both).
/// A file written newest first (an export sorted by time descending) was
/// forgotten by its first, newest row, and contacts whose events lie days
/// apart lost their pairing: while it is read, "now" is never after its
/// earliest row either. On 100,000 contacts, a file per
/// queue gave 83 orphans and 122 unclosed (53 in one file); the events
/// split over three files row by row, 101,063 orphans.
extension MetricsStore {
    /// The time a sweep forgets by.
    var sweepClock: Double { min(sweepNow, laterContactFiles.floor) }

    /// A sweep by `sweepClock`, noting whether it went by a time behind the
    /// newest row read (a file still to come held it back, or the file
    /// being read is older than one read before it).
    mutating func sweepByClock() {
        let now = sweepClock
        if now < newestRowTime ?? -.infinity { sweptBehind = true }
        sweep(now: now)
    }

    /// A load will read `files`, its files of contact events, in this
    /// order, and their rows start where given (the earliest contact of a
    /// read of a file's start and end: `contactTimes`). Until a file's
    /// first row comes, nothing is forgotten as if after its start. `hold`:
    /// the file is written newest first, and while it is read nothing is
    /// forgotten as if after this, its earliest row (which comes last). A
    /// file given again gets these anew.
    public mutating func expectContactRows(in files: [(path: String, start: Double, hold: Double?)]) {
        laterContactFiles.expect(files)
    }

    /// The load is over: no file expected is still to come (one whose rows
    /// never came, all rejected or unreadable, no longer holds the clock
    /// back). A sweep that went by a time behind the newest row forgot less
    /// than one file's reading would have: one sweep now, by the newest
    /// contact row read, catches up, or the contacts held would stay until
    /// the next sweep, which waits for as many events as they are.
    public mutating func endExpectedContactRows() {
        if !laterContactFiles.isEmpty { laterContactFiles = LaterContactFiles() }
        guard sweptBehind else { return }
        sweptBehind = false
        let newest = ledger.files.lazy.filter { $0.kind.holdsContactEvents }.compactMap(\.newestRowTime).max()
        if let newest { sweep(now: newest) }
    }

    /// How many contacts the store remembers (memory follows them).
    public var contactsHeld: Int { contacts.count }

    /// The earliest and latest times among the contacts held, in one pass
    /// (`ContactFileStarts`: a scratch store that read a file's start or
    /// end); nil when none is held.
    public var contactTimes: (earliest: Double, latest: Double)? {
        contacts.values.reduce(nil) { span, c in
            let (first, last) = (c.firstTime, c.lastTime)
            guard !first.isNaN else { return span }
            return (min(first, span?.earliest ?? first), max(last, span?.latest ?? last))
        }
    }

    /// The first row of `file` since another file's: its newest row so far
    /// is "now", and it is no longer a file to come.
    mutating func beginSweepFile(_ file: Int32) {
        sweepFile = file
        sweepNow = ledger.newestRowTime(of: file) ?? -.infinity
        guard !laterContactFiles.isEmpty, file >= 0, Int(file) < ledger.files.count else { return }
        laterContactFiles.begin(ledger.path(of: file))
    }
}
