#!/usr/bin/env python3
"""Pitch-tracking speed: Undertone against Praat (and SwiftF0) on 10 minutes of telephone speech.

Builds, deterministically, a 10-minute 8 kHz mono 16-bit WAV in the cache folder:
the 60 FDA utterances in the `telephone` condition of Tools/eval_pitch.py
(300-3400 Hz band-pass, 8 kHz, mu-law), concatenated in name order and repeated
until 600 s, then cut at exactly 600 s. Then times whole-process runs on it:
  praat      praat --run Tools/praat/pitch_ac.praat FILE OUT 60 500 0.01
  undertone  .build/release/undertone pitch FILE --format csv --floor 60 --ceiling 500
  swiftf0    python3 -c '<load FILE, SwiftF0(threads=1).detect(...)>' (includes
             interpreter start-up and model loading; skipped if not installed)
Each tracker gets one untimed warm-up run and then --runs timed rounds (default 5), the
trackers taking turns in each round (interleaved);
the table shows the medians of wall time and of CPU time (user + system of the
child process), × real time (= audio seconds / time) and the speed relative to
Praat (Praat's median wall time / the tracker's; above 1 = faster than Praat).

Usage (from the repository root):
  python3 Benchmarks/pitch_speed.py [--undertone PATH] [--runs 5]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "Tools"))
from eval_common import benchmark, cpu_model, log, time_process, write_results  # noqa: E402
import eval_pitch as ep  # noqa: E402  (condition generation and paths are shared)

DURATION_S = 600
RATE = 8000

SWIFTF0_PROGRAM = """
import sys
import numpy as np
from scipy.io import wavfile
from swift_f0 import SwiftF0
rate, pcm = wavfile.read(sys.argv[1])
result = SwiftF0(threads=1).detect(pcm.astype(np.float32) / 32768.0, rate, fmin=float(sys.argv[3]), fmax=float(sys.argv[4]))
f0 = np.where(result.confidence >= 0.5, result.pitch_hz, 0.0)
np.savetxt(sys.argv[2], np.column_stack([result.timestamps, f0]), fmt="%.4f", delimiter=",")
"""


def make_long_file(data: Path, cache: Path) -> Path:
    """The 10-minute telephone-speech WAV (made once, then reused)."""
    path = cache / "speed" / f"fda_telephone_{DURATION_S}s.wav"
    if path.exists():
        return path
    names = sorted(p.stem for p in data.glob("*.f0ref"))
    if not names:
        sys.exit(f"no FDA files in {data}")
    wavs = ep.prepare_conditions(data, cache, ["telephone"], names, names)["telephone"]
    parts = [ep.read_wav(wavs[n])[0] for n in names]
    one_pass = np.concatenate(parts)
    repeats = -(-DURATION_S * RATE // len(one_pass))
    long = np.tile(one_pass, repeats)[: DURATION_S * RATE]
    ep.write_wav(path, long, RATE)
    log(f"made {path} ({DURATION_S} s)")
    return path


def table(results: dict, audio_s: float) -> str:
    lines = [f"Audio: {audio_s:.0f} s, 8 kHz mono telephone speech (FDA). Medians of whole-process runs.", "",
             "| Tracker | Wall s | CPU s | × real time (wall) | × real time (CPU) | Speed vs Praat (wall) |",
             "|---|---:|---:|---:|---:|---:|"]
    praat = results.get("praat")
    for name, r in results.items():
        ratio = f"{praat['median_wall_s'] / r['median_wall_s']:.2f}×" if praat else "–"
        lines.append(f"| {name} | {r['median_wall_s']:.2f} | {r['median_cpu_s']:.2f} | "
                     f"{audio_s / r['median_wall_s']:.0f} | {audio_s / r['median_cpu_s']:.0f} | {ratio} |")
    return "\n".join(lines) + "\n"


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ep.add_run_options(p)
    p.add_argument("--trackers", default="praat,undertone,swiftf0")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--output", type=Path, default=REPO / "Benchmarks" / "results" / "pitch_speed.json")
    p.add_argument("--markdown", type=Path, help="also write the table here")
    return p.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    cache = args.cache.resolve()
    wav = make_long_file(args.data, cache)
    audio_s = ep.wav_seconds(wav)
    out_dir = cache / "speed"
    trackers = [t.strip() for t in args.trackers.split(",") if t.strip()]
    undertone = args.undertone.resolve()
    versions = {}

    commands: dict[str, tuple[list[str], Path | None]] = {}
    if "praat" in trackers:
        if shutil.which(args.praat) is None:
            sys.exit(f"Praat not found ({args.praat}); run Tools/setup_eval.sh")
        commands["praat"] = ([args.praat, "--run", str(ep.PRAAT_SCRIPT), str(wav), str(out_dir / "praat.txt"),
                              str(args.floor), str(args.ceiling), str(args.time_step)], None)
        versions["praat"] = subprocess.run([args.praat, "--version"], capture_output=True, text=True).stdout.strip()
    if "undertone" in trackers:
        if undertone.is_file() and os.access(undertone, os.X_OK):
            commands["undertone"] = ([str(undertone), "pitch", str(wav), "--format", "csv",
                                      "--floor", str(args.floor), "--ceiling", str(args.ceiling)],
                                     out_dir / "undertone.csv")
        else:
            log(f"Undertone skipped: no executable at {undertone} (build it, or pass --undertone PATH)")
    if "swiftf0" in trackers:
        probe = subprocess.run([sys.executable, "-c", "import importlib.metadata as m; print(m.version('swift-f0'))"],
                               capture_output=True, text=True)
        if probe.returncode == 0:
            versions["swift-f0"] = probe.stdout.strip()
            commands["swiftf0"] = ([sys.executable, "-c", SWIFTF0_PROGRAM, str(wav), str(out_dir / "swiftf0.csv"),
                                    str(args.floor), str(args.ceiling)], None)
        else:
            log("SwiftF0 skipped: swift-f0 is not installed (Tools/setup_eval.sh)")

    results = benchmark(commands, args.runs)
    text = table(results, audio_s)
    print(text)
    report = {
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "command": shlex.join(sys.argv),
        "machine": {"cpu": cpu_model(), "cores": os.cpu_count(), "system": platform.platform()},
        "tools": versions,
        "audio": {"file": str(wav.relative_to(cache)), "seconds": audio_s, "sample_rate": RATE},
        "settings": {"floor_hz": args.floor, "ceiling_hz": args.ceiling, "praat_time_step_s": args.time_step,
                     "runs": args.runs, "warmup_runs": 1},
        "results": {name: {**r, "x_real_time_wall": audio_s / r["median_wall_s"],
                           "x_real_time_cpu": audio_s / r["median_cpu_s"]} for name, r in results.items()},
    }
    write_results(args.output, json.dumps(report, indent=1), args.markdown, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
