#!/usr/bin/env bash
# Heap allocations of one channel's DSP in steady state: per 10 ms hop (framer, intensity, VAD, pitch,
# cycle marks) and per second (aggregation), counted by a preloaded allocator shim. Exits non-zero
# unless both are 0. UNDERTONE_TRACE_ALLOCATIONS=1 prints a call stack per allocation.
# Usage (from the repository root): Benchmarks/pitch_allocations.sh
set -euo pipefail
mkdir -p .build-eval
cc -O2 -Wall -shared -fPIC -o .build-eval/malloc_count.so Benchmarks/PitchAllocations/malloc_count.c
swift build -c release --product undertone-pitch-allocations >&2
LD_PRELOAD="$PWD/.build-eval/malloc_count.so" .build/release/undertone-pitch-allocations
