// sched_getcpu, sched_getaffinity and gettid are GNU extensions: this file
// defines _GNU_SOURCE before any header, which the Swift side cannot do.
#define _GNU_SOURCE
#include "CThreadPlacement.h"

#if defined(__linux__)
#include <sched.h>
#include <unistd.h>
#include <sys/syscall.h>

int tablero_current_cpu(void) { return sched_getcpu(); }

int tablero_allowed_cpu_count(void) {
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) != 0) return -1;
    return CPU_COUNT(&set);
}

int tablero_may_run_on(int cpu) {
    cpu_set_t set;
    if (cpu < 0 || cpu >= CPU_SETSIZE || sched_getaffinity(0, sizeof set, &set) != 0) return -1;
    return CPU_ISSET(cpu, &set) ? 1 : 0;
}

int tablero_avoid_cpu(int cpu) {
    cpu_set_t set;
    if (cpu < 0 || cpu >= CPU_SETSIZE || sched_getaffinity(0, sizeof set, &set) != 0) return -1;
    if (!CPU_ISSET(cpu, &set) || CPU_COUNT(&set) < 2) return -1;
    CPU_CLR(cpu, &set);
    return sched_setaffinity(0, sizeof set, &set) == 0 ? 0 : -1;
}

int tablero_allow_all_cpus(int tid) {
    // The process's own allowance is its main thread's, which a load never restricts.
    cpu_set_t set;
    if (sched_getaffinity(getpid(), sizeof set, &set) != 0) return -1;
    return sched_setaffinity(tid, sizeof set, &set) == 0 ? 0 : -1;
}

int tablero_thread_id(void) { return (int)syscall(SYS_gettid); }

#else
int tablero_current_cpu(void) { return -1; }
int tablero_allowed_cpu_count(void) { return -1; }
int tablero_may_run_on(int cpu) { (void)cpu; return -1; }
int tablero_avoid_cpu(int cpu) { (void)cpu; return -1; }
int tablero_allow_all_cpus(int tid) { (void)tid; return -1; }
int tablero_thread_id(void) { return -1; }
#endif
