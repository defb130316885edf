#!/usr/bin/env bash
# Heap allocations per 10 ms hop of one channel's DSP in steady state (framer, intensity, VAD, pitch,
# cycle marks, per-second aggregation), counted by a preloaded allocator shim.
# Usage (from the repository root): Benchmarks/pitch_allocations.sh
set -euo pipefail
mkdir -p .build-eval
cc -O2 -shared -fPIC -o .build-eval/malloc_count.so Benchmarks/PitchAllocations/malloc_count.c
swift build -c release --product undertone-pitch-allocations >&2
LD_PRELOAD="$PWD/.build-eval/malloc_count.so" .build/release/undertone-pitch-allocations
