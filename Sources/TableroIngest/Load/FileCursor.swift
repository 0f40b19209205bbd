import Foundation
import TableroCore

/// Reads one data file from where it was left and feeds its parser. Bytes of
/// an incomplete last record are kept for the next read, so only appended
/// bytes are ever parsed.
public struct FileCursor {
    /// Mutable for live tailing: a rotated file keeps its cursor under its new name.
    public internal(set) var file: DataFile
    public let fileID: Int32
    var fullPath: String
    var parser: any FileParser
    /// Bytes of the file consumed so far (parsed, or kept in `buffer`).
    public private(set) var offset = 0
    private var buffer: [UInt8]
    private var filled = 0
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
    var parsedOffset: Int { offset - filled }

    static let chunkSize = 1 << 20

    public init(file: DataFile, root: String, store: inout MetricsStore) {
        self.file = file
        fullPath = root + "/" + file.path
        fileID = store.ledger.fileID(path: file.path, kind: file.kind)
        parser = Self.makeParser(file, fileID: fileID)
        buffer = [UInt8](repeating: 0, count: Self.chunkSize)
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
        buffer = [UInt8](repeating: 0, count: Self.chunkSize)
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
        default: CSVFileParser(fileID: fileID, decoder: EventsDecoder())
        }
    }

    /// Reads everything available. With `atEnd`, what is there is the whole
    /// file (a last line without its newline counts); otherwise an
    /// incomplete last line waits for more. Stops once `limit` bytes were
    /// read (a read takes at least 4 KiB). Returns the bytes read.
    @discardableResult
    public mutating func readAvailable(store: inout MetricsStore, atEnd: Bool, limit: Int = .max) -> Int {
        if unusable { return 0 }
        // O_NONBLOCK: a FIFO named like a data file must not block the open
        // until some writer comes (it is reported below instead).
        let fd = open(fullPath, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else {
            store.ledger.fileError(fileID, "cannot be read: \(String(cString: strerror(errno)))")
            return 0
        }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
            let isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
            store.ledger.fileError(fileID, isDirectory ? "is a directory, not a file" : "is not a regular file")
            return 0
        }
        var total = 0
        while true {
            if filled == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
            // Within `limit` (at least 4 KiB a read, so a budget still moves).
            let want = min(buffer.count - filled, max(limit - total, 4096))
            let n = buffer.withUnsafeMutableBytes { raw in
                pread(fd, raw.baseAddress! + filled, want, off_t(offset))
            }
            if n < 0 {
                if errno == EINTR { continue }
                store.ledger.fileError(fileID, "read failed: \(String(cString: strerror(errno)))")
                return total
            }
            let eof = n == 0
            filled += n
            offset += n
            total += n
            if n > 0, fingerprint != nil {
                let end = filled
                buffer.withUnsafeBytes { fingerprint!.absorb(UnsafeRawBufferPointer(rebasing: $0[(end - n)..<end])) }
            }
            if !checkedForBinary && filled > 0 {
                checkedForBinary = true
                if buffer[0..<min(filled, 65_536)].contains(0) {
                    store.ledger.fileError(fileID, "binary data (NUL bytes), not \(file.kind.rawValue) data")
                    unusable = true
                    filled = 0
                    return total
                }
            }
            if parser.stopped {
                filled = 0
                if eof { return total }
                continue
            }
            let final = eof && atEnd
            let consumed = buffer.withUnsafeMutableBufferPointer { all in
                parser.feed(UnsafeMutableBufferPointer(rebasing: all[0..<filled]), final: final, store: &store)
            }
            if consumed > 0 {
                buffer.withUnsafeMutableBytes { raw in
                    let base = raw.baseAddress!
                    memmove(base, base + consumed, filled - consumed)
                }
                filled -= consumed
                // Give back memory a huge record needed once it is gone.
                if buffer.count > Self.chunkSize * 2 && filled < Self.chunkSize {
                    buffer = Array(buffer[0..<Self.chunkSize])
                }
            }
            if eof || total >= limit { return total }
        }
    }
}
