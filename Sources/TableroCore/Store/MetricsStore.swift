/// The per-day store (DESIGN.md, "The store"): aggregates per local day ×
/// queue × channel, the contacts still open, period lines, and data quality.
/// Adding a row costs what the row adds; memory grows with days × groups,
/// not with rows.
public struct MetricsStore: Sendable {
    public let settings: Settings
    public let clock: ZoneClock
    /// Rows stamped after this instant are skipped (the as-of of a replay).
    public var cutoff: Double?

    public var ledger = DataQualityLedger()
    public internal(set) var days: [LocalDay: DayBucket] = [:]
    /// The queue aggregates of every day × group; `DayBucket.groups` indexes it.
    public internal(set) var aggregates: [QueueAggregate] = []
    /// Recently used day × group cells, so most events find theirs without
    /// hashing into two dictionaries.
    var cellCache = [CellCacheEntry](repeating: CellCacheEntry(), count: 256)
    var offsetMemo = OffsetMemo()
    public internal(set) var names = NameTable()
    public internal(set) var costs: [CostLine] = []
    public internal(set) var benefits: [BenefitLine] = []
    public internal(set) var customers: [CustomerPeriod] = []
    /// Rows that fell after the cutoff: not errors, just not yet.
    public internal(set) var skippedAfterCutoff = 0
    /// Quality reviews in the order they were first seen, and each review
    /// id's place among them. The IQS sums them in that order: summed in a
    /// dictionary's order, which changes from run to run, the same files
    /// gave IQS figures differing in their last digits.
    var reviews: [QualityReview] = []
    var reviewIndex: [String: Int] = [:]
    /// The criteria (lowercased) and the reviews' agents as ids, so that a
    /// report sums by id, with no String hashed or lowercased per criterion
    /// (issue 11: the IQS was half of a full report on the 1M directory);
    /// and each criterion's name as first read, by id.
    var criteria = NameTable()
    var criterionNames: [String] = []
    var reviewAgents = NameTable()
    /// The review added to last, and criteria as spelled in rows added
    /// (the first 16 spellings), with their ids: `add(_: QualityScore)`'s
    /// shortcuts past `reviewIndex` and `criteria`.
    var lastReview: (id: String, index: Int)?
    var criterionSpellings: [(spelling: String, id: Int32)] = []
    /// Survey answers with a comment (feedback response rate and time).
    var comments: [CommentRecord] = []
    /// Rows stamped after this are in the future: the clock when they are
    /// read plus `futureToleranceSeconds` (nil for a fixed as-of, whose
    /// `cutoff` leaves later rows out without a word). Issue 10: such rows
    /// are named and not counted, and do not make the data look fresh.
    public var futureLimit: Double?
    /// A source clock a little ahead of this one is not the future.
    public static let futureToleranceSeconds = 60.0
    /// The newest row time seen (for freshness).
    public internal(set) var newestRowTime: Double?

    /// Answered live waits per clock hour (hour number since the epoch), for the
    /// "last hours" sparkline of a day's wallboard. One entry per hour of
    /// data: small, and it does not grow with rows.
    public internal(set) var hourlyWaits: [Int: HourWaits] = [:]
    /// The hour a wait was added to last, and its place in `hourlyWaits`.
    var lastWaitHour: (hour: Int, place: Dictionary<Int, HourWaits>.Index?) = (Int.min, nil)

    var contacts = ContactTable()
    /// Caller ids of open contacts (RecentAbandons.swift).
    var callers: [String: String] = [:]
    /// Per agent id (`NameTable`), its latest answer in each group, indexed
    /// by the group's id (`groupIDs`; NaN: none), for agents counted from
    /// answers. A dictionary keyed by agent and group was hashed on every
    /// answer, and a list of an agent's groups searched (some 14 each) took
    /// a thirtieth of a large load's main thread (issue 11). An agent's
    /// array reaches the highest group id it answered in: 8 bytes × agents
    /// × groups at most (40 agents × 25 groups on the 1M file; 2,000 agents in 500 groups
    /// would be 8 MB).
    var agentLastAnswer: [[Double]] = []
    var groupIDs = GroupIDs()
    /// Agent events and answered contacts, for the agents' states.
    public internal(set) var agentLog = AgentLog(keepsOpenAnswers: false)
    /// Arrivals of live contacts, for the forecast's rate of the last hour.
    var recentArrivals: [Double] = []
    /// Per channel id, its class and service-level seconds (MetricsStore+Channels).
    var channelRules: [ChannelRule?] = []
    var arrivalsPruneAt = 4096
    /// Where the contact rules' tallies go during a large load
    /// (`beginTallies`): the thread that applies them, the block being
    /// filled, and whether they go there (`false`: applied at once). Set
    /// with no pipeline, they are dropped (`dropTallies`: a scratch store
    /// asked only for its contacts).
    var tallyPipeline: TallyPipeline?
    var tallyBlock = TallyBlock()
    public internal(set) var talliesApart = false
    var eventsSinceSweep = 0
    /// The file whose rows the contact rules read last, its newest row time
    /// so far, and the contact files a load will read later with the time
    /// each starts at: what a sweep forgets by (MetricsStore+SweepClock).
    var sweepFile: Int32 = -1
    var sweepNow = -Double.infinity
    var laterContactFiles = LaterContactFiles()
    var sweptBehind = false

