/// The files of contact events a load reads, in read order, where each
/// starts in time, and, for one written newest first, the earliest time
/// it holds: the sweep forgets nothing as if after the start of a file
/// still to come, nor, while a file written newest first is read, after
/// its earliest row, which comes last (MetricsStore+SweepClock). Files
/// begin in read order, so those still to come are always the ones after
/// the last begun: the earliest start of each file and all after it is
/// kept, and the clock's floor is read in one step, however many files.
struct LaterContactFiles: Sendable {
    /// Each file's place in read order.
    private var place: [String: Int] = [:]
    /// Where each file starts (-infinity: nothing is forgotten).
    private var starts: [Double] = []
    /// The earliest start among each file and those after it.
    private var earliestFrom: [Double] = []
    /// Per file, what the clock may not pass while it is read: its
    /// earliest row when written newest first, infinity otherwise.
    private var holds: [Double] = []
    /// The first file not begun, and the one being read (the last begun).
    private var next = 0
    private var reading: Int?

    private var readingHold: Double { reading.map { holds[$0] } ?? .infinity }

    var isEmpty: Bool { next >= starts.count && readingHold == .infinity }

    /// Nothing is forgotten as if after this.
    var floor: Double { min(next < earliestFrom.count ? earliestFrom[next] : .infinity, readingHold) }

    /// Whether `path` is a file still to come.
    func expects(_ path: String) -> Bool { place[path].map { $0 >= next } ?? false }

    /// Files a load reads, each after those given before, with where they
    /// start and, for one written newest first, its earliest time (`hold`);
    /// a file given again gets these anew.
    mutating func expect(_ files: [(path: String, start: Double, hold: Double?)]) {
        for (path, start, hold) in files {
            if let i = place[path] {
                starts[i] = start
                holds[i] = hold ?? .infinity
            } else {
                place[path] = starts.count
                starts.append(start)
                holds.append(hold ?? .infinity)
            }
        }
        earliestFrom = starts
        for i in earliestFrom.indices.reversed().dropFirst() { earliestFrom[i] = min(earliestFrom[i], earliestFrom[i + 1]) }
    }

    /// `path` begins: it is being read, and it and any file before it are
    /// no longer to come.
    mutating func begin(_ path: String) {
        guard let i = place[path], i >= next else { return }
        next = i + 1
        reading = i
    }
}
