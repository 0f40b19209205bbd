/// A local calendar day as a count of days since 1970-01-01. Windows, the
/// per-day store and periods all speak in these, so merging days is integer math.
public struct LocalDay: Sendable, Hashable, Comparable, Strideable, CustomStringConvertible {
    public var number: Int

    public init(number: Int) { self.number = number }

    public init(year: Int, month: Int, day: Int) {
        number = Civil.daysFromCivil(year: year, month: month, day: day)
    }

    public var civil: (year: Int, month: Int, day: Int) { Civil.civilFromDays(number) }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// `YYYY-MM-DD`, or nil when it is not a real date.
    public init?(iso text: Substring) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1, d <= LocalDay.daysIn(year: y, month: m)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func < (a: LocalDay, b: LocalDay) -> Bool { a.number < b.number }
    public func distance(to other: LocalDay) -> Int { other.number - number }
    public func advanced(by n: Int) -> LocalDay { LocalDay(number: number + n) }
    /// 0 for Monday … 6 for Sunday (day 0, 1970-01-01, was a Thursday).
    public var weekdayFromMonday: Int { ((number % 7) + 7 + 3) % 7 }

    public var description: String {
        let (y, m, d) = civil
        return "\(y)-\(Civil.two(m))-\(Civil.two(d))"
    }
}

/// Proleptic Gregorian calendar arithmetic (Howard Hinnant's algorithms):
/// exact, allocation-free and fast enough for every row of a large file.
public enum Civil {
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public static func civilFromDays(_ z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
