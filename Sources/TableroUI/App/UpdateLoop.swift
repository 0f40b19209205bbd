import TableroCore

// The loop's state machine in `update` (DESIGN.md, "The loop"): the first
// load in slices, the per-second tick, the once-a-minute and midnight full
// report, the 50 ms coalescing of reports under a busy writer, the settle
// time of a held last line, polling, and the reload a changed tablero.toml or
// period file asks for. The runner only carries out the commands and sends
// the answers back, so all of this is tested as values (LoopScriptTests).

func receiveLoop(_ message: Message, _ model: inout DashboardModel) -> [Command] {
    switch message {
    case .tick(let reading), .clock(let reading):
        model.loop.wall = reading.wall
        model.now = reading.asOf
        // The clock alone: the turn's wakes are handled at it, then its tick does what is due.
        guard case .tick = message else { return [] }
        return dueWork(&model)
    case .watcherPolls(let interval):
        model.loop.pollInterval = interval
        return []
    case .directoryChanged:
        if model.loop.isLoading {
            // The slices read it, or the refresh after the load does.
            model.loop.changedDuringLoad = true
            return []
        }
        return [.refresh(byteBudget: nil), .checkScenarioFile]
    case .refreshed(let refresh):
        return refreshed(refresh, &model)
    case .settingsRead(let result):
        return settingsRead(result, &model)
    case .reportComputed(let report):
        // Asked for before a reload: the figures of a store that is gone.
        guard !model.loop.isLoading else { return [] }
        model.report = report
        model.floor.alerts.observe(report.alerts, now: model.loop.wall, asOf: report.asOf)
        let ring = model.bell.shouldRing(report.alerts, now: model.loop.wall,
                                         enabled: model.settings.alerts.bell || model.bellFlag)
        var commands: [Command] = ring ? [.bell] : []
        // A figure that just turned critical flashes: wake to draw it.
        if let end = model.floor.alerts.flashEnds(seconds: model.settings.alerts.flashSeconds), end > model.loop.wall {
            commands += wake(model)
        }
        guard model.loop.clampAgents else { return commands }
        model.loop.clampAgents = false
        if clampAgentsSlider(&model) { commands += requestReport(&model) }
        return commands
    case .signal:
        model.quitting = true
        return [.quit]
    default:
        return []
    }
}

/// The report for the model as it is now. Not while loading: the load
/// asks for one when it ends, with the window and sliders as they are then.
func requestReport(_ model: inout DashboardModel) -> [Command] {
    guard !model.loop.isLoading else { return [] }
    model.loop.lastFullReport = model.now
    model.loop.lastFullReportDay = localDay(model, model.now)
    model.loop.lastReportWall = model.loop.wall
    model.loop.figuresDirty = false
    return [.computeReport(ReportRequest(window: model.window, asOf: model.now, scenario: model.scenario))]
}

/// Whatever the time of the last tick makes due.
private func dueWork(_ model: inout DashboardModel) -> [Command] {
    let wall = model.loop.wall
    if case .loading(let started) = model.loop.phase {
        // One slice per tick; the runner reads keys between ticks. The
        // first tick only draws: "Loading…" at once, not a blank screen
        // for as long as a slice takes (120-180 ms on the 1M events file).
        guard started != nil else {
            model.loop.phase = .loading(startedWall: wall)
            return [.wakeAt(wall)]
        }
        return [.refresh(byteBudget: LoopState.sliceBytes)]
    }
    var commands: [Command] = []
    if let interval = model.loop.pollInterval, wall >= model.loop.nextPoll {
        model.loop.nextPoll = wall + interval
        commands.append(.poll)
    }
    if let settle = model.loop.settleAt, wall >= settle {
        model.loop.settleAt = nil
        commands.append(.refresh(byteBudget: nil))
    }
    if model.loop.clockMoves, Int(wall.rounded(.down)) != model.loop.lastTickSecond {
        model.loop.lastTickSecond = Int(wall.rounded(.down))
        commands.append(.secondPassed(asOf: model.now))
        commands += clockSecond(&model)
    }
    if model.loop.coalescedReportDue { commands += requestReport(&model) }
    return commands + wake(model)
}

/// The clock moved a second: waiting-now and the other clock-driven figures
/// follow it without merging the window again (a full report costs 1–11 ms
/// on the sample, this a few µs). Once a minute of the dashboard's clock,
/// and when its local day changes, the whole report is computed again.
private func clockSecond(_ model: inout DashboardModel) -> [Command] {
    let minuteOld = model.now - model.loop.lastFullReport >= LoopState.fullReportSeconds
    let newDay = localDay(model, model.now) != model.loop.lastFullReportDay
    if model.report == nil || minuteOld || newDay { return requestReport(&model) }
    return [.refreshClockFigures(asOf: model.now)]
}

private func refreshed(_ refresh: DataRefresh, _ model: inout DashboardModel) -> [Command] {
    if let at = refresh.settleAt { model.loop.settleAt = min(model.loop.settleAt ?? at, at) }
    model.newestRowTime = refresh.newestRowTime
    if case .loading(let started) = model.loop.phase {
        model.loading = LoadProgress(bytesRead: refresh.bytesConsumed, bytesTotal: refresh.bytesKnown,
                                     rows: refresh.rows, seconds: model.loop.wall - (started ?? model.loop.wall))
    }
    if refresh.settingsChanged {
        model.loop.awaitingSettings = refresh
        return [.readSettings]
    }
    return actOn(refresh, &model)
}

