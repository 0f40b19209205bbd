import Foundation

/// Converts between instants (epoch seconds) and local days and wall times in
/// one time zone. Offsets are cached per hour because Foundation's lookup is
/// far too slow to call for each of millions of rows.
public final class ZoneClock: @unchecked Sendable {
    public let zone: TimeZone
    private var cache: [Int: Int] = [:]
    /// The quarter hour looked up last: rows come in time order, so most
    /// lookups hit it without hashing.
    private var lastKey = Int.min
    private var lastOffset = 0
    private let lock = NSLock()

    public init(zone: TimeZone) { self.zone = zone }

    public convenience init?(identifier: String) {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        self.init(zone: zone)
    }

    public static let utc = ZoneClock(zone: TimeZone(identifier: "UTC")!)

    /// Seconds east of UTC in force at `instant`.
    public func offset(at instant: Double) -> Int {
        // Offsets change on whole hours in every zone but a handful that
        // change on half or quarter hours; keying by quarter hour covers all.
        let key = Int((instant / 900).rounded(.down))
        lock.lock()
        defer { lock.unlock() }
        if key == lastKey { return lastOffset }
        if let hit = cache[key] {
            lastKey = key
            lastOffset = hit
            return hit
        }
        let value = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(key) * 900))
        if cache.count > 100_000 { cache.removeAll(keepingCapacity: true) }
        cache[key] = value
        lastKey = key
        lastOffset = value
        return value
    }

    public func day(of instant: Double) -> LocalDay {
        let local = instant + Double(offset(at: instant))
        return LocalDay(number: Int((local / 86_400).rounded(.down)))
    }

    /// The instant of a local wall time given as seconds since 1970-01-01
    /// 00:00 on the local clock. In a DST gap or fold it takes the offset
    /// in force before the change (DATA.md), i.e. the earlier one.
    public func instant(ofLocal naive: Double) -> Double {
        let before = Double(offset(at: naive - 86_400))
        if Double(offset(at: naive - before)) == before { return naive - before }
        let after = Double(offset(at: naive + 86_400))
        if Double(offset(at: naive - after)) == after { return naive - after }
        return naive - before
    }

    /// Local midnight at the start of `day`.
    public func start(of day: LocalDay) -> Double {
        instant(ofLocal: Double(day.number) * 86_400)
    }

    /// RFC 3339 with the local offset (`Z` when it is zero), whole seconds.
    public func rfc3339(_ instant: Double) -> String {
        let whole = instant.rounded(.down)
        let off = offset(at: whole)
        let local = Int(whole) + off
        let days = Int((Double(local) / 86_400).rounded(.down))
        let secs = local - days * 86_400
        let (y, m, d) = Civil.civilFromDays(days)
        var text = "\(y)-\(Civil.two(m))-\(Civil.two(d))T\(Civil.two(secs / 3600)):\(Civil.two(secs / 60 % 60)):\(Civil.two(secs % 60))"
        if off == 0 {
            text += "Z"
        } else {
            let a = abs(off)
            text += (off < 0 ? "-" : "+") + "\(Civil.two(a / 3600)):\(Civil.two(a / 60 % 60))"
        }
        return text
    }
}
