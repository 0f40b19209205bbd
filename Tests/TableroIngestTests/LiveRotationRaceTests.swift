import Foundation
import Testing
@testable import TableroIngest
import TableroCore

/// Issue 13: after 200 quick rename rotations, with the rotated files
/// removed, 199 entries said "cannot be read: No such file or directory"
/// and the badge counted them, while `check` found nothing. The rotations
/// here run on another thread while the directory is refreshed, so a file
/// is listed, then renamed or removed before its `stat` or `open`: the
/// race the unit tests in `VanishedFileTests` take apart step by step.
@Suite("live directory: rotation racing the reader")
struct LiveRotationRaceTests {
    @Test func twoHundredQuickRotationsLeaveNoFalseNotes() throws {
        let rig = try LiveRig(["queue_log": LiveData.call(0)])
        rig.refresh()
        let root = rig.dir.root
        let done = Atomic(false)
        let rotator = Thread {
            for n in 1...200 {
                // logrotate's rename + recreate, then the rotated copy removed.
                rename(root + "/queue_log", root + "/queue_log.1")
                FileManager.default.createFile(atPath: root + "/queue_log", contents: Data(LiveData.call(n).utf8))
                unlink(root + "/queue_log.1")
            }
            done.set(true)
        }
        rotator.start()
        var refreshes = 0
        while !done.get() || refreshes == 0 {
            rig.refresh()
            refreshes += 1
        }
        rig.refresh()
        let noted = rig.store.ledger.files.filter { $0.unreadable || !$0.errors.isEmpty }
        #expect(noted.count == 0, "false notes: \(noted.prefix(3).map { "\($0.path): \($0.errors)" })")
        let badgeWouldShow = rig.store.ledger.hasProblems
        #expect(!badgeWouldShow)
        // Row counts are not checked here: a new file may reuse a removed
        // one's inode, which the reader then takes for that file rewritten
        // (LiveRotationTests covers counting through rotations).
    }
}

/// A flag two threads share (the test's rotator and its reader).
private final class Atomic: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Bool
    init(_ value: Bool) { self.value = value }
    func get() -> Bool { lock.withLock { value } }
    func set(_ new: Bool) { lock.withLock { value = new } }
}
