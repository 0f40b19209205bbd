import CThreadPlacement

/// Keeps a parallel load's helpers (the threads that read and parse its
/// chunks) off the CPU the main thread was on when the load began, for as
/// long as the load lasts, where the process may use two CPUs or more.
///
/// The main thread applies the batches in file order and is the load's
/// bottleneck. Without this, the scheduler woke a helper on the main
/// thread's CPU at nearly every chunk and ran it there, the main thread
/// waiting about a millisecond each time while the other CPU sat idle: on
/// 1M contacts (2 CPUs), 14–153 switches of the main thread off its CPU
/// per load, most at busy hours; kept apart, 12–38 (`perf sched
/// timehist`, 9 and 10 runs, issue 11). Telling the helpers' scheduling
/// policy to yield (`SCHED_BATCH`) kept only part of that.
///
/// The helpers are the dispatch pool's threads: each is placed by its
/// first piece of work (`enter`), or was born placed (a thread inherits the
/// CPUs of the one that starts it, and the pool starts new ones from
/// placed ones). `release` lets every thread so placed run anywhere again,
/// once the load's helpers are done.
struct HelperPlacement: Sendable {
    /// The CPU to keep off, or -1: one CPU only, not known, not asked, or
    /// no way to find the threads again to let them go (no /proc).
    let avoided: Int32

    /// Notes the calling (main) thread's CPU, for the helpers to keep off
    /// when `keepingOffThisCPU`; otherwise the placement changes nothing.
    init(keepingOffThisCPU: Bool = true) {
        let places = keepingOffThisCPU && Self.canRelease && tablero_allowed_cpu_count() >= 2
        avoided = places ? tablero_current_cpu() : -1
    }

    /// Whether /proc lets `release` find the threads: looked at once, not per load.
    private static let canRelease = tablero_can_release() == 1

    /// A helper about to work: kept off the main thread's CPU (a system
    /// call, which finds most threads placed already).
    func enter() {
        if avoided >= 0 { _ = tablero_avoid_cpu(avoided) }
    }

    /// Lets every thread of the process kept off that CPU run on any again.
    /// Called by the main thread once no helper of the load has work left.
    func release() {
        if avoided >= 0 { _ = tablero_release_cpu(avoided) }
    }
}
