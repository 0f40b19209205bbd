import Foundation
import TableroCore

/// Reads one data file from where it was left and feeds its parser. Bytes of
/// an incomplete last record are kept for the next read (`carry`), so only
/// appended bytes are ever parsed. The bytes are read into a `ReadBuffer`
/// the caller shares between cursors: a cursor holds no buffer of its own.
public struct FileCursor {
    /// Mutable for live tailing: a rotated file keeps its cursor under its new name.
    public internal(set) var file: DataFile
    public let fileID: Int32
    var fullPath: String
    var parser: any FileParser
    /// Bytes of the file consumed so far (parsed, or kept in `carry`).
    public private(set) var offset = 0
    /// An incomplete last record, parsed once the rest of it is read.
    private var carry: [UInt8] = []
    private var checkedForBinary = false
    /// Live tailing only (nil for one-shot loads): the bytes read so far, in
    /// short, so a copy of this file can be recognised (see LiveDirectory).
    var fingerprint: PrefixFingerprint?
    /// Set once the file showed binary data: it is not read again.
    public private(set) var unusable = false
    /// Nothing more will be read from this file: binary data, or a parser
    /// that gave up (a header without its required columns).
    var finished: Bool { unusable || parser.stopped }

    /// Bytes the parser has taken; those from here to `offset` are an
    /// incomplete last record waiting in the buffer.
    var parsedOffset: Int { offset - carry.count }

    /// A held last line counted when it settled, provisionally (issue 13: a
    /// line completed later lost its row and gave two false rejections).
    /// - `rejected`: it was a bad row as it stood; the parser and the bytes
    ///   are kept, and when the line grows the rejection is taken back and
    ///   the completed line is read in its place.
    /// - `accepted`: it counted; when the line grows, the rest of it (up to
    ///   its newline) is the same row's end, never a fragment to reject.
    enum Provisional {
        case rejected(note: String?)
        case accepted
    }
    private(set) var provisional: Provisional?

    static let chunkSize = 1 << 20

    public init(file: DataFile, root: String, store: inout MetricsStore) {
        self.file = file
        fullPath = root + "/" + file.path
        fileID = store.ledger.fileID(path: file.path, kind: file.kind)
        parser = Self.makeParser(file, fileID: fileID)
    }

    /// Live tailing: a cursor on `file` whose parser already stands at
    /// `offset` (0 and a fresh parser for a file read from its start; a
    /// parser carried over from another file with the same first bytes).
    init(file: DataFile, root: String, fileID: Int32, parser: any FileParser, offset: Int) {
        self.file = file
        self.fileID = fileID
        fullPath = root + "/" + file.path
        self.parser = parser
        self.offset = offset
        checkedForBinary = offset > 0
    }

    /// Gives back what it keeps only to go faster or grew past its need: the
    /// parser's caches and the fingerprint's spare capacity. For a file
    /// that stopped growing (`LiveDirectory.read`).
    mutating func shedCaches() {
        // Asked first: a mutating call through the parser's existential on
        // every idle file made a refresh with nothing new 25 % dearer
        // (`bench live`: 0.138-0.144 against 0.112 ms).
        guard parser.holdsCaches else { return }
        parser.shedCaches()
        fingerprint?.shedSpareCapacity()
    }

    /// The file was renamed (a rotation): the same bytes, a new name.
    mutating func rename(to file: DataFile, root: String) {
        self.file = file
        fullPath = root + "/" + file.path
    }

    static func makeParser(_ file: DataFile, fileID: Int32) -> any FileParser {
        switch (file.kind, file.format) {
        case (.queueLog, _): QueueLogFileParser(fileID: fileID)
        case (.events, .jsonl): JSONLFileParser(fileID: fileID, decoder: EventsDecoder())
        case (.contacts, .jsonl): JSONLFileParser(fileID: fileID, decoder: ContactsDecoder())
        case (.surveys, .jsonl): JSONLFileParser(fileID: fileID, decoder: SurveysDecoder())
        case (.costs, .jsonl): JSONLFileParser(fileID: fileID, decoder: CostsDecoder())
        case (.benefits, .jsonl): JSONLFileParser(fileID: fileID, decoder: BenefitsDecoder())
        case (.customers, .jsonl): JSONLFileParser(fileID: fileID, decoder: CustomersDecoder())
        case (.contacts, _): CSVFileParser(fileID: fileID, decoder: ContactsDecoder())
        case (.surveys, _): CSVFileParser(fileID: fileID, decoder: SurveysDecoder())
        case (.costs, _): CSVFileParser(fileID: fileID, decoder: CostsDecoder())
        case (.benefits, _): CSVFileParser(fileID: fileID, decoder: BenefitsDecoder())
        case (.customers, _): CSVFileParser(fileID: fileID, decoder: CustomersDecoder())
        case (.agents, .jsonl): JSONLFileParser(fileID: fileID, decoder: AgentsDecoder())
        case (.agents, _): CSVFileParser(fileID: fileID, decoder: AgentsDecoder())
        case (.quality, .jsonl): JSONLFileParser(fileID: fileID, decoder: QualityDecoder())
        case (.quality, _): CSVFileParser(fileID: fileID, decoder: QualityDecoder())
        default: CSVFileParser(fileID: fileID, decoder: EventsDecoder())
        }
    }

