/// One change the contact rules make to the store's tallies: the
/// aggregates per day and group, the hourly waits, the live arrivals, the
/// agents' answers and the recent abandons. The rules decide it
/// (`MetricsStore+Contacts`), `applyTally` makes it.
///
/// A one-pass read applies each one at once. A large load hands them to
/// a thread of their own (`TallyPipeline`), which applies them in the same
/// order, so every sum is added in the same order and the figures are the
/// same to the last bit. On a 1M-contact load the tallies were a quarter
/// of the main thread, which is the load's bottleneck (issue 11).
///
/// Plain bytes (40), so that a block of them is copied and dropped with
/// no retain or release. The two kinds that carry text (a recent
/// abandon's record, a late arrive's pairing) keep it beside the block
/// (`TallyBlock`), and `ref` is its place there.
struct TallyOp: Sendable {
    enum Kind: UInt8, Sendable {
        /// An arrive: offered; a live arrival (`a`: the newest row time, with `.hasValue`).
        case arrive
        /// An answer: answered, and its wait (`a`, with `.hasValue`) against
        /// the channel's target (`b`); `ref` the agent.
        case answer
        /// A wait learnt from an arrive read late (`a`), on the answer's day (`time`), target `b`.
        case wait
        /// An answer read after its resolve (`time`): the handle time `a`.
        case handleAfterResolve
        /// An abandon, short or not (`.short`), of cause `cause`.
        case abandon
        /// An abandon for the call-back list: the record at `ref`.
        case recentAbandon
        /// An abandon that turned short when its arrive was read late.
        case shortAbandon
        /// The call-back list learns a late arrive: the pairing at `ref`.
        case pairAbandon
        /// A resolution time (`a`) learnt from an arrive read late, on the resolve's day (`time`).
        case resolution
        /// A resolve: its handle time (`a`, `.hasValue`), resolution time
        /// (`b`, `.hasSecond`) and first-contact flag.
        case resolve
        /// Agent `ref` answered at `time`; `a` the contact's end when read first (`.hasValue`).
        case agentAnswered
        /// A contact agent `ref` answered at `a` ended at `time`.
        case agentEnded
        /// The sweep: open answers before `time` are forgotten.
        case agentForget
        /// Takes back what `.arrive`, an `.answer` without a wait, `.abandon`
        /// or `.resolve` counted in `group`, with the same fields: the
        /// contact's counts move to the group a later event named
        /// (`MetricsStore.regroup`). Rare, and kinds of their own so that
        /// the common ones test no flag for it.
        case unarrive, unanswer, unabandon, unresolve
    }

    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        /// The channel is of the live class.
        static let live = Flags(rawValue: 1 << 0)
        /// The wait is a first response (a named channel other than phone).
        static let firstResponse = Flags(rawValue: 1 << 1)
        static let hasValue = Flags(rawValue: 1 << 2)
        static let hasSecond = Flags(rawValue: 1 << 3)
        static let short = Flags(rawValue: 1 << 4)
        static let firstContactKnown = Flags(rawValue: 1 << 5)
        static let firstContactYes = Flags(rawValue: 1 << 6)
    }

    var kind: Kind
    var flags: Flags = []
    var cause: AbandonCause = .caller
    /// The agent (`NameTable` id), or the place of a record beside the block.
    var ref: Int32 = NameTable.none
    var group: GroupKey
    var time: Double
    var a = 0.0
    var b = 0.0

    init(_ kind: Kind, _ time: Double, _ group: GroupKey, flags: Flags = [], a: Double = 0, b: Double = 0) {
        self.kind = kind
        self.time = time
        self.group = group
        self.flags = flags
        self.a = a
        self.b = b
    }
}

/// A late arrive's news for the call-back list (`MetricsStore.pairRecentAbandon`).
struct PairedAbandon: Sendable {
    var id: String
    /// Nil when only the group moves (`regroup`).
    var waited: Double?
    var short: Bool
    var caller: String?
    /// The contact's group, when a later event named it.
    var group: GroupKey?
}

/// Tallies handed to the pipeline's thread at once, with the texts two kinds carry.
struct TallyBlock: Sendable {
    var ops: [TallyOp] = []
    var abandons: [AbandonRecord] = []
    var pairs: [PairedAbandon] = []

    static let capacity = 4096

    init(reserving capacity: Int = 0) { ops.reserveCapacity(capacity) }
}

extension MetricsStore {
    /// A tally decided by the rules: applied now, or handed to the pipeline.
    /// The block is filled here, in the store, and not in the pipeline
    /// object: an append through a class's property paid a dynamic
    /// exclusivity check and a retain per tally, which cost more than the
    /// tally itself (measured, issue 11).
    @inline(__always)
    mutating func tally(_ op: TallyOp) {
        guard talliesApart else { return applyTally(op) }
        tallyBlock.ops.append(op)
        if tallyBlock.ops.count >= TallyBlock.capacity { sendTallies() }
    }

