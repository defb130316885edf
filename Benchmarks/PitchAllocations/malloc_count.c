// Counts heap allocations (malloc, calloc, realloc, aligned allocations) of a process, for
// Benchmarks/pitch_allocations.sh. Preloaded with LD_PRELOAD; forwards to glibc's own allocator.
// The process reads the count through the exported `undertone_allocation_count`.
#define _GNU_SOURCE
#include <stddef.h>
#include <stdatomic.h>
#include <execinfo.h>
#include <unistd.h>

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);
extern void *__libc_memalign(size_t, size_t);

static atomic_long allocations;
static atomic_int tracing;
static __thread int inside_trace;

long undertone_allocation_count(void) { return atomic_load(&allocations); }
/* While on, every allocation prints its call stack on stderr (to find where they come from). */
void undertone_allocation_trace(int on) { atomic_store(&tracing, on); }

static void note_allocation(void) {
    atomic_fetch_add(&allocations, 1);
    if (atomic_load(&tracing) && !inside_trace) {
        inside_trace = 1; /* backtrace() may allocate */
        void *frames[24];
        int depth = backtrace(frames, 24);
        write(2, "allocation:\n", 12);
        backtrace_symbols_fd(frames, depth, 2);
        inside_trace = 0;
    }
}

void *malloc(size_t size) { note_allocation(); return __libc_malloc(size); }
void *calloc(size_t count, size_t size) { note_allocation(); return __libc_calloc(count, size); }
void *realloc(void *pointer, size_t size) { note_allocation(); return __libc_realloc(pointer, size); }
void *memalign(size_t alignment, size_t size) { note_allocation(); return __libc_memalign(alignment, size); }
int posix_memalign(void **out, size_t alignment, size_t size) {
    note_allocation();
    *out = __libc_memalign(alignment, size);
    return *out ? 0 : 12; /* ENOMEM */
}
void *aligned_alloc(size_t alignment, size_t size) { note_allocation(); return __libc_memalign(alignment, size); }
