#!/usr/bin/env bash
# The README's second command (and what CI runs): installs what is missing, builds and runs every test.
# The tests use Swift Testing; XCTest's own summary ("Executed 0 tests") is printed too by `swift test`,
# so the script ends with a plain "N passed, N failed" line from Swift Testing's summary. A failing run
# stops at `swift test` (its exit status passes through the pipe).
set -euo pipefail
cd "$(dirname "$0")/.."
bash Tools/setup.sh
swift build --build-tests
log=$(mktemp)
trap 'rm -f "$log"' EXIT
swift test --skip-build 2>&1 | tee "$log"
summary=$(grep -E "Test run with [0-9]+ tests?" "$log" | tail -n 1)
total=$(sed -E 's/.*Test run with ([0-9]+) tests?.*/\1/' <<<"$summary")
if [ -z "$total" ]; then echo "no Swift Testing summary found" >&2; exit 1; fi
echo "tests: $total passed, 0 failed"
