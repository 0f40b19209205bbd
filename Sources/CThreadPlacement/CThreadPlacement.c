// sched_getcpu and the affinity calls are GNU extensions: this file defines
// _GNU_SOURCE before any header, which the Swift side cannot do.
#define _GNU_SOURCE
#include "CThreadPlacement.h"

#if defined(__linux__)
#include <dirent.h>
#include <sched.h>
#include <stdlib.h>
#include <unistd.h>

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
    if (!CPU_ISSET(cpu, &set)) return 1;
    if (CPU_COUNT(&set) < 2) return -1;
    CPU_CLR(cpu, &set);
    return sched_setaffinity(0, sizeof set, &set) == 0 ? 0 : -1;
}

int tablero_can_release(void) {
    DIR *tasks = opendir("/proc/self/task");
    if (tasks == NULL) return 0;
    closedir(tasks);
    return 1;
}

int tablero_release_cpu(int cpu) {
    cpu_set_t all, placed, mine;
    if (cpu < 0 || cpu >= CPU_SETSIZE || sched_getaffinity(getpid(), sizeof all, &all) != 0) return -1;
    placed = all;
    CPU_CLR(cpu, &placed);
    // Every thread, not a list of those placed: a thread inherits the CPUs
    // of the thread that starts it, and the dispatch pool starts new ones
    // from placed ones (found by a review).
    DIR *tasks = opendir("/proc/self/task");
    if (tasks == NULL) return -1;
    int released = 0;
    struct dirent *entry;
    while ((entry = readdir(tasks)) != NULL) {
        if (entry->d_name[0] < '0' || entry->d_name[0] > '9') continue;
        pid_t tid = (pid_t)atoi(entry->d_name);
        if (sched_getaffinity(tid, sizeof mine, &mine) != 0 || !CPU_EQUAL(&mine, &placed)) continue;
        if (sched_setaffinity(tid, sizeof all, &all) == 0) released++;
    }
    closedir(tasks);
    return released;
}

#else
int tablero_current_cpu(void) { return -1; }
int tablero_allowed_cpu_count(void) { return -1; }
int tablero_may_run_on(int cpu) { (void)cpu; return -1; }
int tablero_avoid_cpu(int cpu) { (void)cpu; return -1; }
int tablero_can_release(void) { return 0; }
int tablero_release_cpu(int cpu) { (void)cpu; return -1; }
#endif
