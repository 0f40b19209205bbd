import Foundation

/// The dashboard's "now": the wall clock, a fixed `--as-of`, or the demo's
/// simulated clock, which runs `speed` times faster from where the sample
/// data ends.
struct DashboardClock {
    var fixed: Double?
    var simulation: (wallStart: Double, start: Double, speed: Double)?

    static var wall: Double { Date().timeIntervalSince1970 }

    var now: Double {
        if let fixed { return fixed }
        if let s = simulation { return s.start + (Self.wall - s.wallStart) * s.speed }
        return Self.wall
    }

    /// Whether figures move with time at all.
    var moves: Bool { fixed == nil }
}
