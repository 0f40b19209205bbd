import Foundation
import Testing
@testable import TableroCore

/// Issue 11: a day's wait percentiles are read in one pass of the
/// histogram's recorded values instead of one `valueAtPercentile` per
/// percentile. They must be exactly the package's figures.
@Suite struct WaitPercentilesTests {
    /// Waits of many shapes (a few, many equal, long tails, zero waits,
    /// waits past an hour), each percentile set against `valueAtPercentile`.
    @Test func sameAsTheHistogramsOwnPercentiles() {
        var rng = SplitMix(state: 11)
        for round in 0..<400 {
            var agg = QueueAggregate()
            let count = 1 + Int(rng.next() % (round % 4 == 0 ? 5 : 3_000))
            let scale = [1.0, 30, 600, 5_000][Int(rng.next() % 4)]
            for _ in 0..<count {
                let u = Double(rng.next() % 1_000_000) / 1_000_000
                // Zero waits, exponential-ish waits, and the odd very long one.
                let wait = rng.next() % 10 == 0 ? 0 : (rng.next() % 200 == 0 ? 40_000 : -scale * log(1 - u * 0.999))
                agg.recordWait(wait)
            }
            var percentiles = [50.0, 90, 95]
            if round % 2 == 1 {
                percentiles = (0..<Int(1 + rng.next() % 6)).map { _ in Double(rng.next() % 99_999) / 1_000 + 0.001 }.sorted()
            }
            let expected = percentiles.map { Double(agg.waits!.valueAtPercentile($0)) / 1000 }
            #expect(agg.waitPercentiles(percentiles) == expected, "round \(round): \(percentiles)")
        }
    }

    /// 4.6M waits of 130 years (4.1e12 ms): their sum, which the recorded
    /// values' iterator keeps, is past what a UInt64 holds (it trapped); the
    /// percentiles are still the package's.
    @Test func decadesOfWaitsDoNotOverflow() {
        var agg = QueueAggregate()
        agg.recordWait(1)
        let recorded = agg.waits!.record(4_100_000_000_000, count: 4_600_000)
        #expect(recorded)
        let expected = [50.0, 90, 95].map { Double(agg.waits!.valueAtPercentile($0)) / 1000 }
        #expect(agg.waitPercentiles([50, 90, 95]) == expected)
        #expect(expected[0] > 4e9)
    }

    @Test func noWaitsNoPercentiles() {
        #expect(QueueAggregate().waitPercentiles([50, 90, 95]) == [nil, nil, nil])
    }

    /// Hand-computed: waits of 1, 2, …, 10 s. Nearest rank of p50 is the
    /// 5th (5 s), of p90 the 9th (9 s), of p95 the 10th (10 s); each is
    /// the highest value of its bucket at two significant digits (5,000 ms
    /// lies in a bucket 32 ms wide from 4,992 ms: 5,023 ms; 9,000 ms in one 64 ms wide
    /// from 8,960: 9,023 ms) and at most the largest wait (10 s).
    @Test func tenWaitsByHand() {
        var agg = QueueAggregate()
        for s in 1...10 { agg.recordWait(Double(s)) }
        #expect(agg.waitPercentiles([50, 90, 95]) == [5.023, 9.023, 10])
    }
}
