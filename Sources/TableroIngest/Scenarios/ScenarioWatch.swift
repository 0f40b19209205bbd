import TableroCore

/// Notices when the current scenario's file is rewritten by another session
/// (one stat per look, taken when the watcher reports a change), so that
/// session's save shows here too. What this session read or wrote itself is
/// not news: `noted` records it.
public struct ScenarioWatch: Sendable {
    public let root: String
    /// The scenario whose file is watched, and its file as last read or
    /// written by this session (nil: missing when last looked at).
    private var watched: (name: String, fingerprint: FileFingerprint?)?

    public init(root: String) {
        self.root = root
    }

    /// This session just read or wrote NAME as `fingerprint`.
    public mutating func noted(_ name: String, _ fingerprint: FileFingerprint?) {
        watched = (name, fingerprint)
    }

    /// NAME (the model's current scenario) read again when its file changed
    /// since this session last read or wrote it; nil when it did not. A
    /// scenario not watched yet (`--scenario`) starts being watched from its
    /// file as it is now. A deleted file keeps the sliders; a later save by
    /// anyone is read again. Throws (once per change) when the new version
    /// cannot be used.
    public mutating func changed(_ name: String?, agents: Int?) throws -> SavedScenario? {
        guard let name else {
            watched = nil
            return nil
        }
        let now = ScenarioFiles.fingerprint(name, root: root)
        guard let watched, watched.name == name else {
            self.watched = (name, now)
            return nil
        }
        guard let now, now != watched.fingerprint else {
            if now == nil { self.watched = (name, nil) }
            return nil
        }
        self.watched = (name, now)
        let saved = try ScenarioFiles.load(name, root: root, agents: agents)
        self.watched = (name, saved.fingerprint)
        return saved
    }
}
