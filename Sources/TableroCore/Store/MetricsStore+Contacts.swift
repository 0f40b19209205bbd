/// The contact rules of METRICS.md ("Details that decide edge cases"): every
/// event counts on its own time; orphans count but give no wait; a second
/// event of a kind, or a negative duration, rejects the later row.
extension MetricsStore {
    public mutating func add(_ e: ContactEvent, origin: RowOrigin) {
        add(e, origin: origin, ids: EventNameIDs(queue: names.id(e.queue), channel: names.id(e.channel), agent: names.id(e.agent)))
    }

    /// The same, with the event's names already turned into ids (`nameID`)
    /// by a reader that caches them: the hot path of a large load.
    public mutating func add(_ e: ContactEvent, origin: RowOrigin, ids: EventNameIDs) {
        let id = ContactID(e.contactID)
        add(StoreEvent(e, key: id.key), text: EventText(longID: id.longText, caller: e.caller), origin: origin, ids: ids,
            idHash: id.hash)
    }

    /// Asks the cache for where the contacts with id hashes `hashes` are
    /// looked up, and changes nothing. `add(batch:)` calls it for the rows
    /// ahead, so their cache misses overlap instead of waiting on each in
    /// turn: with 10M contacts the table is far larger than the cache, and
    /// that wait was a third of the main thread (issue 11). A prefetch hint
    /// (`CPrefetch`), not a load: the loads this used to make held the
    /// thread up until their lines came (10M: 4.53 against 4.06 s median,
    /// 6 alternating runs). A table that stays in the cache is left alone.
    func warmContacts(_ hashes: UnsafeBufferPointer<UInt64>, records: UnsafeBufferPointer<UInt64>) {
        guard contacts.indexIsLarge else { return }
        contacts.warm(hashes)
        if contacts.recordsAreLarge { contacts.warmRecords(records) }
    }

    /// An events row read in one pass (`EventsDecoder`): its fields, names as ids.
    public mutating func add(time: Double, contactID: ContactID, kind: ContactEventKind, firstContact: Bool?,
                             origin: RowOrigin, ids: EventNameIDs) {
        add(StoreEvent(time: time, key: contactID.key, kind: kind, firstContact: firstContact),
            text: EventText(longID: contactID.longText, caller: ""), origin: origin, ids: ids, idHash: contactID.hash)
    }

    /// `admitted`: the caller knows the row is neither after the cutoff nor
    /// in the future, and notes its time on its file itself (`add(batch:)`
    /// does, once per batch); only the newest time is kept here.
    mutating func add(_ e: StoreEvent, text: EventText, origin: RowOrigin, ids: EventNameIDs, idHash hash: UInt64,
                      admitted: Bool = false) {
        if origin.file != sweepFile { beginSweepFile(origin.file) }
        if admitted {
            if newestRowTime.map({ e.time > $0 }) ?? true { newestRowTime = e.time }
        } else {
            guard admit(e.time, from: origin) else { return }
        }
        if e.time > sweepNow { sweepNow = e.time }
        eventsSinceSweep += 1
        // Sweeping walks the whole table, so it waits for at least as many
        // events as the table holds: its cost per event stays constant.
        if eventsSinceSweep >= max(Self.sweepEvery, contacts.count) { sweepByClock() }

        let channel = names.channel(ids.channel)
        let queue = ids.queue
        // One hash of the id per event: the state is changed in its slot.
        guard let slot = contacts.find(e.key, longID: text.longID, hash: hash) else {
            startContact(e, text: text, origin: origin, queue: queue, channel: channel, agent: ids.agent, hash: hash)
            return
        }
        var state = contacts[slot: slot]
        if let reason = apply(e, text: text, to: &state, queue: queue, channel: channel, agent: ids.agent) {
            ledger.reject(origin, reason)
            return
        }
        contacts[slot: slot] = state
    }

