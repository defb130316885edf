#!/usr/bin/env bash
# Installs the Debian packages Undertone builds against (FFTW single precision, libsndfile, libsoxr,
# pkg-config) when they are missing. Idempotent: does nothing when all are present.
# Needs root or sudo to install; says so clearly otherwise.
set -euo pipefail
packages=(pkg-config libfftw3-dev libsndfile1-dev libsoxr-dev)
modules=(fftw3f sndfile soxr)

missing=()
if ! command -v pkg-config >/dev/null 2>&1; then
  missing=("${packages[@]}")
else
  for index in "${!modules[@]}"; do
    pkg-config --exists "${modules[$index]}" || missing+=("${packages[$((index + 1))]}")
  done
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo)
else
  echo "undertone setup: missing Debian packages: ${missing[*]}" >&2
  echo "Install them as root:  apt-get update && apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "undertone setup: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