    /// How long a closed contact is remembered to catch a duplicate event,
    /// and how long one in service may wait for its resolve.
    public static let closedMemorySeconds = 48.0 * 3600
    public static let inServiceMemorySeconds = 7.0 * 86_400
    static let sweepEvery = 50_000

    public init(settings: Settings = Settings(), clock: ZoneClock = .utc, cutoff: Double? = nil) {
        self.settings = settings
        self.clock = clock
        self.cutoff = cutoff
    }

    /// False (and counted) when the row is after the cutoff.
    mutating func admit(_ time: Double) -> Bool {
        if let cutoff, time > cutoff {
            skippedAfterCutoff += 1
            return false
        }
        if newestRowTime.map({ time > $0 }) ?? true { newestRowTime = time }
        return true
    }

    /// The same, noting the row's time on its file (freshness per kind);
    /// a row in the future (`futureLimit`) is rejected.
    mutating func admit(_ time: Double, from origin: RowOrigin) -> Bool {
        // No reader makes one; through the API, a contact's state could not
        // tell it from an event not taken (`ContactState`).
        guard !time.isNaN else {
            ledger.reject(origin, "the time is not a number")
            return false
        }
        // After the clock is the future, also past a cutoff: a replay as of
        // the data's end (`--as-of latest`) found its as-of, the newest
        // row, under the clock, and names such rows as `report` does. (A
        // fixed `--as-of TIME` has no limit: later rows are just left out.)
        if let futureLimit, time > futureLimit {
            ledger.rejectFuture(origin, "stamped \(clock.rfc3339(time)), after the clock (\(clock.rfc3339(futureLimit - Self.futureToleranceSeconds))): in the future")
            return false
        }
        guard admit(time) else { return false }
        ledger.noteRowTime(origin.file, time)
        return true
    }

    /// The local day of `time`, as `clock.day(of:)` gives it, without the
    /// clock's lock for each row: the offset of the quarter hour used last
    /// is kept here (the clock keys its offsets by quarter hour the same way).
    @inline(__always)
    mutating func day(of time: Double) -> LocalDay {
        // One event asks for the day of its time several times (its row,
        // its aggregates, its abandon): the last answer is kept.
        // And rows mostly follow each other within a quarter hour, whose
        // offset, and so day, is the same: two comparisons, no division,
        // and no call (a call per tally was a fiftieth of them, issue 11).
        if time >= offsetMemo.from && time < offsetMemo.until { return offsetMemo.day }
        return dayPastMemo(time)
    }

    @inline(never)
    private mutating func dayPastMemo(_ time: Double) -> LocalDay {
        let key = Int((time / 900).rounded(.down))
        if key != offsetMemo.key {
            offsetMemo.key = key
            offsetMemo.offset = clock.offset(at: time)
        }
        let day = Int(((time + Double(offsetMemo.offset)) / 86_400).rounded(.down))
        offsetMemo.day = LocalDay(number: day)
        // Where both the quarter hour and the local day hold (an offset
        // that is no whole number of quarter hours ends a day mid-quarter).
        // The day's last second is left out: there `time + offset` can round
        // up to midnight itself (crossing a power of two, it loses a bit), and
        // the clock then says the next day. Those times are worked out each.
        offsetMemo.from = max(Double(key * 900), Double(day * 86_400 - offsetMemo.offset))
        offsetMemo.until = min(Double((key + 1) * 900), Double((day + 1) * 86_400 - offsetMemo.offset - 1))
        if !(time >= offsetMemo.from && time < offsetMemo.until) {
            // Rounding at the edge: the day is right, but not remembered for a span.
            offsetMemo.from = time
            offsetMemo.until = time.nextUp
        }
        return offsetMemo.day
    }

    /// Changes the aggregate of `time`'s day and `group`. Inlined with the
    /// cache's lookup, which nearly every tally hits: a call per tally, and
    /// the closure's, were a tenth of the tallies (issue 11).
    @inline(__always)
    mutating func withAggregate(_ time: Double, _ group: GroupKey, _ body: (inout QueueAggregate) -> Void) {
        let day = day(of: time)
        // Mixed so that a day's few dozen groups, and the day before's,
        // rarely share a place (name ids are small and close together).
        let slot = (day.number &* 0x9E37_79B1 &+ Int(group.queue) &* 0x85EB_CA6B &+ Int(group.channel) &* 0xC2B2_AE35) >> 16 & 255
        let cached = cellCache[slot]
        let index = cached.day == day.number && cached.group == group ? cached.index : aggregateIndex(day, group, slot: slot)
        body(&aggregates[index])
    }

