/// A row of a parallel load's surveys batch (`TableroIngest.SurveyBatch`):
/// an answer read well, or a bad row, with its line in the batch.
public enum SurveyBatchRow: Sendable {
    case answer(SurveyAnswer, line: Int32)
    case rejected(line: Int32, reason: String)
}

/// Survey answers: each adds to the satisfaction tallies of its local day.
extension MetricsStore {
    public mutating func add(_ answer: SurveyAnswer, origin: RowOrigin) {
        guard let day = admitAnswer(answer, origin: origin) else { return }
        days[day, default: DayBucket()].satisfaction.add(answer, positiveMin: settings.satisfaction.csatPositiveMin)
    }

    /// A batch's rows in file order, as a one-pass read gives them to
    /// `add(_:origin:)`: each counts in the file's rows, a bad one is
    /// rejected, an answer added. `lineShift` turns the batch's lines into
    /// the file's.
    ///
    /// Answers on one local day, which follow each other in a file sorted
    /// by time, add into one copy of that day's tallies, put back when the
    /// day changes: the day table is hashed once per run, not per row
    /// (issue 11: per row it was a seventh of the surveys' main-thread
    /// time). The same additions run in the same order, so every sum is
    /// the one the rows give one by one, to the last bit.
    public mutating func add(surveys rows: [SurveyBatchRow], file: Int32, lineShift: Int32) {
        guard !rows.isEmpty else { return }
        ledger.countRows(file, rows.count)
        let positiveMin = settings.satisfaction.csatPositiveMin
        var run: (day: LocalDay, tallies: SatisfactionAggregate)?
        for row in rows {
            switch row {
            case .rejected(let line, let reason):
                ledger.reject(RowOrigin(file: file, line: line + lineShift), reason)
            case .answer(let answer, let line):
                guard let day = admitAnswer(answer, origin: RowOrigin(file: file, line: line + lineShift)) else { continue }
                if run?.day != day {
                    if let run { days[run.day, default: DayBucket()].satisfaction = run.tallies }
                    run = (day, days[day]?.satisfaction ?? SatisfactionAggregate())
                }
                run!.tallies.add(answer, positiveMin: positiveMin)
            }
        }
        if let run { days[run.day, default: DayBucket()].satisfaction = run.tallies }
    }

    /// An answer's checks: its score on its scale, its time admitted (not
    /// after the cutoff, not in the future). Notes its comment, and gives
    /// its local day; nil when it is rejected or skipped.
    private mutating func admitAnswer(_ answer: SurveyAnswer, origin: RowOrigin) -> LocalDay? {
        precondition(!talliesApart, "the tallies are on the pipeline's thread")
        let s = settings.satisfaction
        let scale: ClosedRange<Double> = switch answer.type {
        case .csat: 1...s.csatScale
        case .nps: 0...10
        case .ces: 1...s.cesScale
        }
        guard scale.contains(answer.score) else {
            let name = switch answer.type {
            case .csat: "csat"
            case .nps: "nps"
            case .ces: "ces"
            }
            ledger.reject(origin, "\(name) score \(Format.plain(answer.score)) outside \(Format.plain(scale.lowerBound))..\(Format.plain(scale.upperBound))")
            return nil
        }
        guard admit(answer.time, from: origin) else { return nil }
        if answer.hasComment { comments.append(CommentRecord(time: answer.time, respondedAt: answer.respondedAt)) }
        return day(of: answer.time)
    }
}