/// The rest of a refresh, once any settings change in it is settled.
private func actOn(_ refresh: DataRefresh, _ model: inout DashboardModel) -> [Command] {
    if refresh.reloadAdvised { return startReload(&model) }
    if model.loop.isLoading {
        return refresh.pending ? [.wakeAt(model.loop.wall)] : finishLoad(&model)
    }
    if refresh.changed { model.loop.figuresDirty = true }
    if model.loop.coalescedReportDue { return requestReport(&model) + wake(model) }
    return wake(model)
}

private func finishLoad(_ model: inout DashboardModel) -> [Command] {
    var commands: [Command] = []
    if model.loop.asOfAwaitsLoad {
        // A replay of where the data ends, found by the dashboard's own
        // load (not by a whole read before it, which doubled the wait).
        guard let newest = model.newestRowTime else {
            model.noDatedRow = true
            model.quitting = true
            return [.quit]
        }
        model.loop.asOfAwaitsLoad = false
        model.now = newest
        commands.append(.fixAsOf(newest))
    }
    model.loading = nil
    model.loop.phase = .running
    model.loop.clampAgents = true
    commands += requestReport(&model)
    // The `--scenario` file as it is now: later changes are re-read.
    commands.append(.checkScenarioFile)
    if model.loop.changedDuringLoad {
        model.loop.changedDuringLoad = false
        commands.append(.refresh(byteBudget: nil))
    }
    return commands + wake(model)
}

/// tablero.toml changed. A good file replaces the settings and everything is
/// loaded again under it (the zone, the service-level target and the scales
/// decide how rows are counted); a broken one keeps the old settings and the
/// header says why.
private func settingsRead(_ result: Result<Settings, SettingsProblem>, _ model: inout DashboardModel) -> [Command] {
    let pending = model.loop.awaitingSettings
    model.loop.awaitingSettings = nil
    switch result {
    case .success(let settings):
        model.settingsProblem = nil
        followBaseline(&model, to: settings)
        model.settings = settings
        return startReload(&model)
    case .failure(let problem):
        model.settingsProblem = problem.message
        return pending.map { actOn($0, &model) } ?? []
    }
}

/// Sliders whose baseline comes from the settings (acquisition multiple,
/// attribution) and that sat on the old baseline move to the new one, so a
/// settings change does not look like a scenario.
func followBaseline(_ model: inout DashboardModel, to new: Settings) {
    let before = Scenario(settings: model.settings), after = Scenario(settings: new)
    for slider in Slider.allCases where before[slider] != after[slider] {
        if model.scenario[slider] == before[slider] { model.scenario[slider] = after[slider] }
        if model.savedScenario?[slider] == before[slider] { model.savedScenario?[slider] = after[slider] }
    }
}

/// An empty store and the directory read again from its start, behind the
/// progress bar; a load in progress starts over.
private func startReload(_ model: inout DashboardModel) -> [Command] {
    model.report = nil
    model.newestRowTime = nil
    model.loop.phase = .loading(startedWall: nil)
    model.loop.settleAt = nil
    model.loop.figuresDirty = false
    model.loop.changedDuringLoad = false
    return [.reload(model.settings), .wakeAt(model.loop.wall)]
}

/// `--what-if agents=-N` against the agents the first report found: the
/// last agent cannot be taken away; and the retention slider within what
/// the window's retention allows. True when a slider moved.
private func clampAgentsSlider(_ model: inout DashboardModel) -> Bool {
    var moved = false
    for slider in [Slider.agents, .retention] {
        let range = slider.range(agents: model.agents, retentionPercent: model.retentionPercent)
        let value = model.scenario[slider]
        guard !range.contains(value) else { continue }
        model.scenario[slider] = min(max(value, range.lowerBound), range.upperBound)
        moved = true
    }
    return moved
}

/// The earliest deadline: the next clock second, poll, settle time or
/// coalesced report. None with a fixed as-of, inotify and nothing held:
/// the process sleeps until something happens.
private func wake(_ model: DashboardModel) -> [Command] {
    let loop = model.loop
    var due: [Double] = []
    if loop.clockMoves { due.append(loop.wall.rounded(.down) + 1) }
    if loop.pollInterval != nil { due.append(loop.nextPoll) }
    if let settle = loop.settleAt { due.append(settle) }
    if loop.figuresDirty { due.append(loop.nextReportWall) }
    // A flashing figure is drawn again every half second until its flash ends.
    if let end = model.floor.alerts.flashEnds(seconds: model.settings.alerts.flashSeconds), end > loop.wall {
        due.append((loop.wall * 2).rounded(.down) / 2 + 0.5)
    }
    return due.min().map { [.wakeAt($0)] } ?? []
}

private func localDay(_ model: DashboardModel, _ instant: Double) -> LocalDay? {
    ZoneClock(identifier: model.settings.general.timezone)?.day(of: instant)
}

extension LoopState {
    /// The earliest wall time a report for new rows may be asked for.
    var nextReportWall: Double { lastReportWall + LoopState.coalesceSeconds }

    /// New rows wait for a report, and the last one is old enough. Compared
    /// with the very deadline `wakeAt` names, so waking at it is enough.
    var coalescedReportDue: Bool { figuresDirty && wall >= nextReportWall }
}
