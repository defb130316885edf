#!/usr/bin/env bash
# The README's first command: installs what is missing, builds Undertone (release) and analyses the
# bundled example call, printing its per-second records.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Tools/setup.sh
swift build -c release --product undertone >&2
.build/release/undertone analyze Audio-fixtures/example-call.wav "$@"
