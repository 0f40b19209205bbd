#ifndef TABLERO_CPREFETCH_H
#define TABLERO_CPREFETCH_H

/* A hint that the cache line holding `address` will be read soon. Swift has
   no prefetch of its own: a plain load of the line, its stand-in, holds up
   the thread until the line arrives, where a prefetch lets it go on. Inlined
   into Swift callers (a static inline function in an imported header). */
static inline void tablero_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