    /// The aggregate of a day and group the cache did not hold, made if new; cached at `slot`.
    @inline(never)
    private mutating func aggregateIndex(_ day: LocalDay, _ group: GroupKey, slot: Int) -> Int {
        let index: Int
        if let known = days[day]?.groups[group] {
            index = known
        } else {
            index = aggregates.count
            aggregates.append(QueueAggregate())
            days[day, default: DayBucket()].groups[group] = index
        }
        cellCache[slot] = CellCacheEntry(day: day.number, group: group, index: index)
        return index
    }

    // MARK: Surveys, periods, agents

    /// One criterion of a quality review; a second score for the same
    /// criterion (case-insensitive) in one review is a bad row, the first kept.
    public mutating func add(_ q: QualityScore, origin: RowOrigin) {
        precondition(!talliesApart, "the tallies are on the pipeline's thread")
        // A review's rows follow each other, each naming one of a few
        // criteria: the review and the criterion's spelling seen before are
        // matched as they are, with no String hashed or lowercased (issue
        // 11: those were most of a 1M directory's quality rows' time).
        let known: Int? = if let last = lastReview, last.id == q.reviewID { last.index } else { reviewIndex[q.reviewID] }
        let spelled = criterionSpellings.first { $0.spelling == q.criterion }?.id
        // Lowercased once, and looked up once, for a spelling not met before.
        let key = spelled == nil ? q.criterion.lowercased() : nil
        // The readers refuse a row without one; a name table holds no empty name.
        if key?.isEmpty == true { return ledger.reject(origin, "missing criterion") }
        let existing = spelled ?? key.flatMap { criteria.lookup($0) }
        if let known, let id = existing, reviews[known].criteria.contains(where: { $0.id == id }) {
            ledger.reject(origin, "a second score for criterion \(Sanitize.quoted(q.criterion)) in review \(Sanitize.quoted(q.reviewID))")
            return
        }
        guard admit(q.time, from: origin) else { return }
        let i = known ?? reviews.count
        if known == nil {
            reviews.append(QualityReview())
            reviewIndex[q.reviewID] = i
        }
        lastReview = (q.reviewID, i)
        if q.time > reviews[i].latest {
            reviews[i].latest = q.time
            reviews[i].latestDay = day(of: q.time)
        }
        // The first named agent (an empty name's id is none).
        if reviews[i].agentID == NameTable.none { reviews[i].agentID = reviewAgents.id(q.agent) }
        // A criterion not known in any spelling: `key` is there (`spelled` is nil).
        let id = existing ?? criteria.id(key!)
        if Int(id) == criterionNames.count { criterionNames.append(q.criterion) }
        if spelled == nil, criterionSpellings.count < 16 { criterionSpellings.append((q.criterion, id)) }
        reviews[i].criteria.append(.init(id: id, score: q.score))
    }

    public mutating func add(_ line: CostLine) { costs.append(line) }
    public mutating func add(_ line: BenefitLine) { benefits.append(line) }
    public mutating func add(_ period: CustomerPeriod) { customers.append(period) }

    /// An agent event; `origin` (an `agents` file row) notes the file's freshness.
    public mutating func add(_ event: AgentStateEvent, origin: RowOrigin? = nil) {
        precondition(!talliesApart, "the tallies are on the pipeline's thread")
        guard origin.map({ admit(event.time, from: $0) }) ?? admit(event.time) else { return }
        if !agentLog.keepsOpenAnswers {
            // The contacts open now, and who answered them (`ContactState.openAgent`).
            agentLog.keepOpenAnswers(contacts.values.compactMap { c in
                c.openAgent == NameTable.none ? nil : c.answer.map { (agent: c.openAgent, answer: $0) }
            })
        }
        agentLog.add(event)
    }
}

public struct HourWaits: Sendable, Equatable {
    public var count = 0
    public var sum = 0.0

    mutating func add(_ wait: Double) {
        count += 1
        sum += wait
    }
}

struct OffsetMemo: Sendable {
    var key = Int.min
    var offset = 0
    /// The times `from..<until` are all on `day` (none, at first).
    var from = Double.infinity
    var until = -Double.infinity
    var day = LocalDay(number: 0)
}

struct CellCacheEntry: Sendable {
    var day = Int.min
    var group = GroupKey(queue: NameTable.none, channel: NameTable.none)
    var index = 0
}

extension SatisfactionAggregate {
    mutating func add(_ answer: SurveyAnswer, positiveMin: Double) {
        switch answer.type {
        case .csat:
            csatCount += 1
            csatSum += answer.score
            if answer.score >= positiveMin { csatPositive += 1 }
        case .nps:
            npsCount += 1
            // Decimal scores: 9 and above promote, below 7 detract.
            if answer.score >= 9 { promoters += 1 } else if answer.score >= 7 { passives += 1 } else { detractors += 1 }
        case .ces:
            cesCount += 1
            cesSum += answer.score
        }
    }
}
