import Foundation
import Testing

/// Issue 13, on the real binary: an unreadable sub-directory is a finding
/// (offered dropped from 27,188 to 6,599 without a word and `check` said
/// "0 unreadable"), and a sub-directory linking back (`ln -s . mirror`) does
/// not count surveys, costs and benefits twice.
@Suite struct DirectoryMishapTests {
    func tablero(_ arguments: [String], asNobody: Bool = false) throws -> (status: Int32, stdout: String) {
        let path = try #require(BuiltBinary.path("tablero"), "tablero is not built; run `swift build` first")
        let argv = asNobody ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", path] + arguments
            : [path] + arguments
        let run = Spawn.run(argv, environment: ProcessInfo.processInfo.environment, errorsTo: "/dev/null")
        return (run.status, run.output)
    }

    func directory() throws -> String {
        let dir = NSTemporaryDirectory() + "tablero-dirs-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir + "/archive", withIntermediateDirectories: true)
        try "ts,contact_id,event\n2026-11-22T09:00:00Z,c1,arrive\n".write(toFile: dir + "/events.csv", atomically: true, encoding: .utf8)
        try "contact_id,arrived_at\na1,2026-11-21T09:00:00Z\na2,2026-11-21T10:00:00Z\n"
            .write(toFile: dir + "/archive/contacts-2026-11.csv", atomically: true, encoding: .utf8)
        try "period,category,amount\n2026-11,personnel,6000\n".write(toFile: dir + "/costs.csv", atomically: true, encoding: .utf8)
        return dir
    }

    /// Root reads any directory: the check runs as `nobody` (setpriv), for
    /// whom mode 000 means no. Only where root can switch to nobody and
    /// nobody can reach the built binary (a clone under /root cannot).
    static var nobodyCanRunTablero: Bool {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
              let path = BuiltBinary.path("tablero") else { return false }
        let run = Spawn.run(["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "/usr/bin/test", "-x", path],
                            environment: ProcessInfo.processInfo.environment, errorsTo: "/dev/null")
        return run.status == 0
    }

    @Test(.enabled(if: nobodyCanRunTablero, "needs root, setpriv, and a binary nobody can run"))
    func anUnreadableSubDirectoryIsAFindingAndCheckExits1() throws {
        let dir = try directory()
        defer {
            chmod(dir + "/archive", 0o755)
            try? FileManager.default.removeItem(atPath: dir)
        }
        chmod(dir, 0o755)
        for f in ["/events.csv", "/costs.csv"] { chmod(dir + f, 0o644) }
        chmod(dir + "/archive", 0)
        let check = try tablero(["check", dir], asNobody: true)
        try #require(!check.stdout.isEmpty, "tablero could not run as nobody")
        #expect(check.status == 1)
        #expect(check.stdout.contains("archive/: cannot be listed: Permission denied"))
        #expect(check.stdout.contains("1 unreadable"))
        let report = try tablero(["report", dir, "--json"], asNobody: true)
        #expect(report.stdout.contains("\"kind\" : \"directory\"") || report.stdout.contains("\"kind\": \"directory\""))
    }

    /// `mirror -> .`: costs 6,000 once, not 12,000; the archive's 2 contacts once.
    @Test func aDirectoryLinkingBackIsReadOnce() throws {
        let dir = try directory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createSymbolicLink(atPath: dir + "/mirror", withDestinationPath: ".")
        let report = try tablero(["report", dir, "--json", "--as-of", "2026-11-22T12:00:00Z"])
        #expect(report.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        let roi = try #require(json["roi"] as? [String: Any])
        #expect((roi["cost_total"] as? NSNumber)?.doubleValue == 6000)
        let queue = try #require(json["queue"] as? [String: Any])
        #expect((queue["offered"] as? NSNumber)?.intValue == 3)
    }
}