    mutating func tallyRecentAbandon(_ record: AbandonRecord) {
        guard talliesApart else { return recordRecentAbandon(record) }
        var op = TallyOp(.recentAbandon, record.time, GroupKey(queue: record.queue, channel: record.channel))
        op.ref = Int32(tallyBlock.abandons.count)
        tallyBlock.abandons.append(record)
        tally(op)
    }

    mutating func tallyPairedAbandon(at time: Double, _ pairing: PairedAbandon) {
        guard talliesApart else { return pairRecentAbandon(pairing, at: time) }
        var op = TallyOp(.pairAbandon, time, GroupKey(queue: NameTable.none, channel: NameTable.none))
        op.ref = Int32(tallyBlock.pairs.count)
        tallyBlock.pairs.append(pairing)
        tally(op)
    }

    /// Hands the block filled to the pipeline's thread (or drops it: `dropTallies`).
    mutating func sendTallies() {
        guard !tallyBlock.ops.isEmpty else { return }
        guard tallyPipeline != nil else {
            tallyBlock.ops.removeAll(keepingCapacity: true)
            tallyBlock.abandons.removeAll(keepingCapacity: true)
            tallyBlock.pairs.removeAll(keepingCapacity: true)
            return
        }
        let full = tallyBlock
        tallyBlock = TallyBlock(reserving: TallyBlock.capacity)
        tallyPipeline!.send(full)
    }

    /// A block's tallies, in order (on the pipeline's thread).
    mutating func applyTallies(_ block: TallyBlock) {
        block.ops.withUnsafeBufferPointer { ops in
            for op in ops {
                switch op.kind {
                case .recentAbandon:
                    recordRecentAbandon(block.abandons[Int(op.ref)])
                case .pairAbandon:
                    pairRecentAbandon(block.pairs[Int(op.ref)], at: op.time)
                default:
                    applyTally(op)
                }
            }
        }
    }

    /// Makes one change of the tallies. Every sum here is added in the
    /// order the rules decided them, whichever thread runs it. Inlined, so
    /// that a rule applying its tally at once pays no switch: its kind is
    /// known there (a call per tally cost the one-pass load 4%, issue 11).
    @inline(__always)
    mutating func applyTally(_ op: TallyOp) {
        let group = op.group
        switch op.kind {
        case .arrive:
            withAggregate(op.time, group) { $0.offered += 1 }
            if op.flags.contains(.live) { noteLiveArrival(op.time, newest: op.flags.contains(.hasValue) ? op.a : nil) }
        case .answer:
            if op.flags.contains(.hasValue) {
                addWait(op, countingAnswer: true)
            } else {
                withAggregate(op.time, group) { $0.answered += 1 }
            }
            if op.ref != NameTable.none { noteLastAnswer(agent: op.ref, group: group, at: op.time) }
        case .wait:
            addWait(op, countingAnswer: false)
        case .handleAfterResolve:
            withAggregate(op.time, group) { agg in
                agg.handleCount += 1
                agg.handleSum += op.a
            }
        case .abandon:
            let short = op.flags.contains(.short)
            withAggregate(op.time, group) { agg in
                if short {
                    agg.shortAbandoned += 1
                } else {
                    agg.abandoned += 1
                    agg.abandonedByCause[Int(op.cause.rawValue)] += 1
                }
            }
        case .shortAbandon:
            withAggregate(op.time, group) { agg in
                agg.abandoned -= 1
                agg.abandonedByCause[Int(op.cause.rawValue)] -= 1
                agg.shortAbandoned += 1
            }
        case .resolution:
            withAggregate(op.time, group) { agg in
                agg.resolutionCount += 1
                agg.resolutionSum += op.a
            }
        case .resolve:
            withAggregate(op.time, group) { agg in
                agg.resolved += 1
                if op.flags.contains(.hasValue) {
                    agg.handleCount += 1
                    agg.handleSum += op.a
                }
                if op.flags.contains(.hasSecond) {
                    agg.resolutionCount += 1
                    agg.resolutionSum += op.b
                }
                if op.flags.contains(.firstContactKnown) {
                    agg.firstContactKnown += 1
                    if op.flags.contains(.firstContactYes) { agg.firstContactYes += 1 }
                }
            }
        case .agentAnswered:
            agentLog.answered(by: op.ref, at: op.time, endedAt: op.flags.contains(.hasValue) ? op.a : nil)
        case .agentEnded:
            agentLog.ended(by: op.ref, answeredAt: op.a, at: op.time)
        case .agentForget:
            agentLog.forget(answeredBefore: op.time)
        case .unarrive, .unanswer, .unabandon, .unresolve:
            takeBack(op)
        case .recentAbandon, .pairAbandon:
            preconditionFailure("a tally with text is applied from its block")
        }
    }

