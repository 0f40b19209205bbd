import TableroCore

/// Parsers for the value forms of DATA.md, straight from bytes: they run on
/// every row of large files, so they neither allocate nor call Foundation.
enum ValueParser {
    /// RFC 3339, local `YYYY-MM-DD HH:MM:SS` (or with `T`) in the clock's
    /// zone, or epoch seconds (integer or decimal).
    static func timestamp(_ raw: FieldBytes, clock: ZoneClock) -> Double? {
        var memo = DateMemo()
        return timestamp(raw, clock: clock, dates: &memo)
    }

    /// The same, remembering the last date read (`dates`): rows of a large
    /// file mostly share their date, which is then not parsed again.
    static func timestamp(_ raw: FieldBytes, clock: ZoneClock, dates: inout DateMemo) -> Double? {
        guard let t = anyTimestamp(raw, clock: clock, dates: &dates), Self.timestampRange.contains(t) else { return nil }
        return t
    }

    /// DATA.md: a time before 1970-01-01 or from 2100-01-01 on (UTC) is a bad
    /// row. One stray year-0001 row must not make a 740,000-day trend.
    static let timestampRange = 0.0..<4_102_444_800

    /// Why a field is not a usable time: `bad timestamp in NAME: 'X'`, or
    /// that it lies outside 1970..2099.
    static func timestampProblem(_ raw: FieldBytes, name: String, clock: ZoneClock) -> String {
        let text = Sanitize.quoted(raw.trimmed().string)
        var memo = DateMemo()
        if anyTimestamp(raw, clock: clock, dates: &memo) != nil { return "timestamp in \(name) \(text) is before 1970 or from 2100 on" }
        return "bad timestamp in \(name): \(text)"
    }

    /// Any time the forms can spell (years 0000-9999), before the range check.
    private static func anyTimestamp(_ raw: FieldBytes, clock: ZoneClock, dates: inout DateMemo) -> Double? {
        let b = raw.trimmed()
        let n = b.count
        guard n > 0 else { return nil }
        // Dates first: they are the common case, and `decimal` would parse
        // their year before failing.
        guard n >= 19, b[4] == Byte.minus else {
            // Epoch seconds, within the years 0000-9999 the date forms can
            // spell: a longer number is no time, and would trap as a day.
            guard let epoch = decimal(b), epoch >= -62_167_219_200, epoch < 253_402_300_800 else { return nil }
            return epoch
        }
        let days: Int
        if let known = dates.days(of: b) {
            days = known
        } else {
            guard let year = digits(b, 0, 4), b[4] == Byte.minus, let month = digits(b, 5, 2), b[7] == Byte.minus,
                  let day = digits(b, 8, 2), (1...12).contains(month), day >= 1, day <= LocalDay.daysIn(year: year, month: month)
            else { return nil }
            days = Civil.daysFromCivil(year: year, month: month, day: day)
            dates.remember(b, days: days)
        }
        guard b[10] == 0x54 || b[10] == 0x74 || b[10] == Byte.space,
              let hour = digits(b, 11, 2), b[13] == 0x3A, let minute = digits(b, 14, 2), b[16] == 0x3A,
              let second = digits(b, 17, 2), hour <= 23, minute <= 59, second <= 60
        else { return nil }
        var i = 19
        var fraction = 0.0
        if i < n, b[i] == Byte.dot {
            i += 1
            var scale = 0.1
            let digitsStart = i
            while i < n, Byte.isDigit(b[i]) {
                fraction += Double(b[i] - Byte.zero) * scale
                scale /= 10
                i += 1
            }
            if i == digitsStart { return nil }
        }
        let naive = Double(days * 86_400
            + hour * 3600 + minute * 60 + min(second, 59)) + fraction
        if i == n { return clock.instant(ofLocal: naive) }
        if n - i == 1, b[i] == 0x5A || b[i] == 0x7A { return naive }
        guard b[i] == Byte.plus || b[i] == Byte.minus else { return nil }
        let sign = b[i] == Byte.minus ? -1 : 1
        let oh: Int?
        let om: Int?
        if n - i == 6, b[i + 3] == 0x3A {
            oh = digits(b, i + 1, 2)
            om = digits(b, i + 4, 2)
        } else if n - i == 5 {
            oh = digits(b, i + 1, 2)
            om = digits(b, i + 3, 2)
        } else if n - i == 3 {
            oh = digits(b, i + 1, 2)
            om = 0
        } else {
            return nil
        }
        guard let oh, let om, oh <= 23, om <= 59 else { return nil }
        return naive - Double(sign * (oh * 3600 + om * 60))
    }

