#!/usr/bin/env bash
# Installs the Python baselines Tools/eval_sentiment.py compares against (VADER, SnowNLP) and builds
# the release CLI it drives. Run from the repository root.
set -euo pipefail
python3 -m pip install --quiet -r "$(dirname "$0")/requirements-eval-text.txt"
swift build -c release --static-swift-stdlib --product undertone