    /// Undoes an `.arrive`, an `.answer` without a wait, an `.abandon` or a
    /// `.resolve` in its group (`Kind.unarrive` …). Counts come back
    /// exactly; a sum takes its value back, which leaves it as it was when
    /// the values are whole seconds (as nearly every export's are).
    private mutating func takeBack(_ op: TallyOp) {
        switch op.kind {
        case .unarrive:
            withAggregate(op.time, op.group) { $0.offered -= 1 }
            if op.flags.contains(.live), let i = recentArrivals.lastIndex(of: op.time) { recentArrivals.remove(at: i) }
        case .unanswer:
            withAggregate(op.time, op.group) { $0.answered -= 1 }
        case .unabandon:
            withAggregate(op.time, op.group) { agg in
                if op.flags.contains(.short) {
                    agg.shortAbandoned -= 1
                } else {
                    agg.abandoned -= 1
                    agg.abandonedByCause[Int(op.cause.rawValue)] -= 1
                }
            }
        case .unresolve:
            withAggregate(op.time, op.group) { agg in
                agg.resolved -= 1
                if op.flags.contains(.hasValue) {
                    agg.handleCount -= 1
                    agg.handleSum -= op.a
                }
                if op.flags.contains(.hasSecond) {
                    agg.resolutionCount -= 1
                    agg.resolutionSum -= op.b
                }
                if op.flags.contains(.firstContactKnown) {
                    agg.firstContactKnown -= 1
                    if op.flags.contains(.firstContactYes) { agg.firstContactYes -= 1 }
                }
            }
        default:
            preconditionFailure("not a kind taken back")
        }
    }

    /// A wait sample of an answered contact, on the answer's day: ASA,
    /// percentiles, service level (its channel's target, `b`), first
    /// response. `countingAnswer` counts the answer itself in the same
    /// aggregate: an answer read after its arrive looks its day and group
    /// up once, not twice (issue 11).
    private mutating func addWait(_ op: TallyOp, countingAnswer: Bool) {
        let (wait, target) = (op.a, op.b)
        let firstResponse = op.flags.contains(.firstResponse)
        withAggregate(op.time, op.group) { agg in
            if countingAnswer { agg.answered += 1 }
            agg.recordWait(wait)
            if wait <= target { agg.answeredWithinTarget += 1 }
            if firstResponse {
                agg.firstResponseCount += 1
                agg.firstResponseSum += wait
            }
        }
        // The headline's sparkline is the live class's.
        if op.flags.contains(.live) { addHourlyWait(wait, hour: Int((op.time / 3600).rounded(.down))) }
    }

    /// A live wait in its clock hour. The hour used last is updated through
    /// its place in the dictionary, kept until an hour is added (the only
    /// change that moves places): no hashing for most waits (issue 11).
    /// This is the only code that changes `hourlyWaits`; a change anywhere
    /// else (pruning old hours, a merge) must clear `lastWaitHour`, or the
    /// place would be stale.
    private mutating func addHourlyWait(_ wait: Double, hour: Int) {
        if hour == lastWaitHour.hour, let place = lastWaitHour.place {
            hourlyWaits.values[place].add(wait)
            return
        }
        hourlyWaits[hour, default: HourWaits()].add(wait)
        lastWaitHour = (hour, hourlyWaits.index(forKey: hour))
    }

    /// The forecast models customers waiting on a line: only live arrivals
    /// count. `newest` is the newest row time when the arrive was read.
    private mutating func noteLiveArrival(_ time: Double, newest: Double?) {
        recentArrivals.append(time)
        // Prune when the list has doubled since the last prune, so a busy
        // hour (more than 4,096 arrivals) costs amortised O(1) per arrival.
        if recentArrivals.count >= arrivalsPruneAt, let newest {
            recentArrivals.removeAll { $0 <= newest - 3600 }
            arrivalsPruneAt = max(4096, recentArrivals.count * 2)
        }
    }

    /// The agent's latest answer in the group is `time`, if later; changed in place.
    private mutating func noteLastAnswer(agent: Int32, group: GroupKey, at time: Double) {
        let g = groupIDs.id(group)
        let a = Int(agent)
        agentLastAnswer.extend(toHold: a, with: [])
        agentLastAnswer[a].extend(toHold: g, with: .nan)
        // NaN (no answer yet) compares false, so the first is taken.
        if !(time <= agentLastAnswer[a][g]) { agentLastAnswer[a][g] = time }
    }
}
