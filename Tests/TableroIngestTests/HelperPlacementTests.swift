import CThreadPlacement
import Foundation
import Testing
@testable import TableroIngest

/// Issue 11: a parallel load's helpers keep off the CPU of the thread that
/// began the load, and run anywhere again once it ends.
@Suite("Helper placement")
struct HelperPlacementTests {
    /// What a helper thread saw of its own CPUs.
    private struct Seen {
        var count: Int32 = -1
        var mayRunOnAvoided: Int32 = -1
    }

    private static func look(_ avoided: Int32) -> Seen {
        Seen(count: tablero_allowed_cpu_count(), mayRunOnAvoided: avoided >= 0 ? tablero_may_run_on(avoided) : -1)
    }

    @Test("a helper keeps off the load's CPU until released; with one CPU nothing changes")
    func helperKeepsOffUntilReleased() {
        let allowed = tablero_allowed_cpu_count()
        let placement = HelperPlacement()  // made on this thread: its CPU is the one kept off
        let placed = DispatchSemaphore(value: 0)
        let released = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var during = Seen()
        nonisolated(unsafe) var after = Seen()
        let helper = Thread {
            placement.enter()
            placement.enter()  // a second piece of work on the same thread changes nothing more
            during = Self.look(placement.avoided)
            placed.signal()
            released.wait()
            after = Self.look(placement.avoided)
            finished.signal()
        }
        helper.start()
        placed.wait()
        placement.release()
        released.signal()
        finished.wait()
        if allowed >= 2 {
            #expect(placement.avoided >= 0)
            #expect(during.count == allowed - 1, "one CPU fewer while placed")
            #expect(during.mayRunOnAvoided == 0, "not on CPU \(placement.avoided)")
            #expect(after.count == allowed, "every CPU again once released")
            #expect(after.mayRunOnAvoided == 1)
        } else {
            #expect(placement.avoided == -1)
            #expect(during.count == allowed && after.count == allowed)
        }
    }

    @Test("a load whose helpers are the bottleneck (surveys) leaves them on every CPU")
    func surveysKeepEveryCPU() {
        #expect(!SurveyBatch.mainThreadBound)
        #expect(EventBatch.mainThreadBound)
        let allowed = tablero_allowed_cpu_count()
        let placement = HelperPlacement(keepingOffThisCPU: false)
        let finished = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var seen = Seen()
        let helper = Thread {
            placement.enter()
            seen = Self.look(0)
            finished.signal()
        }
        helper.start()
        finished.wait()
        placement.release()
        #expect(placement.avoided == -1)
        #expect(seen.count == allowed)
    }
}
