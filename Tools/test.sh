#!/usr/bin/env bash
# The README's second command (and what CI runs): installs what is missing, builds and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Tools/setup.sh
swift build --build-tests
swift test --skip-build