    /// Applies an event to a known contact; returns why it is rejected.
    private mutating func apply(_ e: StoreEvent, text: EventText, to state: inout ContactState, queue: Int32, channel: Int32,
                                agent: Int32) -> String? {
        // A rejected event changes nothing: checked before the group moves.
        if let reason = rejection(e, state, text: text) { return reason }
        // The group the contact's earlier events were counted in.
        let recorded = GroupKey(queue: state.queue, channel: state.channel)
        // A contact's queue and channel are the first non-empty values among its events.
        if state.queue == NameTable.none { state.queue = queue }
        if state.channel == NameTable.none { state.channel = channel }
        let group = GroupKey(queue: state.queue, channel: state.channel)
        // Where the earlier events count from now on: moved to the group this
        // event names, when they can be (`regroup`).
        // (An `if`, not `||`: its right side is an autoclosure, which
        // retained and released the event's texts for every row.)
        var counted = recorded
        if group != recorded, regroup(state, text: text, key: e.key, from: recorded, to: group) { counted = group }
        switch e.kind {
        case .arrive:
            state.arrive = e.time
            tallyArrive(e.time, group)
            if !text.caller.isEmpty { noteCaller(text.id(e.key), text.caller) }
            pairLateArrive(&state, group: counted, key: e.key, text: text)
        case .answer:
            state.answer = e.time
            forgetCaller(e.key, text)
            recordAnswer(e, wait: state.arrive.map { e.time - $0 }, group: group, agent: agent)
            noteAgentAnswer(&state, agent: agent, at: e.time, endedAt: state.resolveAt)
            if let resolve = state.resolveAt, !state.handleGiven {
                tally(TallyOp(.handleAfterResolve, resolve, counted, a: resolve - e.time))
            }
        case .abandon:
            state.abandonAt = e.time
            state.abandonCause = e.abandonCause
            recordAbandon(e, text: text, wait: state.arrive.map { e.time - $0 }, group: group)
            forgetCaller(e.key, text)
            noteAgentEnd(&state, at: e.time)
        case .resolve:
            state.resolveAt = e.time
            state.handleGiven = e.handleSeconds != nil
            state.firstContact = e.firstContact
            recordResolve(e, answer: state.answer, arrive: state.arrive, group: group)
            noteAgentEnd(&state, at: e.time)
        }
        return nil
    }

    private mutating func startContact(_ e: StoreEvent, text: EventText, origin: RowOrigin, queue: Int32, channel: Int32, agent: Int32,
                                       hash: UInt64) {
        var state = ContactState(queue: queue, channel: channel, file: origin.file)
        let group = GroupKey(queue: queue, channel: channel)
        switch e.kind {
        case .arrive:
            state.arrive = e.time
            tallyArrive(e.time, group)
            if !text.caller.isEmpty { noteCaller(text.id(e.key), text.caller) }
        case .answer:
            ledger.countOrphan(origin.file)
            state.orphan = true
            state.answer = e.time
            recordAnswer(e, wait: nil, group: group, agent: agent)
            noteAgentAnswer(&state, agent: agent, at: e.time, endedAt: nil)
        case .abandon:
            ledger.countOrphan(origin.file)
            state.orphan = true
            state.abandonAt = e.time
            state.abandonCause = e.abandonCause
            recordAbandon(e, text: text, wait: nil, group: group)
        case .resolve:
            ledger.countOrphan(origin.file)
            state.orphan = true
            state.resolveAt = e.time
            state.handleGiven = e.handleSeconds != nil
            state.firstContact = e.firstContact
            recordResolve(e, answer: nil, arrive: nil, group: group)
        }
        // Only `add` starts a contact, when the table does not hold it.
        contacts.insertNew(e.key, longID: text.longID, hash: hash, state)
    }

