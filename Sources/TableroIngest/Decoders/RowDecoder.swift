import TableroCore

/// The fields of one row in the decoder's own column order; a column the
/// file does not have is empty. Valid only during one `decode` call.
struct RowFields {
    var values: [FieldBytes]

    init(columns: Int) {
        values = Array(repeating: FieldBytes(start: nil, count: 0), count: columns)
    }

    subscript(_ column: Int) -> FieldBytes { values[column] }

    func text(_ column: Int) -> String { values[column].trimmed().string }

    var isBlank: Bool { values.allSatisfy { $0.trimmed().isEmpty } }
}

/// Turns the rows of one file kind into records for the store. A returned
/// string is the reason the row is rejected.
protocol RowDecoder {
    /// Column names, lowercase, in the order `RowFields` holds them.
    static var columns: [String] { get }
    static var required: [String] { get }
    mutating func decode(_ row: RowFields, origin: RowOrigin, into store: inout MetricsStore) -> String?
    /// Gives back the memory of what it keeps only to go faster (`FileParser.shedCaches`).
    mutating func shedCaches()
    /// Whether it holds any such memory now.
    var holdsCaches: Bool { get }
}

extension RowDecoder {
    mutating func shedCaches() {}
    var holdsCaches: Bool { false }
}

/// Shared checks with the messages DATA.md asks for.
enum Field {
    static func timestamp(_ row: RowFields, _ column: Int, _ name: String, clock: ZoneClock) -> Result<Double?, Rejection> {
        let raw = row[column].trimmed()
        if raw.isEmpty { return .success(nil) }
        guard let t = ValueParser.timestamp(raw, clock: clock) else {
            return .failure(Rejection(ValueParser.timestampProblem(raw, name: name, clock: clock)))
        }
        return .success(t)
    }

    static func number(_ row: RowFields, _ column: Int, _ name: String, nonNegative: Bool = true) -> Result<Double?, Rejection> {
        let raw = row[column].trimmed()
        if raw.isEmpty { return .success(nil) }
        guard let v = ValueParser.decimal(raw) else {
            return .failure(Rejection("\(name) \(Sanitize.quoted(raw.string)) is not a number"))
        }
        if nonNegative && v < 0 { return .failure(Rejection("\(name) \(Sanitize.quoted(raw.string)) is negative")) }
        return .success(v)
    }

    static func boolean(_ row: RowFields, _ column: Int, _ name: String) -> Result<Bool?, Rejection> {
        switch ValueParser.boolean(row[column]) {
        case .missing: .success(nil)
        case .value(let b): .success(b)
        case .invalid: .failure(Rejection("\(name) \(Sanitize.quoted(row.text(column))) is not a boolean"))
        }
    }

    static func required<T>(_ value: T?, _ name: String) -> Result<T, Rejection> {
        value.map { .success($0) } ?? .failure(Rejection("missing \(name)"))
    }
}

struct Rejection: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}
