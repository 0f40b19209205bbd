import Foundation
import TableroUI

/// The clock injected into the dashboard's loop: the wall clock (the
/// system's by default), and the dashboard's now read from it: the wall, a
/// fixed `--as-of`, or the demo's clock, `speed` times faster from the data's end.
struct DashboardClock {
    var fixed: Double?
    /// `--as-of latest`: fixed at the newest row once the first load has
    /// read the directory (`fixed` is set then); until then it reads the
    /// wall, and it does not move.
    var fixesAtDataEnd = false
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
    var moves: Bool { fixed == nil && !fixesAtDataEnd }
}
