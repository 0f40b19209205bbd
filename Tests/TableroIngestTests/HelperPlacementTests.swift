import CThreadPlacement
import Foundation
import Testing
@testable import TableroIngest

/// Issue 11: a parallel load's helpers keep off the CPU of the thread that
/// began the load, and run anywhere again once it ends, those started by a
/// placed thread included.
@Suite("Helper placement")
struct HelperPlacementTests {
    /// What a helper thread saw of its own CPUs.
    private struct Seen {
        var count: Int32 = -1
        var mayRunOnAvoided: Int32 = -1
    }

    /// What each thread saw, by name, written from several threads.
    private final class SeenLog: @unchecked Sendable {
        private let lock = NSLock()
        private var seen: [String: Seen] = [:]
        func note(_ name: String, _ s: Seen) { lock.withLock { seen[name] = s } }
        subscript(_ name: String) -> Seen? { lock.withLock { seen[name] } }
        var all: [Seen] { lock.withLock { Array(seen.values) } }
    }

    private static func look(_ avoided: Int32) -> Seen {
        Seen(count: tablero_allowed_cpu_count(), mayRunOnAvoided: avoided >= 0 ? tablero_may_run_on(avoided) : -1)
    }

    /// Runs `body` on a thread of its own and waits for it.
    private static func onThread(_ body: @escaping @Sendable () -> Void) {
        let finished = DispatchSemaphore(value: 0)
        Thread {
            body()
            finished.signal()
        }.start()
        finished.wait()
    }

    /// One placement of a helper and of a thread it starts, released: what
    /// they saw while placed and after.
    private static func placeAndRelease() -> (placement: HelperPlacement, seen: SeenLog) {
        let placement = HelperPlacement()  // made on this thread: its CPU is the one kept off
        let placed = DispatchSemaphore(value: 0)
        let released = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        let seen = SeenLog()
        Thread {
            placement.enter()
            placement.enter()  // a second piece of work on the same thread changes nothing more
            seen.note("helper during", Self.look(placement.avoided))
            // A thread started by a placed one: placed by birth, never entered.
            Thread {
                seen.note("child during", Self.look(placement.avoided))
                placed.signal()
                released.wait()
                seen.note("child after", Self.look(placement.avoided))
                done.signal()
            }.start()
            placed.signal()
            released.wait()
            seen.note("helper after", Self.look(placement.avoided))
            done.signal()
        }.start()
        placed.wait()
        placed.wait()
        placement.release()
        released.signal()
        released.signal()
        done.wait()
        done.wait()
        return (placement, seen)
    }

    @Test("a helper, and a thread it starts, keep off the load's CPU until released; with one CPU (or no /proc) nothing changes")
    func helpersKeepOffUntilReleased() {
        let allowed = tablero_allowed_cpu_count()
        // Placed where there are two CPUs and /proc to find the threads again.
        let places = allowed >= 2 && tablero_can_release() == 1
        // Other tests' loads run meanwhile, and their release lets go of any
        // thread kept off the same CPU, ours too if it comes between a
        // placement and its look: a few tries, the first whole one counts.
        var (placement, seen) = Self.placeAndRelease()
        for _ in 0..<4 where places && (seen["helper during"]?.count != allowed - 1 || seen["child during"]?.count != allowed - 1) {
            (placement, seen) = Self.placeAndRelease()
        }
        if places {
            #expect(placement.avoided >= 0)
            for name in ["helper", "child"] {
                #expect(seen["\(name) during"]?.count == allowed - 1, "\(name): one CPU fewer while placed")
                #expect(seen["\(name) during"]?.mayRunOnAvoided == 0, "\(name): not on CPU \(placement.avoided)")
                #expect(seen["\(name) after"]?.count == allowed, "\(name): every CPU again once released")
                #expect(seen["\(name) after"]?.mayRunOnAvoided == 1)
            }
        } else {
            #expect(placement.avoided == -1)
            #expect(seen.all.allSatisfy { $0.count == allowed })
        }
    }

    @Test("a load whose helpers are the bottleneck (surveys) leaves them on every CPU")
    func surveysKeepEveryCPU() {
        #expect(!SurveyBatch.mainThreadBound)
        #expect(EventBatch.mainThreadBound)
        let allowed = tablero_allowed_cpu_count()
        let placement = HelperPlacement(keepingOffThisCPU: false)
        nonisolated(unsafe) var seen = Seen()
        Self.onThread {
            placement.enter()
            seen = Self.look(0)
        }
        placement.release()
        #expect(placement.avoided == -1)
        #expect(seen.count == allowed)
    }
}
