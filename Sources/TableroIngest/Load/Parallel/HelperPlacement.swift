import CThreadPlacement
import Foundation

/// Keeps a parallel load's helpers (the threads that read and parse its
/// chunks) off the CPU the main thread was on when the load began, for as
/// long as the load lasts, where the process may use two CPUs or more.
///
/// The main thread applies the batches in file order and is the load's
/// bottleneck. Without this, the scheduler woke a helper on the main
/// thread's CPU at nearly every chunk and ran it there, the main thread
/// waiting about a millisecond each time while the other CPU sat idle:
/// on 1M contacts (2 CPUs), 113–153 switches of the main thread and
/// 96–124 ms off its CPU; kept apart, 37 switches and 42 ms (`perf sched
/// timehist`, issue 11). Telling the helpers' scheduling policy to yield
/// (`SCHED_BATCH`) kept only part of that.
///
/// The helpers are the dispatch pool's threads: each is placed by its
/// first piece of work (`enter`), and every thread placed is let run
/// anywhere again by `release`, once the load's helpers are done.
final class HelperPlacement: @unchecked Sendable {
    /// The CPU to keep off, or -1: one CPU only, or not known.
    let avoided: Int32
    private let lock = NSLock()
    /// The threads placed (Linux thread ids).
    private var placed: Set<Int32> = []

    /// Notes the calling (main) thread's CPU, for the helpers to keep off
    /// when `keepingOffThisCPU`; otherwise the placement changes nothing.
    init(keepingOffThisCPU: Bool = true) {
        avoided = keepingOffThisCPU && tablero_allowed_cpu_count() >= 2 ? tablero_current_cpu() : -1
    }

    /// A helper about to work: placed off the main thread's CPU, unless it is already.
    func enter() {
        guard avoided >= 0 else { return }
        let thread = tablero_thread_id()
        lock.lock()
        defer { lock.unlock() }
        guard !placed.contains(thread), tablero_avoid_cpu(avoided) == 0 else { return }
        placed.insert(thread)
    }

    /// Lets every thread placed run on any CPU again. Called by the main
    /// thread once no helper of the load has work left.
    func release() {
        lock.lock()
        defer { lock.unlock() }
        for thread in placed { _ = tablero_allow_all_cpus(thread) }
        placed = []
    }
}
