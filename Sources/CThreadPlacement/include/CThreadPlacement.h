#ifndef TABLERO_THREAD_PLACEMENT_H
#define TABLERO_THREAD_PLACEMENT_H

// Where a parallel load's threads run (issue 11): the CPU calls Swift's
// Glibc module leaves out (they are behind _GNU_SOURCE), for Linux.

/// The CPU the calling thread is on, or -1 when not known.
int tablero_current_cpu(void);

/// How many CPUs the calling thread may run on, or -1 when not known.
int tablero_allowed_cpu_count(void);

/// Whether the calling thread may run on `cpu` (1), not (0), or not known (-1).
int tablero_may_run_on(int cpu);

/// Restricts the calling thread to the CPUs it may run on, less `cpu`.
/// Returns 0 when done; -1 when it could not (no other CPU, not allowed,
/// not Linux), leaving the thread as it was.
int tablero_avoid_cpu(int cpu);

/// Lets the thread `tid` (0: the calling thread) run on every CPU the
/// process may use again. Returns 0 when done, -1 when not.
int tablero_allow_all_cpus(int tid);

/// The calling thread's id (Linux's gettid), or -1.
int tablero_thread_id(void);

#endif
