// CPrefetch: a hint to the processor to start fetching memory into its cache.
//
// Swift has no prefetch instruction of its own. The lookup reads the index records of thousands of
// candidates spread over tens of megabytes; each read waits for memory (a cache miss) unless the
// fetch was started earlier. Asking for the records of a batch of candidates first lets their
// misses overlap instead of following one another. A prefetch never faults and changes no result.
#ifndef CPREFETCH_H
#define CPREFETCH_H

/// Starts fetching the cache line holding `address` for reading, to be kept in every cache level.
static inline void cprefetch_read(const void *address) {
  __builtin_prefetch(address, 0, 3);
}

#endif