    /// Why an event cannot be taken for a known contact: a second one of its
    /// kind, or a negative wait, handle or resolution time. The id's text is
    /// made only for a message.
    /// Inlined: as a call of its own it retained and released the event's
    /// texts per row, 5 % more user CPU on 1M contacts (measured).
    @inline(__always)
    private func rejection(_ e: StoreEvent, _ state: ContactState, text: EventText) -> String? {
        var id: String { text.id(e.key) }
        switch e.kind {
        case .arrive:
            guard state.arrive == nil else { return "second arrive for contact \(Sanitize.quoted(id))" }
            if let answer = state.answer, answer < e.time {
                return "arrive after its answer for contact \(Sanitize.quoted(id)) (negative wait)"
            }
            if state.firstTime < e.time {
                return "arrive after its abandon or resolve for contact \(Sanitize.quoted(id)) (negative duration)"
            }
        case .answer, .abandon:
            return endConflict(e, state, text: text)
        case .resolve:
            guard !state.resolved else { return "second resolve for contact \(Sanitize.quoted(id))" }
            if let answer = state.answer, e.time < answer {
                return "resolve before answer for contact \(Sanitize.quoted(id)) (negative handle time)"
            }
            if let arrive = state.arrive, e.time < arrive {
                return "resolve before arrive for contact \(Sanitize.quoted(id)) (negative resolution time)"
            }
        }
        return nil
    }

    /// Why an answer or abandon (the two ways a wait ends) cannot be taken:
    /// a second one, the other one already, after the resolve (a resolve
    /// read first still pairs with one before it), or before the arrive.
    /// The id's text is made from `text` only for a message: taken as an
    /// autoclosure, `text`'s two strings were retained and released around
    /// each call, a fortieth of a large load's main thread (issue 11).
    private func endConflict(_ e: StoreEvent, _ state: ContactState, text: EventText) -> String? {
        func id() -> String { text.id(e.key) }
        let name = e.kind.name
        let other: ContactEventKind = e.kind == .answer ? .abandon : .answer
        let (mine, theirs) = e.kind == .answer ? (state.answered, state.abandoned) : (state.abandoned, state.answered)
        if mine { return "second \(name) for contact \(Sanitize.quoted(id()))" }
        if theirs { return "\(name) after \(other.name) for contact \(Sanitize.quoted(id()))" }
        if let resolve = state.resolveAt, e.time > resolve { return "\(name) after resolve for contact \(Sanitize.quoted(id()))" }
        if let arrive = state.arrive, e.time < arrive {
            return "\(name) before arrive for contact \(Sanitize.quoted(id())) (negative wait)"
        }
        return nil
    }

    /// METRICS.md: a contact's queue and channel are the first non-empty
    /// values among its events, whatever order they are read in. When an
    /// event read after others names one, what those others counted moves
    /// from `old` to `new`: the offer, an answer without a wait (its arrive
    /// not read yet), an abandon (short or not, and its place in the
    /// call-back list), a resolve (its handle and resolution times, its
    /// first contact), each taken back and counted again, judged by the new
    /// channel's class. An answer whose wait is counted cannot move (a
    /// histogram takes no wait back), nor can a resolve whose handle time
    /// came with it and is not kept: then nothing moves, and the events
    /// read from now on count in `new` (README, departures). Returns
    /// whether it moved them.
    private mutating func regroup(_ state: ContactState, text: EventText, key: ContactKey, from old: GroupKey,
                                  to new: GroupKey) -> Bool {
        if state.answer != nil && state.arrive != nil { return false }
        if state.resolved && state.handleGiven { return false }
        if let arrive = state.arrive {
            var out = TallyOp(.unarrive, arrive, old)
            if channelRule(old.channel).cls == .live { out.flags.insert(.live) }
            tally(out)
            tallyArrive(arrive, new)
        }
        if let answer = state.answer {
            tally(TallyOp(.unanswer, answer, old))
            // Its agent answered in the new group too (the agents counted
            // from answers, with no agent events), while the contact is open
            // and its agent known (a review); the old group's entry stays.
            var into = TallyOp(.answer, answer, new)
            into.ref = state.openAgent
            tally(into)
        }
        if let abandon = state.abandonAt {
            let short = isShortAbandon(waited: state.arrive.map { abandon - $0 })
            var out = TallyOp(.unabandon, abandon, old, flags: short ? .short : [])
            out.cause = state.abandonCause
            tally(out)
            var into = TallyOp(.abandon, abandon, new, flags: short ? .short : [])
            into.cause = state.abandonCause
            tally(into)
            if !short { tallyPairedAbandon(at: abandon, PairedAbandon(id: text.id(key), short: false, group: new)) }
        }
        if let resolve = state.resolveAt {
            // Its handle time was the answer's (not one it carried: refused above).
            let into = resolveOp(at: resolve, group: new, handle: state.answer.map { resolve - $0 }, arrive: state.arrive,
                                 firstContact: state.firstContact)
            var out = into
            out.kind = .unresolve
            out.group = old
            tally(out)
            tally(into)
        }
        return true
    }