    /// `count` ASCII digits at `at` as an integer.
    @inline(__always)
    static func digits(_ b: FieldBytes, _ at: Int, _ count: Int) -> Int? {
        guard at + count <= b.count else { return nil }
        var v = 0
        for k in at..<(at + count) {
            let c = b[k]
            guard Byte.isDigit(c) else { return nil }
            v = v * 10 + Int(c - Byte.zero)
        }
        return v
    }

    /// A plain decimal number: optional `-`, digits, optional `.digits`.
    /// No exponent, NaN, Infinity, grouping or currency (DATA.md).
    static func decimal(_ raw: FieldBytes) -> Double? {
        let b = raw.trimmed()
        let n = b.count
        guard n > 0 else { return nil }
        var i = 0
        var negative = false
        if b[0] == Byte.minus || b[0] == Byte.plus {
            negative = b[0] == Byte.minus
            i = 1
        }
        var whole: Double = 0
        var sawDigit = false
        while i < n, Byte.isDigit(b[i]) {
            whole = whole * 10 + Double(b[i] - Byte.zero)
            sawDigit = true
            i += 1
        }
        var value = whole
        if i < n, b[i] == Byte.dot {
            i += 1
            var fraction: Double = 0
            var scale: Double = 1
            while i < n, Byte.isDigit(b[i]) {
                fraction = fraction * 10 + Double(b[i] - Byte.zero)
                scale *= 10
                sawDigit = true
                i += 1
            }
            value += fraction / scale
        }
        guard sawDigit, i == n, value.isFinite else { return nil }
        return negative ? -value : value
    }

    enum BoolValue { case missing, value(Bool), invalid }

    /// `true/false`, `yes/no`, `1/0` in any case; empty is missing.
    static func boolean(_ raw: FieldBytes) -> BoolValue {
        let b = raw.trimmed()
        if b.isEmpty { return .missing }
        if b.equalsLowercase("true") || b.equalsLowercase("yes") || b.equalsLowercase("1") { return .value(true) }
        if b.equalsLowercase("false") || b.equalsLowercase("no") || b.equalsLowercase("0") { return .value(false) }
        return .invalid
    }

    /// `YYYY-MM` or `YYYY-MM-DD`.
    static func period(_ raw: FieldBytes) -> Period? {
        let b = raw.trimmed()
        guard b.count == 7 || b.count == 10, let y = digits(b, 0, 4), b[4] == Byte.minus,
              let m = digits(b, 5, 2), (1...12).contains(m) else { return nil }
        if b.count == 7 { return Period(year: y, month: m) }
        guard b[7] == Byte.minus, let d = digits(b, 8, 2), d >= 1, d <= LocalDay.daysIn(year: y, month: m) else { return nil }
        return Period(year: y, month: m, day: d)
    }
}

/// Timestamp parsing for the command line (`--as-of`), in the forms data uses.
public enum Timestamp {
    public static func parse(_ text: String, clock: ZoneClock) -> Double? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { ValueParser.timestamp(FieldBytes($0), clock: clock) }
    }
}

/// The last `YYYY-MM-DD` a reader parsed (its ten bytes) and its day
/// number: a large events file holds thousands of rows per date.
struct DateMemo {
    private var head: UInt64 = 0
    private var tail: UInt16 = 0
    private var known = false
    private var dayNumber = 0

    /// The day number of `b`'s first ten bytes, when they are the date remembered.
    @inline(__always)
    func days(of b: FieldBytes) -> Int? {
        guard known, b.count >= 10 else { return nil }
        let raw = UnsafeRawPointer(b.baseAddress!)
        guard raw.loadUnaligned(as: UInt64.self) == head, raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self) == tail else { return nil }
        return dayNumber
    }

    /// `b`'s first ten bytes are a valid date whose day number is `days`.
    mutating func remember(_ b: FieldBytes, days: Int) {
        let raw = UnsafeRawPointer(b.baseAddress!)
        head = raw.loadUnaligned(as: UInt64.self)
        tail = raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
        dayNumber = days
        known = true
    }
}
