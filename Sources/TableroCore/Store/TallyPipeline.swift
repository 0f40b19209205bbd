import Dispatch

/// The tallies of a large load on a thread of their own (`TallyOp`): the
/// main thread runs the contact rules and hands their tallies over in
/// blocks, and this thread applies them in the order they came to a copy
/// of the store that holds the tallies alone. `MetricsStore.endTallies`
/// waits for the last block and takes the tallies back.
///
/// Nothing else touches the tallies in between: the store's own are
/// dropped while the pipeline holds them (so neither side copies them on
/// write), and only the events' contact rules run until the end.
final class TallyPipeline: @unchecked Sendable {
    /// Touched only on `queue`, until `finish`.
    private var tallies: MetricsStore
    private let queue = DispatchQueue(label: "tablero.tallies", qos: .userInitiated)
    /// Blocks handed over and not yet applied, at most this many: the main
    /// thread waits rather than let them pile up (each is 160 KB of tallies,
    /// and the texts of the few that carry any).
    private let inFlight = DispatchSemaphore(value: 32)
    init(tallies: MetricsStore) {
        self.tallies = tallies
    }

    /// A block to apply after those sent before it (main thread).
    func send(_ block: TallyBlock) {
        inFlight.wait()
        queue.async {
            self.tallies.applyTallies(block)
            self.inFlight.signal()
        }
    }

    /// The tallies, once every block is applied.
    func finish() -> MetricsStore {
        queue.sync { tallies }
    }
}

extension MetricsStore {
    /// From here on the contact rules' tallies go to a thread of their own
    /// (`TallyPipeline`), until `endTallies`. Only the events' contact
    /// rules may change the store in between (`add(batch:)` and the
    /// one-pass events rows); a survey or an agent event stops the program
    /// (they would change tallies that are not here), and a report would
    /// find none. No copy of the store may be made in between either: the
    /// two would share the pipeline. For the parallel load's own use.
    package mutating func beginTallies() {
        guard tallyPipeline == nil else { return }
        // A store holding only the tallies, which this one drops, so that
        // no array is shared and copied on its next write (the names would
        // be on the first new one).
        var tallies = MetricsStore(settings: settings, clock: clock)
        swapTallies(with: &tallies)
        tallyPipeline = TallyPipeline(tallies: tallies)
        tallyBlock = TallyBlock(reserving: TallyBlock.capacity)
        talliesApart = true
    }

    /// From here on the contact rules' tallies are dropped: a scratch store
    /// that is asked only what contacts it holds (`contactTimes`, read
    /// from a file's start and end before a load). The rules run as with
    /// the tallies apart, whose figures equal the one-pass read's
    /// (`ParallelIngestTests`): they read no tally. The same rules on the
    /// events alone, as there: an agent event or a survey stops the program.
    package mutating func dropTallies() {
        precondition(tallyPipeline == nil, "the tallies are on the pipeline's thread")
        talliesApart = true
    }

    /// Exchanges the tallies (every field `applyTally` changes) with `other`'s.
    private mutating func swapTallies(with other: inout MetricsStore) {
        swap(&other.days, &days)
        swap(&other.aggregates, &aggregates)
        swap(&other.cellCache, &cellCache)
        swap(&other.offsetMemo, &offsetMemo)
        swap(&other.hourlyWaits, &hourlyWaits)
        swap(&other.lastWaitHour, &lastWaitHour)
        swap(&other.agentLog, &agentLog)
        swap(&other.agentLastAnswer, &agentLastAnswer)
        swap(&other.groupIDs, &groupIDs)
        swap(&other.recentArrivals, &recentArrivals)
        swap(&other.arrivalsPruneAt, &arrivalsPruneAt)
    }

    /// Waits for the tallies handed over, and takes them back.
    package mutating func endTallies() {
        guard let pipeline = tallyPipeline else { return }
        sendTallies()
        tallyPipeline = nil
        tallyBlock = TallyBlock()
        talliesApart = false
        var tallies = pipeline.finish()
        swapTallies(with: &tallies)
    }
}
