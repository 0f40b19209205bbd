import Foundation
import Testing
@testable import TableroCore

// Shared fixtures for the core tests. Every instant is written as epoch
// seconds worked out by hand from the civil date:
//   days from 1970-01-01 to 2026-03-02 = 56 years × 365 + 14 leap days (1972…2024)
//   + 59 (Jan 31 + Feb 28) + 1 = 20,440 + 14 + 60 = 20,514 days
//   20,514 × 86,400 = 1,772,409,600 s.

/// 2026-03-02T00:00:00Z (a Monday).
let mar2: Double = 1_772_409_600
let hour: Double = 3600
let minute: Double = 60
let day: Double = 86_400

/// |a − b| ≤ tolerance; false when `a` is unknown.
func near(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= tolerance
}

/// A store plus a file to attribute rows to, so rejections can be counted.
struct Feed {
    var store: MetricsStore
    let file: Int32
    private var line: Int32 = 1

    init(settings: Settings = Settings(), clock: ZoneClock = .utc) {
        store = MetricsStore(settings: settings, clock: clock)
        file = store.ledger.fileID(path: "events.csv", kind: .events)
    }

    private mutating func next() -> RowOrigin {
        line += 1
        return RowOrigin(file: file, line: line)
    }

    mutating func event(
        _ kind: ContactEventKind, _ id: String, at time: Double,
        channel: String = "", queue: String = "", agent: String = "",
        firstContact: Bool? = nil, handle: Double? = nil
    ) {
        let e = ContactEvent(time: time, contactID: id, kind: kind, channel: channel, queue: queue,
                             agent: agent, firstContact: firstContact, handleSeconds: handle)
        store.add(e, origin: next())
    }

    mutating func arrive(_ id: String, at t: Double, channel: String = "", queue: String = "") {
        event(.arrive, id, at: t, channel: channel, queue: queue)
    }

    mutating func answer(_ id: String, at t: Double, agent: String = "", channel: String = "") {
        event(.answer, id, at: t, channel: channel, agent: agent)
    }

    mutating func abandon(_ id: String, at t: Double, channel: String = "") {
        event(.abandon, id, at: t, channel: channel)
    }

    mutating func resolve(_ id: String, at t: Double, firstContact: Bool? = nil, handle: Double? = nil) {
        event(.resolve, id, at: t, firstContact: firstContact, handle: handle)
    }

    mutating func survey(_ type: SurveyType, _ score: Double, at t: Double) {
        store.add(SurveyAnswer(time: t, type: type, score: score), origin: next())
    }

    var rejected: Int { store.ledger.files[Int(file)].rejected }
    var orphans: Int { store.ledger.files[Int(file)].orphans }

    func report(_ spec: WindowSpec = .today, asOf: Double, scenario: Scenario? = nil) -> Report {
        store.report(window: spec, asOf: asOf, scenario: scenario)
    }
}

/// Field-by-field equality of two aggregates (the histogram by its percentiles
/// and count), for the merge property.
func sameAggregate(_ a: QueueAggregate, _ b: QueueAggregate) -> Bool {
    a.offered == b.offered && a.answered == b.answered && a.waitCount == b.waitCount
        && a.waitSum == b.waitSum && a.answeredWithinTarget == b.answeredWithinTarget
        && a.abandoned == b.abandoned && a.shortAbandoned == b.shortAbandoned
        && a.abandonedByCause == b.abandonedByCause
        && a.firstResponseCount == b.firstResponseCount && a.firstResponseSum == b.firstResponseSum
        && a.resolved == b.resolved && a.handleCount == b.handleCount && a.handleSum == b.handleSum
        && a.resolutionCount == b.resolutionCount && a.resolutionSum == b.resolutionSum
        && a.firstContactKnown == b.firstContactKnown && a.firstContactYes == b.firstContactYes
        && (a.waits?.totalCount ?? 0) == (b.waits?.totalCount ?? 0)
        && [1.0, 10, 25, 50, 75, 90, 95, 99, 100].allSatisfy { a.waitPercentile($0) == b.waitPercentile($0) }
}

/// Deterministic pseudo-random numbers (SplitMix64) for the property tests, so a failure replays.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
