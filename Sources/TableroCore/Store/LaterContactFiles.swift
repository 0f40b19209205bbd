/// The files of contact events a load has still to read, in read order,
/// and where each starts in time: the sweep forgets nothing as if after
/// the earliest of them (MetricsStore+SweepClock). Files begin in read
/// order, so those still to come are always the ones after the last begun:
/// the earliest start of each file and all after it is kept, and the
/// clock's floor is read in one step, however many files there are.
struct LaterContactFiles: Sendable {
    private var paths: [String] = []
    private var place: [String: Int] = [:]
    /// Where each file starts; -infinity until known (nothing is forgotten).
    private var starts: [Double] = []
    /// The earliest start among each file and those after it.
    private var earliestFrom: [Double] = []
    /// The first file not begun.
    private var next = 0

    var isEmpty: Bool { next >= paths.count }

    /// Nothing is forgotten as if after this.
    var floor: Double { next < earliestFrom.count ? earliestFrom[next] : .infinity }

    /// Whether `path` is a file still to come.
    func expects(_ path: String) -> Bool { place[path].map { $0 >= next } ?? false }

    /// Files still to come, each after those given before, with where they
    /// start (nil: not known yet); a file given again gets its start.
    mutating func expect(_ files: [(path: String, start: Double?)]) {
        for (path, start) in files {
            if let i = place[path] {
                starts[i] = start ?? -.infinity
            } else {
                place[path] = paths.count
                paths.append(path)
                starts.append(start ?? -.infinity)
            }
        }
        earliestFrom = starts
        for i in earliestFrom.indices.reversed().dropFirst() { earliestFrom[i] = min(earliestFrom[i], earliestFrom[i + 1]) }
    }

    /// `path` begins: it, and any file before it, is no longer to come.
    mutating func begin(_ path: String) {
        guard let i = place[path], i >= next else { return }
        next = i + 1
    }
}
