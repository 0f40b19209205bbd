import Foundation

/// Clocks and counters the benchmarks share.
enum Measure {
    /// Wall-clock seconds `body` took (CLOCK_MONOTONIC).
    static func seconds(_ body: () -> Void) -> Double {
        let start = monotonic()
        body()
        return monotonic() - start
    }

    /// Now on CLOCK_MONOTONIC, in seconds.
    static func monotonic() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    static func peakRSSMegabytes() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024 // kilobytes on Linux
    }

    /// The value at quantile `q` (0...1) of `values`, nearest rank.
    static func quantile(_ values: [Double], _ q: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let rank = Int((q * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(rank, 0), sorted.count - 1)]
    }
}
