#!/usr/bin/env bash
# The README's first command: installs what is missing, builds Undertone (release) and analyses the
# bundled example call with its transcript, printing the per-second records and warning events.
set -euo pipefail
cd "$(dirname "$0")/.."
bash Tools/setup.sh
swift build -c release --static-swift-stdlib --product undertone >&2
.build/release/undertone analyze Audio-fixtures/example-call.wav \
  --transcript Audio-fixtures/example-call.transcript.jsonl --speakers spk_0=agent,spk_1=customer "$@"
