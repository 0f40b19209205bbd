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

    /// Milliseconds of wall time until the next whole wall second: the
    /// screen's clock and waits then move by one step.
    static func millisecondsToNextSecond() -> Int {
        Int((1 - wall.truncatingRemainder(dividingBy: 1)) * 1000) + 1
    }
}
