#!/usr/bin/env python3
"""Syllable-nucleus speed: `undertone syllables` against the Praat script on 10 minutes of
telephone speech.

Builds, deterministically, a 10-minute 8 kHz mono 16-bit WAV in the cache folder: the EmoDB
utterances in the `emodb_telephone` condition of Tools/eval_rate.py (300-3400 Hz band-pass,
8 kHz, mu-law), concatenated in file-name order with nothing in between, repeated until
600 s and cut at exactly 600 s. Then times whole-process runs on it:
  praat      praat --run Tools/praat/syllable_nuclei.praat LIST OUT <eval_rate defaults>
             (LIST names the one file; start-up, reading and writing included)
  undertone  .build/release/undertone syllables FILE --format csv   (stdout to a file; as many
             threads as cores: each channel's pitch tracker beside its other stages)
  undertone-1thread  the same with --threads 1
Each tool gets one untimed warm-up run, then --runs timed rounds (default 5) in which the tools take
turns (interleaved, so a change in the machine's speed affects all alike). Reported:
medians of wall time and of CPU time (user + system of the child process), x real time
(= audio seconds / time) and the speed-up over Praat (Praat's median / Undertone's, for
wall and for CPU; above 1 = faster than Praat; the target is >= 10 on wall time).

Usage (from the repository root):
  python3 Benchmarks/rate_speed.py [--undertone PATH] [--runs 5] [--tools praat,undertone,undertone-1thread]
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
import eval_rate as er  # noqa: E402  (items, telephone files and Praat settings are shared)
import telephone_channel as tc  # noqa: E402

DURATION_S = 600
RATE = tc.TELEPHONE["rate"]


def make_long_file(data: Path, cache: Path) -> Path:
    """The 10-minute telephone-speech WAV (made once, then reused)."""
    path = cache / "speed" / f"emodb_telephone_{DURATION_S}s.wav"
    if path.exists():
        return path
    items = er.emodb_items(data, Path(), "silb")
    if not items:
        sys.exit(f"no EmoDB files in {data / 'emodb'}")
    tel_dir = er.emodb_telephone_dir(data, cache, sorted(items, key=lambda it: it.name))
    parts = [tc.read_wav(tel_dir / f"{it.name}.wav")[0] for it in sorted(items, key=lambda it: it.name)]
    one_pass = np.concatenate(parts)
    repeats = -(-DURATION_S * RATE // len(one_pass))
    tc.write_wav(path, np.tile(one_pass, repeats)[: DURATION_S * RATE], RATE)
    log(f"made {path} ({DURATION_S} s)")
    return path


def syllable_count(name: str, out_dir: Path) -> int | None:
    """Syllables the tool found in the long file (a sanity check that it did the work)."""
    if name == "praat":
        lines = (out_dir / "praat.tsv").read_text().splitlines()
        return int(lines[1].split("\t")[1]) if len(lines) > 1 else None
    return er.parse_undertone((out_dir / f"{name}.csv").read_text()).n


def table(results: dict, audio_s: float) -> str:
    lines = [f"Audio: {audio_s:.0f} s, 8 kHz mono telephone speech (EmoDB). Medians of whole-process runs.", "",
             "| Tool | Wall s | CPU s | × real time (wall) | × real time (CPU) | Speed-up vs Praat (wall) | "
             "Speed-up vs Praat (CPU) | Syllables |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    praat = results.get("praat")
    for name, r in results.items():
        wall_ratio = f"{praat['median_wall_s'] / r['median_wall_s']:.1f}×" if praat else "–"
        cpu_ratio = f"{praat['median_cpu_s'] / r['median_cpu_s']:.1f}×" if praat else "–"
        lines.append(f"| {name} | {r['median_wall_s']:.2f} | {r['median_cpu_s']:.2f} | "
                     f"{audio_s / r['median_wall_s']:.0f} | {audio_s / r['median_cpu_s']:.0f} | "
                     f"{wall_ratio} | {cpu_ratio} | {r['syllables']} |")
    return "\n".join(lines) + "\n"


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", type=Path, default=er.DEFAULT_DATA, help="shared data folder (holds emodb/)")
    p.add_argument("--cache", type=Path, default=er.DEFAULT_CACHE, help="derived audio (git-ignored)")
    p.add_argument("--praat", default="praat")
    p.add_argument("--undertone", type=Path, default=er.DEFAULT_UNDERTONE)
    p.add_argument("--tools", default="praat,undertone,undertone-1thread")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--output", type=Path, default=REPO / "Benchmarks" / "results" / "rate_speed.json")
    p.add_argument("--markdown", type=Path, help="also write the table here")
    return p.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(argv)
    load_at_start = list(os.getloadavg())    # wall times are only meaningful on an idle machine
    if load_at_start[0] > 0.5 * (os.cpu_count() or 1):
        log(f"warning: load average {load_at_start[0]:.1f} — other work will inflate wall times")
    cache = args.cache.resolve()
    wav = make_long_file(args.data.resolve(), cache)
    audio_s = tc.wav_seconds(wav)
    out_dir = cache / "speed"
    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    # The Praat script's settings are eval_rate's defaults.
    praat_settings = er.parse_args(["--tools", "praat"])
    versions: dict[str, str] = {}

    commands: dict[str, tuple[list[str], Path]] = {}
    if "praat" in tools:
        if shutil.which(args.praat) is None:
            sys.exit(f"Praat not found ({args.praat}); install it (apt-get install praat)")
        listing = out_dir / "praat.list"
        listing.write_text(f"{wav}\n")
        commands["praat"] = ([args.praat, "--run", str(er.PRAAT_SCRIPT), str(listing), str(out_dir / "praat.tsv"),
                              *er.praat_args(praat_settings)], out_dir / "praat.stdout")
        versions["praat"] = subprocess.run([args.praat, "--version"], capture_output=True, text=True).stdout.strip()
    if "undertone" in tools or "undertone-1thread" in tools:
        undertone = args.undertone.resolve()
        if undertone.is_file() and os.access(undertone, os.X_OK):
            command = [str(undertone), "syllables", str(wav), "--format", "csv"]
            if "undertone" in tools:
                commands["undertone"] = (command, out_dir / "undertone.csv")
            if "undertone-1thread" in tools:
                commands["undertone-1thread"] = ([*command, "--threads", "1"], out_dir / "undertone-1thread.csv")
            proc = subprocess.run([str(undertone), "--version"], capture_output=True, text=True)
            versions["undertone"] = proc.stdout.strip() if proc.returncode == 0 else "(no --version)"
        else:
            log(f"Undertone skipped: no executable at {undertone} (build it, or pass --undertone PATH)")
    if not commands:
        sys.exit("nothing to time")

    results = benchmark(commands, args.runs)
    for name in results:
        results[name]["syllables"] = syllable_count(name, out_dir)
    text = table(results, audio_s)
    print(text)
    praat = results.get("praat")
    report = {
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "command": shlex.join(sys.argv),
        "machine": {"cpu": cpu_model(), "cores": os.cpu_count(), "system": platform.platform(),
                    "load_average_1_5_15_min_at_start": load_at_start},
        "tools": versions,
        "audio": {"file": str(wav.relative_to(cache)), "seconds": audio_s, "sample_rate": RATE,
                  "made_from": "EmoDB emodb_telephone utterances in name order, repeated, cut at 600 s"},
        "settings": {"runs": args.runs, "warmup_runs": 1,
                     "praat": {name: getattr(praat_settings, name) for name, _, _ in er.PRAAT_PARAMS}},
        "results": {name: {**r, "x_real_time_wall": audio_s / r["median_wall_s"],
                           "x_real_time_cpu": audio_s / r["median_cpu_s"],
                           "speedup_vs_praat_wall": praat["median_wall_s"] / r["median_wall_s"] if praat else None,
                           "speedup_vs_praat_cpu": praat["median_cpu_s"] / r["median_cpu_s"] if praat else None}
                    for name, r in results.items()},
    }
    write_results(args.output, json.dumps(report, indent=1), args.markdown, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
