#!/usr/bin/env bash
# Installs what the pitch-accuracy evaluation (Tools/eval_pitch.py), the speech-rate
# evaluation (Tools/eval_rate.py), the scenario calls (Tools/make_scenarios.py) and the
# speed benchmarks (Benchmarks/pitch_speed.py, rate_speed.py) need, when it is missing:
#   apt:  praat (reference tracker), sox (audio generation for the speed benchmarks),
#         espeak-ng (the speech-rate TTS set and the scenario calls' agent voice)
#   pip:  swift-f0[audio] (peer tracker; pulls onnxruntime, soundfile, soxr), numpy, scipy;
#         and for the speech-rate probes (Tools/rate_probes/) scikit-learn and praat-parselmouth
# Idempotent: installs nothing when everything is already there, and runs
# `apt-get update` at most once. Works as root, or through sudo otherwise.
set -euo pipefail

PYTHON="${PYTHON:-python3}"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "setup_eval: need root or sudo to run: $*" >&2
        echo "setup_eval: install these by hand, or rerun as root." >&2
        exit 1
    fi
}

# --- Debian packages ---------------------------------------------------------
apt_missing=()
command -v praat >/dev/null 2>&1 || apt_missing+=(praat)
command -v sox   >/dev/null 2>&1 || apt_missing+=(sox)
command -v espeak-ng >/dev/null 2>&1 || apt_missing+=(espeak-ng)
if [ "${#apt_missing[@]}" -gt 0 ]; then
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "setup_eval: apt-get not found; please install: ${apt_missing[*]}" >&2
        exit 1
    fi
    echo "setup_eval: installing ${apt_missing[*]} with apt-get" >&2
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${apt_missing[@]}"
fi

# --- Python packages ---------------------------------------------------------
# module name -> pip requirement
pip_missing=()
"$PYTHON" -c "import numpy" 2>/dev/null || pip_missing+=(numpy)
"$PYTHON" -c "import scipy" 2>/dev/null || pip_missing+=(scipy)
"$PYTHON" -c "import swift_f0, soundfile, soxr" 2>/dev/null || pip_missing+=("swift-f0[audio]")
"$PYTHON" -c "import sklearn" 2>/dev/null || pip_missing+=(scikit-learn)
"$PYTHON" -c "import parselmouth" 2>/dev/null || pip_missing+=(praat-parselmouth)
if [ "${#pip_missing[@]}" -gt 0 ]; then
    echo "setup_eval: installing ${pip_missing[*]} with pip" >&2
    "$PYTHON" -m pip install --quiet "${pip_missing[@]}"
fi

echo "setup_eval: ok — praat $(praat --version 2>/dev/null | head -1 | awk '{print $2}'), $(sox --version 2>/dev/null | awk '{print $NF}'), espeak-ng $(espeak-ng --version 2>/dev/null | awk '{print $4}'), swift-f0 $("$PYTHON" -c 'import importlib.metadata as m; print(m.version("swift-f0"))')" >&2
