#ifndef TABLERO_THREAD_PLACEMENT_H
#define TABLERO_THREAD_PLACEMENT_H

// Where a parallel load's threads run (issue 11): the CPU calls Swift's
// Glibc module leaves out (they are behind _GNU_SOURCE), for Linux.
// Elsewhere each says it could not (-1) and changes nothing.

/// The CPU the calling thread is on, or -1 when not known.
int tablero_current_cpu(void);

/// How many CPUs the calling thread may run on, or -1 when not known.
int tablero_allowed_cpu_count(void);

/// Whether the calling thread may run on `cpu` (1), not (0), or not known (-1). For tests.
int tablero_may_run_on(int cpu);

/// Restricts the calling thread to the CPUs it may run on, less `cpu`.
/// Returns 0 when done; 1 when the thread was already kept off `cpu`; -1
/// when it could not (no other CPU, not allowed, not Linux), leaving the
/// thread as it was.
int tablero_avoid_cpu(int cpu);

/// Whether `tablero_release_cpu` can find the process's threads (1) or not
/// (0: no /proc, as in some containers), in which case nothing should be
/// placed, for it could not be let go.
int tablero_can_release(void);

/// Lets every thread of the process that may run on exactly the process's
/// CPUs less `cpu` (what `tablero_avoid_cpu` leaves, and what a thread
/// started by such a thread inherits) run on all of the process's CPUs
/// again. The process's CPUs are its main thread's. Returns how many
/// threads were let go, or -1.
int tablero_release_cpu(int cpu);

#endif
