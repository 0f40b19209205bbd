import TableroCore

/// Issue 11: the events row nearly every large file is made of, read in one
/// pass from its bytes into the event: the separators found a word at a
/// time field by field, the time read in place, nothing trimmed, no field
/// bounds, column map or row of fields in between. The general reader
/// (`CSVRowLoop` and `EventsDecoder.parse`) took four layers for it, which
/// measured at half of a parallel load's workers.
///
/// A plain row is `2026-09-24T04:01:32Z,C0000001,answer,phone,sales,Priya Romero,`
/// ended by a line end (LF or CRLF): seven fields in the header's own
/// order, a UTC time in the 20-byte RFC 3339 form, an ASCII contact id and
/// an event name with nothing around them, and a `first_contact` that is
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
    /// The hash of the contact id read last (`MetricsStore.contactHash`).
    private(set) var contactHash: UInt64 = 0

    /// Reads the row that starts at `pos` into `event` and returns where the
    /// next line starts; nil when the row is not plain, having interned no
    /// name (so a row rejected by the general reader leaves no trace).
    /// `end` is where the chunk's bytes end.
    @inline(__always)
    mutating func read(_ base: UnsafeMutablePointer<UInt8>, at pos: Int, end: Int, names: inout NameInterner,
                       registry: inout BatchNames, into event: inout ParsedEvent) -> Int? {
        // The time: 20 bytes and a comma.
        guard pos + 21 < end, base[pos + 20] == Byte.comma, let time = utcTime(base + pos) else { return nil }
        // The contact id: ASCII with nothing to trim.
        let idStart = pos + 21
        let idEnd = Self.separator(base, from: idStart, end: end)
        guard idEnd < end, base[idEnd] == Byte.comma, idEnd > idStart, base[idStart] > Byte.space,
              base[idEnd - 1] > Byte.space, Self.isASCII(base + idStart, count: idEnd - idStart) else { return nil }
        // The event's name, with nothing to trim (`kind` reads none).
        let kindEnd = Self.separator(base, from: idEnd + 1, end: end)
        guard kindEnd < end, base[kindEnd] == Byte.comma,
              let kind = EventsDecoder.kind(FieldBytes(start: base + idEnd + 1, count: kindEnd - idEnd - 1)) else { return nil }
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
        let firstContact: Bool?
        switch ValueParser.boolean(FieldBytes(start: base + agentEnd + 1, count: firstEnd - agentEnd - 1)) {
        case .missing: firstContact = nil
        case .value(let b): firstContact = b
        case .invalid: return nil
        }
        // Names last, in the general reader's order: only a row it accepts is interned.
        let channel = names.id(FieldBytes(start: base + kindEnd + 1, count: channelEnd - kindEnd - 1), registry: &registry)
        let queue = names.id(FieldBytes(start: base + channelEnd + 1, count: queueEnd - channelEnd - 1), registry: &registry)
        let agent = names.id(FieldBytes(start: base + queueEnd + 1, count: agentEnd - queueEnd - 1), registry: &registry)
        let id = FieldBytes(start: base + idStart, count: idEnd - idStart)
        contactHash = MetricsStore.contactHash(utf8: id)
        event.time = time
        event.contactID = id.string
        event.kind = kind
        event.firstContact = firstContact
        event.ids = EventNameIDs(queue: queue, channel: channel, agent: agent)
        return lineEnd + 1
    }

    /// `YYYY-MM-DDTHH:MM:SSZ` at `b`, as `ValueParser.timestamp` reads it,
    /// within its range (1970-2099); nil for anything else.
    @inline(__always)
    private mutating func utcTime(_ b: UnsafeMutablePointer<UInt8>) -> Double? {
        guard b[10] == 0x54, b[13] == 0x3A, b[16] == 0x3A, b[19] == 0x5A,
              let hour = Self.twoDigits(b + 11), let minute = Self.twoDigits(b + 14), let second = Self.twoDigits(b + 17),
              hour <= 23, minute <= 59, second <= 60 else { return nil }
        let date = FieldBytes(start: b, count: 10)
        let days: Int
        if let known = dates.days(of: date) {
            days = known
        } else {
            guard b[4] == Byte.minus, b[7] == Byte.minus, let high = Self.twoDigits(b), let low = Self.twoDigits(b + 2),
                  let month = Self.twoDigits(b + 5), let day = Self.twoDigits(b + 8), (1...12).contains(month) else { return nil }
            let year = high * 100 + low
            guard day >= 1, day <= LocalDay.daysIn(year: year, month: month) else { return nil }
            days = Civil.daysFromCivil(year: year, month: month, day: day)
            dates.remember(date, days: days)
        }
        let time = Double(days * 86_400 + hour * 3600 + minute * 60 + min(second, 59))
        guard ValueParser.timestampRange.contains(time) else { return nil }
        return time
    }

    @inline(__always)
    private static func twoDigits(_ b: UnsafeMutablePointer<UInt8>) -> Int? {
        let tens = b[0] &- Byte.zero
        let ones = b[1] &- Byte.zero
        guard tens <= 9, ones <= 9 else { return nil }
        return Int(tens) * 10 + Int(ones)
    }

    /// The first comma or line end at or after `start`, or `end`: a word at
    /// a time, since fields are mostly shorter than one.
    @inline(__always)
    private static func separator(_ base: UnsafeMutablePointer<UInt8>, from start: Int, end: Int) -> Int {
        let raw = UnsafeRawPointer(base)
        var i = start
        while i + 8 <= end {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let hits = ByteWord.equal(w, Byte.comma) | ByteWord.equal(w, Byte.newline)
            if hits != 0 { return i + hits.trailingZeroBitCount >> 3 }
            i += 8
        }
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
