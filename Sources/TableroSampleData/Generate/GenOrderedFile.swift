import Foundation

/// A file whose rows are decided before they are due: a contact's later
/// events and its survey answers can fall on a later day, so rows wait here
/// until no later day can add an earlier one, then go out in their total
/// order. events.csv and surveys.csv differ only in their rows' bytes.
final class GenOrderedFile<Row: GenRowOrder> {
    private let file: GenFileWriter
    private var pending: [Row] = []
    /// The bytes of one row, without its line end.
    private let format: (Row, GenFileWriter) -> Void

    init(directory: URL, relativePath: String, header: String, format: @escaping (Row, GenFileWriter) -> Void) throws {
        file = try GenFileWriter(directory: directory, relativePath: relativePath)
        self.format = format
        try file.line(header)
    }

    var rows: Int { file.rows }

    func add(_ rows: [Row]) { pending.append(contentsOf: rows) }

    /// Writes every pending row before `boundary`.
    func flush(before boundary: Int) throws {
        pending.sort(by: Row.before)
        let due = pending.firstIndex(where: { $0.ts >= boundary }) ?? pending.count
        for row in pending[..<due] {
            format(row, file)
            try file.endRow()
        }
        pending.removeFirst(due)
    }

    /// Writes what is left; returns the file's size.
    func close() throws -> Int {
        try flush(before: Int.max)
        return try file.close()
    }
}

/// A total order of a file's rows, so the bytes written never depend on how
/// the work was cut into days or ticks: time, then the contact (or a
/// sequence number), then the event or question. A static function rather
/// than a closure keeps the demo's heaps `Sendable`.
protocol GenRowOrder {
    var ts: Int { get }
    var order: (ts: Int, who: Int, what: Int) { get }
}

extension GenRowOrder {
    @inline(__always)
    static func before(_ a: Self, _ b: Self) -> Bool { a.order < b.order }
}
