import Foundation

/// xoshiro256** seeded through SplitMix64. Our own generator because the
/// system one is not seedable, and output must be byte-identical run to run.
///
/// Every part of the generator takes its own stream (`stream`, `index`), e.g.
/// one per day: a change in how many numbers one day draws never shifts
/// another day, and adding a file never changes the others.
struct GenRandom {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    init(seed: UInt64, stream: UInt64, index: UInt64 = 0) {
        var mix = seed ^ (stream &* 0x9E37_79B9_7F4A_7C15) ^ (index &* 0xD1B5_4A32_D192_ED03)
        s0 = GenRandom.splitMix(&mix)
        s1 = GenRandom.splitMix(&mix)
        s2 = GenRandom.splitMix(&mix)
        s3 = GenRandom.splitMix(&mix)
        // All-zero state would be stuck at zero; SplitMix64 practically never
        // gives it, but make it impossible.
        if s0 | s1 | s2 | s3 == 0 { s0 = 1 }
    }

    private static func splitMix(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    @inline(__always)
    mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = (s3 << 45) | (s3 >> 19)
        return result
    }

    /// Uniform in [0, 1), 53 bits.
    @inline(__always)
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// Uniform in [low, high).
    mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * unit()
    }

    /// Uniform integer in 0..<n (n > 0), multiply-high so there is no modulo bias to speak of.
    mutating func below(_ n: Int) -> Int {
        precondition(n > 0)
        return Int(next().multipliedFullWidth(by: UInt64(n)).high)
    }

    /// Uniform integer in the closed range.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// Standard normal by Box-Muller (no cached second value: keeps the stream simple to reason about).
    mutating func normal() -> Double {
        let u1 = 1.0 - unit()  // (0, 1]: log is finite
        let u2 = unit()
        return (-2.0 * log(u1)).squareRoot() * cos(2.0 * Double.pi * u2)
    }

    /// Log-normal given its median (not its mean) and the sigma of its log.
    mutating func logNormal(median: Double, sigma: Double) -> Double {
        median * exp(sigma * normal())
    }

    /// Exponential with the given mean.
    mutating func exponential(mean: Double) -> Double {
        -log(1.0 - unit()) * mean
    }

    /// Index drawn from cumulative weights (last element is the total).
    mutating func pick(cumulative: [Double]) -> Int {
        let target = unit() * cumulative[cumulative.count - 1]
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] > target { high = mid } else { low = mid + 1 }
        }
        return low
    }

    /// Deterministic Fisher-Yates.
    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            items.swapAt(i, below(i + 1))
        }
    }
}

/// Stream numbers: one per part of the generator and of the demo (see
/// `GenRandom`), all in one place so no two parts ever share one.
enum GenStream {
    static let dayVolume: UInt64 = 1
    static let contacts: UInt64 = 2
    static let surveys: UInt64 = 3
    static let agents: UInt64 = 4
    static let queueLog: UInt64 = 5
    static let economics: UInt64 = 6
    static let cutoff: UInt64 = 7
    static let agentShifts: UInt64 = 8

    static let demoArrivals: UInt64 = 101
    static let demoBursts: UInt64 = 102
    static let demoBurstArrivals: UInt64 = 103
    static let demoOutcomes: UInt64 = 104
    static let demoSurveys: UInt64 = 105
    static let demoAgents: UInt64 = 106
    static let demoQueueLog: UInt64 = 107
}

extension Array where Element == Double {
    /// Running sums, for `GenRandom.pick(cumulative:)`.
    func genCumulative() -> [Double] {
        var total = 0.0
        return map { total += $0; return total }
    }
}
