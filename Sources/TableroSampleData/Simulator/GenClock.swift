import Foundation
import TableroCore

/// Calendar helpers for the generator; the day arithmetic is Core's `Civil`
/// (formatting millions of timestamps through DateFormatter would dominate).
enum GenCivil {
    /// `YYYY-MM-DD` -> (year, month, day), nil when it is not a real date.
    static func parse(_ text: String) -> (year: Int, month: Int, day: Int)? {
        LocalDay(iso: Substring(text))?.civil
    }

    /// Floor division, so instants before 1970 still land on the right day.
    @inline(__always)
    static func floorDiv(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }
}

/// UTC offsets of one zone over the generated span, as a sorted list of
/// transitions, so the per-row local time is a lookup instead of a Foundation call.
struct GenZone {
    let timeZone: TimeZone
    let calendar: Calendar
    private var transitions: [Int] = []   // epoch seconds where a new offset starts
    private var offsets: [Int] = []       // offsets[i] holds before transitions[i]; the last one after them all

    init(timeZone: TimeZone, from: Int, to: Int) {
        self.timeZone = timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
        var cursor = Date(timeIntervalSince1970: TimeInterval(from))
        offsets.append(timeZone.secondsFromGMT(for: cursor))
        while let next = timeZone.nextDaylightSavingTimeTransition(after: cursor),
              next.timeIntervalSince1970 < TimeInterval(to) {
            let at = Int(next.timeIntervalSince1970.rounded(.up))
            transitions.append(at)
            offsets.append(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(at))))
            cursor = Date(timeIntervalSince1970: TimeInterval(at))
        }
    }

    /// Seconds east of UTC at an instant.
    func offset(at t: Int) -> Int {
        var low = 0
        var high = transitions.count
        while low < high {
            let mid = (low + high) / 2
            if transitions[mid] <= t { low = mid + 1 } else { high = mid }
        }
        return offsets[low]
    }

    /// Local wall-clock seconds (since 1970-01-01 local) to write for an
    /// instant. When clocks fall back, the repeated hour's second pass is
    /// written as the last second of the first pass: a reader takes the earlier
    /// offset for an ambiguous local time (DATA.md), so writing it as is would
    /// make a contact answered at 01:50 EDT and resolved at 01:05 EST look
    /// resolved before it was answered, a bad row. Nowhere else does it differ.
    func wallClock(at t: Int) -> Int {
        for (i, transition) in transitions.enumerated() where offsets[i] > offsets[i + 1] {
            let repeated = offsets[i] - offsets[i + 1]
            if t >= transition && t < transition + repeated { return transition - 1 + offsets[i] }
        }
        return t + offset(at: t)
    }

    /// Local hour 0...23 at an instant.
    func localHour(at t: Int) -> Int {
        let local = t + offset(at: t)
        return (local - GenCivil.floorDiv(local, 86_400) * 86_400) / 3600
    }
}

/// One local calendar day of the plan, with what the simulators need about it.
struct GenDay {
    var index: Int            // 0 = first day generated
    var dayNumber: Int        // days since 1970-01-01 of the local date
    var year: Int
    var month: Int
    var day: Int
    var weekday: Int          // Calendar's: 1 = Sunday ... 7 = Saturday
    var start: Int            // epoch of local midnight
    var end: Int              // epoch of the next local midnight (23, 24 or 25 hours later)
    /// Local clock hour of each elapsed hour since midnight: 24 entries on a
    /// normal day, 23 when the clocks spring forward, 25 when they fall back.
    var localHours: [Int]
    /// Arrivals stop at this instant: the end of the day, or mid-afternoon on
    /// the last day, where it is also the end of the whole stream (nothing of
    /// any day is written after it).
    var horizon: Int

    /// Local midnights, weekdays and hours come from Foundation's Calendar in
    /// the zone, so a DST change gets its 23- or 25-hour day right.
    static func plan(days: Int, endDate: (year: Int, month: Int, day: Int), calendar: Calendar) -> [GenDay] {
        let lastNumber = Civil.daysFromCivil(year: endDate.year, month: endDate.month, day: endDate.day)
        var result: [GenDay] = []
        result.reserveCapacity(days)
        for i in 0..<days {
            let number = lastNumber - (days - 1) + i
            let (y, m, d) = Civil.civilFromDays(number)
            let start = localMidnight(y, m, d, calendar)
            let (ny, nm, nd) = Civil.civilFromDays(number + 1)
            let end = localMidnight(ny, nm, nd, calendar)
            let noon = calendar.date(from: DateComponents(year: y, month: m, day: d, hour: 12))!
            var hours: [Int] = []
            var t = start
            while t < end {
                hours.append(calendar.component(.hour, from: Date(timeIntervalSince1970: TimeInterval(t))))
                t += 3600
            }
            result.append(GenDay(index: i, dayNumber: number, year: y, month: m, day: d,
                                 weekday: calendar.component(.weekday, from: noon),
                                 start: start, end: end, localHours: hours, horizon: end))
        }
        return result
    }

    /// Start of the local day; asking via noon avoids a midnight that does not exist in some zones.
    private static func localMidnight(_ y: Int, _ m: Int, _ d: Int, _ calendar: Calendar) -> Int {
        let noon = calendar.date(from: DateComponents(year: y, month: m, day: d, hour: 12))!
        return Int(calendar.startOfDay(for: noon).timeIntervalSince1970)
    }

    /// Epoch of a local clock time on this day (first occurrence when the hour repeats).
    func instant(hour: Int, minute: Int) -> Int {
        let elapsed = localHours.firstIndex(where: { $0 >= hour }) ?? localHours.count - 1
        return min(start + elapsed * 3600 + minute * 60, end - 1)
    }
}
