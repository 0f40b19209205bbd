import Foundation
import TableroUI

/// The clock injected into the dashboard's loop: the wall clock (by
/// default the system's), and the dashboard's now read from it: the wall
/// clock itself, a fixed `--as-of`, or the demo's simulated clock, which
/// runs `speed` times faster from where the sample data ends.
struct DashboardClock {
    var fixed: Double?
    var simulation: (wallStart: Double, start: Double, speed: Double)?
    var wallClock: @Sendable () -> Double = { Date().timeIntervalSince1970 }

    var wall: Double { wallClock() }

    func read() -> ClockReading {
        let wall = wallClock()
        if let fixed { return ClockReading(wall: wall, asOf: fixed) }
        if let s = simulation { return ClockReading(wall: wall, asOf: s.start + (wall - s.wallStart) * s.speed) }
        return ClockReading(wall: wall, asOf: wall)
    }

    /// Whether figures move with time at all.
    var moves: Bool { fixed == nil }
}
