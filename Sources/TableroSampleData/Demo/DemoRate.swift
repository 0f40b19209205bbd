import Foundation
import TableroCore

/// Arrivals per hour at an instant, from the generator's curves
/// (`GenCatalog.hourShape`, `weekdayVolume`) in the directory's time zone,
/// and the staffing planned for them.
struct DemoRate: Sendable {
    let clock: ZoneClock
    /// [weekday 1...7][local hour] -> contacts per hour.
    private let perHour: [[Double]]
    /// [weekday][hour] -> agents planned for phone and chat.
    private let staff: [[Int]]
    /// The highest rate of the week: the thinning bound of the arrival process.
    let maxPerHour: Double
    /// [local hour] -> share of the arrivals on phone or chat.
    let liveShare: [Double]
    /// Most agents ever planned: the size of the pool.
    let maxStaff: Int
    /// A rate this low counts as no contacts at all.
    static let none = 1e-9

    init(clock: ZoneClock, options: DemoOptions) {
        self.clock = clock
        let shapeSum = GenCatalog.hourShape.reduce(0, +)
        let meanWeekday = GenCatalog.weekdayVolume[1...7].reduce(0, +) / 7
        let rates = (0...7).map { weekday in
            GenCatalog.hourShape.map { shape in
                weekday == 0 || !(options.contactsPerDay > 0 && options.contactsPerDay.isFinite) ? 0 : options.contactsPerDay * GenCatalog.weekdayVolume[weekday] / meanWeekday * shape / shapeSum
            }
        }
        perHour = rates
        maxPerHour = max(DemoRate.none, rates.joined().max() ?? 0)

        var share: [Double] = []
        var handle: [Double] = []
        for hour in 0..<24 {
            var live = 0.0, handleSum = 0.0
            for q in GenCatalog.queueNames.indices {
                let weights = GenCatalog.channelNames.indices.map { GenCatalog.channelWeight(queue: q, channel: $0, localHour: hour) }
                let total = weights.reduce(0, +)
                for c in [GenCatalog.phone, GenCatalog.chat] {
                    let p = GenCatalog.queueShare[q] * weights[c] / total
                    let m = GenChannelModel.all[c]
                    live += p
                    // Mean of the log-normal handle time, plus the wrap-up after it.
                    handleSum += p * (m.handleMedian * GenCatalog.queueHandle[q] * exp(m.handleSigma * m.handleSigma / 2) + 17.5)
                }
            }
            share.append(live)
            handle.append(handleSum / max(live, 1e-9))
        }
        liveShare = share
        // Planned as a real centre is: Erlang C for the hour's phone and chat
        // work, never fewer than two agents (one long call must not block the queue).
        staff = rates.map { day in
            day.enumerated().map { hour, rate in
                let erlangs = rate * share[hour] * handle[hour] / 3600
                let needed = ErlangC.agentsNeeded(traffic: erlangs, ahtSeconds: handle[hour], targetSeconds: 20,
                                                  targetPercent: options.plannedServiceLevel)
                return max(2, needed ?? Int(erlangs.rounded(.up)) + 1)
            }
        }
        maxStaff = staff.joined().max() ?? 1
    }

    /// Local clock hour 0...23 and Calendar weekday (1 = Sunday) at an instant.
    func local(_ t: Double) -> (hour: Int, weekday: Int) {
        let local = Int(t.rounded(.down)) + clock.offset(at: t)
        let day = GenCivil.floorDiv(local, 86_400)
        // 1970-01-01 was a Thursday (Calendar weekday 5).
        let weekday = ((day + 4) % 7 + 7) % 7 + 1
        return ((local - day * 86_400) / 3600, weekday)
    }

    func perHour(at t: Double) -> Double {
        let (hour, weekday) = local(t)
        return perHour[weekday][hour]
    }

    func livePerHour(at t: Double) -> Double {
        perHour(at: t) * liveShare[local(t).hour]
    }

    func staff(at t: Double) -> Int {
        let (hour, weekday) = local(t)
        return staff[weekday][hour]
    }
}

/// A burst: a flood of phone and chat contacts on one queue (an outage, a
/// billing run, a promotion gone viral) while some agents are pulled away,
/// so the queue backs up into amber and red and then drains.
struct DemoBurst: Sendable {
    var start: Double
    var end: Double
    /// Extra live arrivals per hour during the burst.
    var extraPerHour: Double
    /// Agents taken off the queue while it lasts.
    var agentsAway: Int
    var queue: Int
}

/// The bursts, drawn lazily in time order from their own random stream, so
/// the arrivals never change how many numbers the bursts draw. It forgets
/// bursts that end before the time it is asked about, so each reader that
/// asks about its own times (the pool, the extra arrivals, which run ahead)
/// holds its own copy: the copies draw the same bursts.
struct DemoBursts: Sendable {
    private var rng: GenRandom
    private let meanGap: Double
    private var upcoming: [DemoBurst] = []
    private var cursor: Double
    private let rate: DemoRate
    /// A queue chosen for a burst: technical outages and billing runs most.
    private static let queueCumulative = [0.35, 0.75, 0.9, 0.93, 1.0]

    init(seed: UInt64, start: Double, rate: DemoRate, perHour: Double) {
        rng = GenRandom(seed: seed, stream: GenStream.demoBursts)
        meanGap = perHour > 0 ? 3600 / perHour : .infinity
        cursor = start
        self.rate = rate
    }

    /// The first burst that ends after `t` (it may not have begun yet), or
    /// nil when there are no bursts at all. Earlier bursts are forgotten.
    mutating func current(after t: Double) -> DemoBurst? {
        guard meanGap.isFinite else { return nil }
        while let first = upcoming.first, first.end <= t { upcoming.removeFirst() }
        while upcoming.isEmpty {
            let start = cursor + rng.exponential(mean: meanGap)
            let minutes = rng.uniform(3, 8)
            let surge = rng.uniform(2.5, 4.5)
            // The surge follows the hour: a burst at 03:00 is a handful of calls.
            let extra = rate.livePerHour(at: start) * (surge - 1)
            let staff = rate.staff(at: start)
            let away = staff <= 1 ? 0 : max(1, Int((Double(staff) * rng.uniform(0.15, 0.3)).rounded()))
            let queue = rng.pick(cumulative: DemoBursts.queueCumulative)
            let burst = DemoBurst(start: start, end: start + minutes * 60, extraPerHour: extra, agentsAway: away, queue: queue)
            cursor = burst.end
            if burst.end > t { upcoming.append(burst) }
        }
        return upcoming.first
    }

    /// Agents away at `t` (0 outside a burst).
    mutating func agentsAway(at t: Double) -> Int {
        guard let b = current(after: t), b.start <= t else { return 0 }
        return b.agentsAway
    }
}