    /// Reads everything available into `buffer` (shared with other cursors;
    /// a fresh one when not given). With `atEnd`, what is there is the whole
    /// file (a last line without its newline counts); otherwise an
    /// incomplete last line waits for more. Stops once `limit` bytes were
    /// read (a read takes at least 4 KiB). A failure is noted in the ledger
    /// and returned. `firstLineOnly`: of the first read, only the bytes up
    /// to its first line end are parsed (a file's header, before its rows
    /// are read in chunks); the rest wait, as an incomplete line does.
    @discardableResult
    public mutating func readAvailable(store: inout MetricsStore, buffer: ReadBuffer = ReadBuffer(), atEnd: Bool,
                                       limit: Int = .max, firstLineOnly: Bool = false) -> CursorRead {
        // At the file's end the rest would be left unparsed for good.
        precondition(!(firstLineOnly && atEnd), "a first line only is read before chunks, not to the end")
        var firstLineOnly = firstLineOnly
        if unusable { return CursorRead() }
        // O_NONBLOCK: a FIFO named like a data file must not block the open
        // until some writer comes (it is reported below instead).
        let fd = open(fullPath, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else {
            let problem = FileStatus.Problem(looking: fullPath, error: errno)
            // Removed since it was listed (a quick rotation): gone, which the
            // next listing says; no "cannot be read" note.
            if problem.vanished { return CursorRead() }
            return failed(.cannotOpen(problem.reason), store: &store)
        }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
            return failed(.notRegular(isDirectory: (info.st_mode & S_IFMT) == S_IFDIR), store: &store)
        }
        // The incomplete record left last time goes first; what is left
        // incomplete this time is kept when done.
        var filled = carry.count
        buffer.reserve(max(filled * 2, Self.chunkSize))
        buffer.bytes.replaceSubrange(0..<filled, with: carry)
        carry = []
        defer {
            carry = Array(buffer.bytes[0..<filled])
            buffer.shrink()
        }
        var total = 0
        while true {
            buffer.reserve(filled + 1)
            // Within `limit` (at least 4 KiB a read, so a budget still moves).
            let want = min(buffer.bytes.count - filled, max(limit - total, 4096))
            let result = buffer.bytes.withUnsafeMutableBytes { raw in
                readFully(fd, into: UnsafeMutableRawBufferPointer(rebasing: raw[filled..<(filled + want)]), at: offset)
            }
            let n: Int
            switch result {
            case .success(let got): n = got
            case .failure(let error): return failed(.readFailed(error.reason), store: &store, bytes: total)
            }
            // A short read is the end of the file (as it is now).
            let eof = n < want
            // The file's bytes, all of them, before any is skipped below.
            if n > 0, fingerprint != nil {
                let start = filled
                let at = offset
                buffer.bytes.withUnsafeBytes { fingerprint?.absorb(UnsafeRawBufferPointer(rebasing: $0[start..<(start + n)]), at: at) }
            }
            // Bytes at the start of this read that end a row counted
            // provisionally: read from the file, never parsed.
            var skip = 0
            if n > 0, let held = provisional {
                // The held line grew: undo or finish its provisional count.
                provisional = nil
                switch held {
                case .rejected(let note):
                    store.ledger.retractRejection(fileID, note: note)
                case .accepted:
                    let newBytes = buffer.bytes[filled..<(filled + n)]
                    if let newline = newBytes.firstIndex(of: 0x0A) {
                        skip = newline + 1 - filled
                    } else {
                        skip = n
                        provisional = .accepted  // still the same row's end
                    }
                    buffer.bytes.withUnsafeMutableBytes { raw in
                        let base = raw.baseAddress!
                        memmove(base + filled, base + filled + skip, n - skip)
                    }
                }
            }
            filled += n - skip
            offset += n
            total += n
            if !checkedForBinary && filled > 0 {
                checkedForBinary = true
                // The file's first 64 KiB decide, however few bytes this
                // first read took (a parallel load's start reads 4 KiB, a
                // dashboard slice what its budget leaves): every read of a
                // file judges it by the same bytes.
                let sample = filled >= ControlBytes.sampleBytes || eof
                    ? buffer.bytes[0..<min(filled, ControlBytes.sampleBytes)]
                    : Self.firstBytes(fd) ?? buffer.bytes[0..<filled]
                if ControlBytes.looksBinary(sample) {
                    unusable = true
                    filled = 0
                    return failed(.binary(kind: file.kind.rawValue), store: &store, bytes: total)
                }
                if ControlBytes.carriageReturnsOnly(sample) {
                    unusable = true
                    filled = 0
                    return failed(.carriageReturnsOnly, store: &store, bytes: total)
                }
            }
            if parser.stopped {
                filled = 0
                if eof { return CursorRead(bytes: total) }
                continue
            }
            var fed = filled
            if firstLineOnly {
                firstLineOnly = false
                if let lineEnd = buffer.bytes[0..<filled].firstIndex(of: 0x0A) { fed = lineEnd + 1 }
            }
            let final = eof && atEnd
            let consumed = buffer.bytes.withUnsafeMutableBufferPointer { all in
                parser.feed(UnsafeMutableBufferPointer(rebasing: all[0..<fed]), final: final, store: &store)
            }
            if consumed > 0 {
                buffer.bytes.withUnsafeMutableBytes { raw in
                    let base = raw.baseAddress!
                    memmove(base, base + consumed, filled - consumed)
                }
                filled -= consumed
            }
            if eof || total >= limit { return CursorRead(bytes: total) }
        }
    }

