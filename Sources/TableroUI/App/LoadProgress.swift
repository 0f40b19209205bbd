/// How far the first load of a data directory has got, for the progress
/// bar the dashboard shows while it reads (the loop reads in slices, so the
/// screen and `q` stay alive).
public struct LoadProgress: Sendable, Equatable {
    public var bytesRead: Int
    /// Bytes of the files known when the load began (they may grow).
    public var bytesTotal: Int
    public var rows: Int
    public var seconds: Double

    public init(bytesRead: Int, bytesTotal: Int, rows: Int, seconds: Double) {
        self.bytesRead = bytesRead
        self.bytesTotal = bytesTotal
        self.rows = rows
        self.seconds = seconds
    }

    /// 0...100, or nil when there is nothing to read.
    public var percent: Double? {
        bytesTotal > 0 ? min(100, Double(bytesRead) / Double(bytesTotal) * 100) : nil
    }

    /// Megabytes per second so far, nil before any time has passed.
    public var megabytesPerSecond: Double? {
        seconds > 0 ? Double(bytesRead) / 1_000_000 / seconds : nil
    }
}
