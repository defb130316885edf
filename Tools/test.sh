#!/usr/bin/env bash
# The README's second command (and what CI runs): installs what is missing, builds and runs every test.
# The tests use Swift Testing; XCTest's own summary ("Executed 0 tests") is printed too by `swift test`,
# so the script ends with a plain "N passed, N failed" line from Swift Testing's summary. A failing run
# ends with the failed tests' issue lines repeated, so that even the last lines of the output (a CI
# summary, `| tail`) name the tests, and exits with `swift test`'s status. Then the concurrency suites
# run again under ThreadSanitizer, and the bundled example runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Tools/setup.sh
swift build --build-tests
log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
swift test --skip-build 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
if [ "$status" -ne 0 ]; then
    echo "tests failed (swift test exited with $status); the failures:" >&2
    grep -E "✘|^error:|unexpected signal" "$log" | tail -n 60 >&2 || true
    exit "$status"
fi
summary=$(grep -E "Test run with [0-9]+ tests?" "$log" | tail -n 1)
total=$(sed -E 's/.*Test run with ([0-9]+) tests?.*/\1/' <<<"$summary")
if [ -z "$total" ]; then echo "no Swift Testing summary found" >&2; exit 1; fi
echo "tests: $total passed, 0 failed"
# The suites whose threads share memory (lock-free pitch batch claims, lanes, helper threads) once more
# under ThreadSanitizer, which catches a weakened memory ordering that the plain run may never show; in
# a build folder of its own (.build-tsan), about a minute more.
concurrency="PitchBatchClaimsTests|PitchTrackerTests|CallAnalyzerTests|LaneSchedulerTests|HelperThreadTests"
set +e
TSAN_OPTIONS=halt_on_error=1 swift test --sanitize=thread --scratch-path .build-tsan --filter "$concurrency" >"$log" 2>&1
status=$?
set -e
if [ "$status" -ne 0 ] || grep -q "WARNING: ThreadSanitizer" "$log"; then
    echo "the concurrency suites failed under ThreadSanitizer (exit $status):" >&2
    grep -E "WARNING: ThreadSanitizer|✘|^error:|#[0-9]+ " "$log" | head -n 60 >&2 || true
    exit 1
fi
echo "concurrency suites under ThreadSanitizer: $(grep -E "Test run with [0-9]+ tests?" "$log" | tail -n 1 | sed -E 's/.*Test run with ([0-9]+) tests?.*/\1/') passed"
