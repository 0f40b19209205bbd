import TableroCore

/// Issue 11: the events row nearly every large file is made of, read in one
/// pass from its bytes into the event: the separators found a word at a
/// time field by field, nothing trimmed, no field bounds, column map or row
/// of fields in between. The values go through the general reader's own
/// parsers (time, event name, boolean, names), so they cannot differ. The general reader
/// (`CSVRowLoop` and `EventsDecoder.parse`) took four layers for it, which
/// measured at half of a parallel load's workers.
///
/// A plain row is `2026-09-24T04:01:32Z,C0000001,answer,phone,sales,Priya Romero,`
/// ended by a line end (LF or CRLF): seven fields in the header's own
/// order, a UTC time in the 20-byte RFC 3339 form (`…Z`), an ASCII contact
/// id the key holds (`ContactKey.longestHeld` bytes at most) and an event
/// name with nothing around them, and a `first_contact` that is
/// empty or a boolean. Any other row is not read here (`read` says nil and
/// changes nothing the general reader sees), so that reader takes it, with
/// its messages: what a plain row gives is what `EventsDecoder.parse` gives
/// (`PlainEventRowTests`). Only for chunks without quotes or control bytes.
struct PlainEventRow {
    /// The header's columns are the events columns in their own order:
    /// plain rows can be read by position.
    static func applies(to columnMap: [Int]) -> Bool {
        columnMap == Array(0..<EventsDecoder.columns.count)
    }

    /// The last date read (its ten bytes) and its day number.
    private var dates = DateMemo()
    private let clock: ZoneClock
    /// The key and hash of the contact id read last: no String is made for it.
    private(set) var contactKey = ContactKey.long
    private(set) var contactHash: UInt64 = 0

    init(clock: ZoneClock) {
        self.clock = clock
    }

    /// Reads the row that starts at `pos` into `event` (its contact id into
    /// `contactKey` and `contactHash`, not `event`) and returns where the
    /// next line starts; nil when the row is not plain, having interned no
    /// name (so a row rejected by the general reader leaves no trace).
    /// `end` is where the chunk's bytes end.
    @inline(__always)
    mutating func read(_ base: UnsafeMutablePointer<UInt8>, at pos: Int, end: Int, names: inout NameInterner,
                       registry: inout BatchNames, into event: inout ParsedEvent) -> Int? {
        // The time: 20 bytes ending in `Z`, and a comma; read as the general
        // reader reads it (`ValueParser.timestamp`), or the row is not plain.
        guard pos + 21 < end, base[pos + 20] == Byte.comma, base[pos + 19] == 0x5A,
              let time = ValueParser.timestamp(FieldBytes(start: base + pos, count: 20), clock: clock, dates: &dates)
        else { return nil }
        // The contact id: ASCII with nothing to trim, short enough for its key.
        let idStart = pos + 21
        let idEnd = Self.separator(base, from: idStart, end: end)
        guard idEnd < end, base[idEnd] == Byte.comma, idEnd > idStart, idEnd - idStart <= ContactKey.longestHeld,
              base[idStart] > Byte.space, base[idEnd - 1] > Byte.space, Self.isASCII(base + idStart, count: idEnd - idStart)
        else { return nil }
        // The event's name, with nothing to trim (`kind` reads none).
        let kindEnd = Self.separator(base, from: idEnd + 1, end: end)
        guard kindEnd < end, base[kindEnd] == Byte.comma else { return nil }
        let kindBytes = FieldBytes(start: base + idEnd + 1, count: kindEnd - idEnd - 1)
        guard let kind = (idEnd + 9 <= end ? Self.lowercaseKind(base + idEnd + 1, count: kindBytes.count) : nil)
            ?? EventsDecoder.kind(kindBytes) else { return nil }
        let channelEnd = Self.separator(base, from: kindEnd + 1, end: end)
        guard channelEnd < end, base[channelEnd] == Byte.comma else { return nil }
        let queueEnd = Self.separator(base, from: channelEnd + 1, end: end)
        guard queueEnd < end, base[queueEnd] == Byte.comma else { return nil }
        let agentEnd = Self.separator(base, from: queueEnd + 1, end: end)
        guard agentEnd < end, base[agentEnd] == Byte.comma else { return nil }
        // The last field ends the line; its CR is no part of it (`stripCarriageReturn`).
        let lineEnd = Self.separator(base, from: agentEnd + 1, end: end)
        guard lineEnd < end, base[lineEnd] == Byte.newline else { return nil }
        var firstEnd = lineEnd
        if firstEnd > agentEnd + 1, base[firstEnd - 1] == Byte.cr { firstEnd -= 1 }
        // Empty on most rows (all but resolves): no call to read it.
        var firstContact: Bool?
        if firstEnd > agentEnd + 1 {
            switch ValueParser.boolean(FieldBytes(start: base + agentEnd + 1, count: firstEnd - agentEnd - 1)) {
            case .missing: firstContact = nil
            case .value(let b): firstContact = b
            case .invalid: return nil
            }
        }
        // Names last, in the general reader's order: only a row it accepts is interned.
        let channel = names.id(FieldBytes(start: base + kindEnd + 1, count: channelEnd - kindEnd - 1), registry: &registry)
        let queue = names.id(FieldBytes(start: base + channelEnd + 1, count: queueEnd - channelEnd - 1), registry: &registry)
        let agent = names.id(FieldBytes(start: base + queueEnd + 1, count: agentEnd - queueEnd - 1), registry: &registry)
        let id = FieldBytes(start: base + idStart, count: idEnd - idStart)
        // Two loads when 16 bytes are there to read (nearly always: more fields follow).
        contactKey = idStart + 16 <= end ? ContactKey(loading: base + idStart, count: id.count) : ContactKey(utf8: id)
        contactHash = contactKey.hash(utf8: id)
        event.time = time
        event.kind = kind
        event.firstContact = firstContact
        event.ids = EventNameIDs(queue: queue, channel: channel, agent: agent)
        return lineEnd + 1
    }