    /// Counts a held last line that has settled (its file left alone for the
    /// settle time), provisionally (see `Provisional`). A bad row as it
    /// stands keeps its bytes and the parser before it, so the completed
    /// line can take its place; a good one is counted.
    mutating func settleHeldLine(store: inout MetricsStore, buffer: ReadBuffer) {
        guard provisional == nil, offset > parsedOffset else { return }
        let (parserBefore, carryBefore, offsetBefore) = (parser, carry, offset)
        let before = store.ledger.counts(fileID)
        readAvailable(store: &store, buffer: buffer, atEnd: true)
        guard offset == offsetBefore else { return }  // it grew meanwhile: read as usual
        if store.ledger.counts(fileID).rejected > before.rejected {
            let errors = store.ledger.files[Int(fileID)].errors
            provisional = .rejected(note: errors.last)
            parser = parserBefore
            carry = carryBefore
        } else {
            provisional = .accepted
        }
    }

    /// A parallel load (`ParallelRead`) parsed the bytes up to
    /// `newOffset` itself; reading carries on from there.
    mutating func resume(at newOffset: Int) {
        offset = newOffset
        carry = []
    }

    /// A parallel read's bytes of the file, `count` of them from `fileOffset`,
    /// for the fingerprint of a followed file (bytes it holds already are
    /// skipped: a chunk starts again at the incomplete record in `carry`).
    mutating func absorb(_ bytes: UnsafeRawBufferPointer, at fileOffset: Int, count: Int) {
        guard fingerprint != nil, count > 0 else { return }
        fingerprint?.absorb(UnsafeRawBufferPointer(rebasing: bytes[0..<count]), at: fileOffset)
    }

    /// A held last line was counted provisionally: its bytes must be read
    /// the one-pass way, which settles that count.
    var heldLineCounted: Bool { provisional != nil }

    /// The first `ControlBytes.sampleBytes` of the file (fewer in a shorter one).
    private static func firstBytes(_ fd: Int32) -> ArraySlice<UInt8>? {
        guard case .success(let bytes) = readUpTo(fd, limit: ControlBytes.sampleBytes, at: 0), !bytes.isEmpty else { return nil }
        return bytes[...]
    }

    private func failed(_ failure: ReadFailure, store: inout MetricsStore, bytes: Int = 0) -> CursorRead {
        store.ledger.fileError(fileID, failure.note)
        return CursorRead(bytes: bytes, failure: failure)
    }
}