    /// An arrive read after the contact's answer, abandon or resolve (equal
    /// timestamps in any order, or a rotated file that sorts first): the
    /// events pair as if read in order. The wait goes to the answer's day and
    /// group; an abandon sooner than the short threshold moves to short; the
    /// resolution time is added; and the contact is no longer an orphan.
    private mutating func pairLateArrive(_ state: inout ContactState, group: GroupKey, key: ContactKey, text: EventText) {
        guard let arrive = state.arrive else { return }
        if state.orphan {
            ledger.uncountOrphan(state.file)
            state.orphan = false
        }
        if let answer = state.answer {
            tally(waitOp(.wait, answer - arrive, answeredAt: answer, group: group))
        }
        if let abandon = state.abandonAt {
            let short = isShortAbandon(waited: abandon - arrive)
            if short {
                var op = TallyOp(.shortAbandon, abandon, group)
                op.cause = state.abandonCause
                tally(op)
            }
            let id = text.id(key)
            tallyPairedAbandon(at: abandon, PairedAbandon(id: id, waited: abandon - arrive, short: short, caller: callers[id]))
            callers[id] = nil
        }
        if let resolve = state.resolveAt {
            tally(TallyOp(.resolution, resolve, group, a: resolve - arrive))
        }
    }

    /// An arrive's tallies: offered, and a live arrival for the forecast.
    private mutating func tallyArrive(_ time: Double, _ group: GroupKey) {
        var flags: TallyOp.Flags = channelRule(group.channel).cls == .live ? .live : []
        if newestRowTime != nil { flags.insert(.hasValue) }
        tally(TallyOp(.arrive, time, group, flags: flags, a: newestRowTime ?? 0))
    }

    /// A wait's tally (`.answer` or `.wait`), judged by its own channel's
    /// target (METRICS.md, "Channels"); the headline's sparkline is the live class's.
    private mutating func waitOp(_ kind: TallyOp.Kind, _ wait: Double, answeredAt time: Double, group: GroupKey) -> TallyOp {
        let rule = channelRule(group.channel)
        var flags: TallyOp.Flags = .hasValue
        if rule.cls == .live { flags.insert(.live) }
        if rule.countsFirstResponse { flags.insert(.firstResponse) }
        return TallyOp(kind, time, group, flags: flags, a: wait, b: rule.serviceLevelSeconds)
    }

    private mutating func recordAnswer(_ e: StoreEvent, wait: Double?, group: GroupKey, agent: Int32) {
        var op = wait.map { waitOp(.answer, $0, answeredAt: e.time, group: group) } ?? TallyOp(.answer, e.time, group)
        op.ref = agent
        tally(op)
    }

    private mutating func recordAbandon(_ e: StoreEvent, text: EventText, wait: Double?, group: GroupKey) {
        let short = isShortAbandon(waited: wait)
        if !short {
            let id = text.id(e.key)
            tallyRecentAbandon(AbandonRecord(contactID: id, time: e.time, queue: group.queue, channel: group.channel,
                                             waited: wait, cause: e.abandonCause, caller: callers.isEmpty ? nil : callers[id]))
        }
        var op = TallyOp(.abandon, e.time, group, flags: short ? .short : [])
        op.cause = e.abandonCause
        tally(op)
    }

    /// METRICS.md: a short abandon waited less than the threshold; an
    /// orphan's (no wait known) never is.
    private func isShortAbandon(waited: Double?) -> Bool {
        waited.map { $0 < settings.queue.shortAbandonSeconds } ?? false
    }