    /// The event a name spelled in lowercase (as written nearly always)
    /// names, from one 8-byte load of `start` (8 bytes must be readable);
    /// nil for any other spelling, which `EventsDecoder.kind` then reads
    /// (a call per row that measured at a fifteenth of the workers).
    @inline(__always)
    static func lowercaseKind(_ start: UnsafeMutablePointer<UInt8>, count: Int) -> ContactEventKind? {
        let word = UInt64(littleEndian: UnsafeRawPointer(start).loadUnaligned(as: UInt64.self))
        switch count {
        case 6:
            switch word & 0xFFFF_FFFF_FFFF {
            case 0x6576_6972_7261: return .arrive   // "arrive", first byte lowest
            case 0x7265_7773_6E61: return .answer
            default: return nil
            }
        case 7:
            switch word & 0xFF_FFFF_FFFF_FFFF {
            case 0x6E_6F64_6E61_6261: return .abandon
            case 0x65_766C_6F73_6572: return .resolve
            default: return nil
            }
        default: return nil
        }
    }

    /// The first comma or line end at or after `start`, or `end`: the
    /// scanner's word-at-a-time search, then byte by byte past its last word.
    @inline(__always)
    private static func separator(_ base: UnsafeMutablePointer<UInt8>, from start: Int, end: Int) -> Int {
        var i = CSVScanner.skipToSeparator(base, from: start, end: end)
        while i < end, base[i] != Byte.comma, base[i] != Byte.newline { i += 1 }
        return i
    }

    @inline(__always)
    private static func isASCII(_ bytes: UnsafeMutablePointer<UInt8>, count: Int) -> Bool {
        let raw = UnsafeRawPointer(bytes)
        var high: UInt64 = 0
        var i = 0
        while i + 8 <= count {
            high |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            i += 8
        }
        while i < count {
            high |= UInt64(bytes[i])
            i += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }
}
