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
    /// thread waits rather than let them pile up (each is 640 KB).
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
    /// one-pass events rows): a survey, an agent event or a report would
    /// find the tallies gone.
    public mutating func beginTallies() {
        guard tallyPipeline == nil else { return }
        var tallies = self
        // The copy keeps only the tallies, and this store drops them, so
        // that no array is shared and copied on its next write.
        tallies.contacts = ContactTable()
        tallies.callers = [:]
        tallies.ledger = DataQualityLedger()
        tallies.tallyBlock = TallyBlock()
        days = [:]
        aggregates = []
        hourlyWaits = [:]
        lastWaitHour = (Int.min, nil)
        agentLog = AgentLog()
        agentLastAnswer = []
        groupIDs = GroupIDs()
        recentArrivals = []
        tallyPipeline = TallyPipeline(tallies: tallies)
        tallyBlock = TallyBlock(reserving: TallyBlock.capacity)
        talliesApart = true
    }

    /// Waits for the tallies handed over, and takes them back.
    public mutating func endTallies() {
        guard let pipeline = tallyPipeline else { return }
        sendTallies()
        tallyPipeline = nil
        tallyBlock = TallyBlock()
        talliesApart = false
        let tallies = pipeline.finish()
        days = tallies.days
        aggregates = tallies.aggregates
        cellCache = tallies.cellCache
        offsetMemo = tallies.offsetMemo
        hourlyWaits = tallies.hourlyWaits
        lastWaitHour = tallies.lastWaitHour
        agentLog = tallies.agentLog
        agentLastAnswer = tallies.agentLastAnswer
        groupIDs = tallies.groupIDs
        recentArrivals = tallies.recentArrivals
        arrivalsPruneAt = tallies.arrivalsPruneAt
    }
}
