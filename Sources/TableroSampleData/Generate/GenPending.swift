/// Rows of one file decided but not yet written: a contact's later events
/// and its survey answers can fall on a later day, so the writers hold them
/// until no later day can add an earlier row.
struct GenPending<Row: GenRowOrder> {
    private var rows: [Row] = []

    mutating func reserve(extra: Int) { rows.reserveCapacity(rows.count + extra) }
    mutating func append(_ row: Row) { rows.append(row) }
    mutating func append(contentsOf more: [Row]) { rows.append(contentsOf: more) }

    /// Hands over every row before `boundary`, in the rows' total order, and forgets them.
    mutating func takeDue(before boundary: Int, _ body: (Row) throws -> Void) rethrows {
        rows.sort(by: Row.before)
        let due = rows.firstIndex(where: { $0.ts >= boundary }) ?? rows.count
        for row in rows[..<due] { try body(row) }
        rows.removeFirst(due)
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
