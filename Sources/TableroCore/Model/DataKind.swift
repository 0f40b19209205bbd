/// What a data file holds (DATA.md, "Which file is which"). The raw value is
/// the name the files start with and the `kind` of `report --json`'s
/// data-quality entries.
public enum DataKind: String, Sendable, CaseIterable, Comparable {
    case events, contacts, queueLog = "queue_log", surveys, costs, benefits, customers, settings
    case agents, quality
    /// Not a data file: a sub-directory that could not be listed (its files
    /// would be missed without a word), named in data quality.
    case directory

    /// Streams written as contacts happen (a wallboard's pulse): when they go
    /// quiet it is news. Contacts exports and surveys come in batches, and
    /// period files are monthly, so their age alone is no alarm.
    public var isLiveStream: Bool { self == .events || self == .queueLog }

    /// Files whose rows are contact events (the contact rules' table):
    /// a contact may have events in several of them.
    public var holdsContactEvents: Bool { self == .events || self == .contacts || self == .queueLog }

    /// Files a log rotation may copy and truncate (events, contacts,
    /// queue_log, surveys, agents, quality); period files are replaced whole.
    public var isRotatedStream: Bool { ![.costs, .benefits, .customers, .settings, .directory].contains(self) }

    /// By name, as they are listed.
    public static func < (a: DataKind, b: DataKind) -> Bool { a.rawValue < b.rawValue }
}