    private mutating func recordResolve(_ e: StoreEvent, answer: Double?, arrive: Double?, group: GroupKey) {
        tally(resolveOp(at: e.time, group: group, handle: e.handleSeconds ?? answer.map { e.time - $0 }, arrive: arrive,
                        firstContact: e.firstContact))
    }

    /// A resolve's tally: its handle time, its resolution time from `arrive`
    /// when known, its first contact (`recordResolve`, and `regroup` again).
    private func resolveOp(at time: Double, group: GroupKey, handle: Double?, arrive: Double?, firstContact: Bool?) -> TallyOp {
        var op = TallyOp(.resolve, time, group)
        if let handle {
            op.flags.insert(.hasValue)
            op.a = handle
        }
        if let arrive {
            op.flags.insert(.hasSecond)
            op.b = time - arrive
        }
        if let firstContact {
            op.flags.insert(.firstContactKnown)
            if firstContact { op.flags.insert(.firstContactYes) }
        }
        return op
    }

    /// Forgets contacts that can no longer change a figure, so memory follows
    /// the open contacts and not the rows: waiting past the forget horizon
    /// (counted as unclosed), in service for a week, closed for two days.
    mutating func sweep(now: Double) {
        eventsSinceSweep = 0
        let forgetBefore = now - settings.queue.forgetWaitingAfterHours * 3600
        let closedBefore = now - Self.closedMemorySeconds
        let servedBefore = now - Self.inServiceMemorySeconds
        let (unclosedFiles, keys) = contacts.removeAll(withKeys: !callers.isEmpty) { c in
            if c.isWaiting { return c.arrive! < forgetBefore ? .forgetUnclosed : .keep }
            if c.isClosed { return c.lastTime < closedBefore ? .forget : .keep }
            return c.answered && c.lastTime < servedBefore ? .forget : .keep
        }
        for file in unclosedFiles { ledger.countUnclosed(file) }
        for id in keys { callers[id] = nil }
        tally(TallyOp(.agentForget, forgetBefore, GroupKey(queue: NameTable.none, channel: NameTable.none)))
    }

    /// An answer by a named agent: it is on contact until the contact ends.
    private mutating func noteAgentAnswer(_ state: inout ContactState, agent: Int32, at time: Double, endedAt: Double?) {
        guard agent != NameTable.none else { return }
        var op = TallyOp(.agentAnswered, time, GroupKey(queue: NameTable.none, channel: NameTable.none),
                         flags: endedAt == nil ? [] : .hasValue, a: endedAt ?? 0)
        op.ref = agent
        tally(op)
        if endedAt == nil { state.openAgent = agent }
    }

    /// The contact ends: the agent that answered it, if any, is told.
    private mutating func noteAgentEnd(_ state: inout ContactState, at time: Double) {
        guard state.openAgent != NameTable.none, let answer = state.answer else { return }
        var op = TallyOp(.agentEnded, time, GroupKey(queue: NameTable.none, channel: NameTable.none), a: answer)
        op.ref = state.openAgent
        tally(op)
        state.openAgent = NameTable.none
    }

    /// Most contacts carry no caller id: skip making and hashing their id's text.
    private mutating func forgetCaller(_ key: ContactKey, _ text: EventText) {
        if !callers.isEmpty { callers[text.id(key)] = nil }
    }
}

/// Interned ids of an event's queue, channel and agent (`NameTable.none` for none).
public struct EventNameIDs: Sendable {
    public var queue: Int32
    public var channel: Int32
    public var agent: Int32
    public init(queue: Int32, channel: Int32, agent: Int32) {
        self.queue = queue
        self.channel = channel
        self.agent = agent
    }
}

extension MetricsStore {
    /// The id of a queue, channel or agent name, for `add(_:origin:ids:)`.
    public mutating func nameID(_ name: String) -> Int32 { names.id(name) }

    /// Whether any event of this contact is still remembered.
    public func hasContact(_ id: String) -> Bool { contacts[id] != nil }
}
