import Testing
@testable import TableroCore

/// Issue 11: the store remembers the span of times around the last one
/// asked for that share its local day (a quarter hour at most), instead of
/// dividing on every row. Its day must be the clock's for every time,
/// also in zones whose offset is no whole number of quarter hours, so a
/// local midnight falls inside a quarter hour.
@Suite("The store's local day")
struct StoreDayTests {
    @Test("the store's day of a time is the clock's, walking forwards and back through odd offsets and DST")
    func storeDayIsTheClocksDay() throws {
        // Monrovia was at -0:44:30 until 1972 (midnight at 00:44:30 UTC),
        // Kathmandu is at +5:45, St John's at -3:30 with DST, Lord Howe
        // changes by half an hour.
        let zones = ["UTC", "America/New_York", "Africa/Monrovia", "Asia/Kathmandu", "America/St_Johns", "Australia/Lord_Howe"]
        for zone in zones {
            let clock = try #require(ZoneClock(identifier: zone))
            var store = MetricsStore(clock: clock)
            var state: UInt64 = 0x2545_F491_4F6C_DD1D
            var time = 0.0
            for start in [0.0, 1_710_000_000, 1_730_500_000] {
                time = start
                for _ in 0..<20_000 {
                    state ^= state << 13; state ^= state >> 7; state ^= state << 17
                    // Mostly small steps forwards (rows of a file), now and
                    // then a step back (another file), in thirds of a second.
                    let step = Double(state % 1800) + Double(state >> 60) / 3
                    time += state % 16 == 0 ? -step * 7 : step
                    time = max(time, 0)
                    #expect(store.day(of: time) == clock.day(of: time), "\(zone) at \(time)")
                }
            }
        }
    }

    /// Found by a review: at +11:00, 1073739599.9999999 (1 µs before local
    /// midnight) plus the offset crosses 2^30 and rounds up to midnight, so
    /// the clock says the next day; the store, remembering the quarter hour
    /// of 1073739500, said the day before.
    @Test("the last instant before a local midnight that rounds onto it is the clock's day")
    func roundingOntoMidnight() throws {
        let clock = try #require(ZoneClock(identifier: "Pacific/Guadalcanal"))
        var store = MetricsStore(clock: clock)
        for time in [1_073_739_500, 1_073_739_599.9999999, 1_073_739_599.5, 1_073_739_600, 1_073_739_500] {
            #expect(store.day(of: time) == clock.day(of: time), "\(time)")
        }
        // Near every power of two the rows of this century cross, in steps
        // of a few microseconds up to each local midnight in reach.
        for zone in ["Pacific/Guadalcanal", "Asia/Kathmandu", "America/New_York", "UTC"] {
            let clock = try #require(ZoneClock(identifier: zone))
            var store = MetricsStore(clock: clock)
            for power in [1 << 30, 1 << 31] {
                let edge = Double(power)
                for midnight in stride(from: (edge / 86_400).rounded(.down) * 86_400 - 86_400, through: edge + 86_400, by: 86_400) {
                    let local = midnight - Double(clock.offset(at: midnight))
                    var time = local - 2
                    while time < local + 1 {
                        #expect(store.day(of: time) == clock.day(of: time), "\(zone) at \(time)")
                        time += 0.123_456_7
                    }
                    for near in [local.nextDown, local.nextDown.nextDown, local - 1e-6, local - 1e-7] {
                        #expect(store.day(of: near) == clock.day(of: near), "\(zone) at \(near)")
                    }
                }
            }
        }
    }
}
