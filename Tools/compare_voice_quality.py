#!/usr/bin/env python3
"""Jitter, shimmer and HNR of Undertone next to Praat's on real voiced stretches (CSTR FDA).

For each FDA utterance given (default: the even-numbered ones of both speakers, rl and sb), the longest
run of voiced reference frames (laryngograph F0 > 0, 15 ms steps) of at least --min-seconds is cut out of
the 16 kHz `clean` condition of Tools/eval_pitch.py, 40 ms trimmed from each end so that only voiced
signal remains, and cut to at most 1 s (one Undertone record). Both tools then measure the same file:
  undertone  analyze FILE --rate 16000 --format jsonl   (the record of second 0)
  praat      Tools/praat/voice_quality.praat FILE OUT 60 500
             (To PointProcess (peaks); jitter/shimmer (local); To Harmonicity (ac) mean)
and the table lists both, with the median absolute difference and the rank correlation over stretches.
Derived audio goes to the cache folder (git-ignored), never into the repository.

Usage (from the repository root, after Tools/setup_eval.sh and a release build):
  python3 Tools/compare_voice_quality.py [--files rl002,sb002,...] [--markdown OUT.md]
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
from scipy.stats import spearmanr

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_pitch as ep  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "Tools" / "praat" / "voice_quality.praat"


def longest_voiced_run(ref: np.ndarray) -> tuple[int, int]:
    best, start = (0, 0), None
    for k, value in enumerate(list(ref) + [0]):
        if value > 0 and start is None:
            start = k
        elif value <= 0 and start is not None:
            if k - start > best[1] - best[0]:
                best = (start, k)
            start = None
    return best


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", type=Path, default=ep.DEFAULT_DATA)
    p.add_argument("--cache", type=Path, default=ep.DEFAULT_CACHE)
    p.add_argument("--undertone", type=Path, default=ep.DEFAULT_UNDERTONE)
    p.add_argument("--praat", default="praat")
    p.add_argument("--files", help="comma-separated utterances (default: all even-numbered)")
    p.add_argument("--min-seconds", type=float, default=0.4)
    p.add_argument("--markdown", type=Path)
    args = p.parse_args(argv)

    all_names = sorted(q.stem for q in args.data.glob("*.f0ref"))
    names = args.files.split(",") if args.files else [n for n in all_names if int(n[2:]) % 2 == 0]
    wavs = ep.prepare_conditions(args.data, args.cache, ["clean"], names, all_names)["clean"]
    out_dir = args.cache / "voice_quality"
    out_dir.mkdir(parents=True, exist_ok=True)
    rows = []
    for name in names:
        ref = np.loadtxt(args.data / f"{name}.f0ref", ndmin=1)
        first, end = longest_voiced_run(ref)
        start_s, end_s = first * ep.REF_STEP + 0.04, (end - 1) * ep.REF_STEP - 0.04
        end_s = min(end_s, start_s + 1.0)
        if end_s - start_s < args.min_seconds:
            continue
        x, rate = ep.read_wav(wavs[name])
        stretch = out_dir / f"{name}.wav"
        ep.write_wav(stretch, x[int(start_s * rate):int(end_s * rate)], rate)
        proc = subprocess.run([str(args.undertone), "analyze", str(stretch), "--rate", "16000"],
                              capture_output=True, text=True, check=True)
        record = json.loads(proc.stdout.splitlines()[0])
        praat_out = out_dir / f"{name}.praat.txt"
        subprocess.run([args.praat, "--run", str(SCRIPT), str(stretch), str(praat_out), "60", "500"],
                       capture_output=True, text=True, check=True)
        praat = [float(v) if v.strip() not in ("", "--undefined--") else None
                 for v in praat_out.read_text().split("\t")]
        rows.append({"file": name, "seconds": round(end_s - start_s, 2),
                     "undertone": [record.get("jitter_local_pct"), record.get("shimmer_local_pct"), record.get("hnr_db")],
                     "praat": praat})

    lines = ["| File | Seconds | Jitter % (ours / Praat) | Shimmer % (ours / Praat) | HNR dB (ours / Praat) |",
             "|---|---:|---:|---:|---:|"]
    def cell(a, b, digits):
        fa = "–" if a is None else f"{a:.{digits}f}"
        fb = "–" if b is None else f"{b:.{digits}f}"
        return f"{fa} / {fb}"
    for r in rows:
        u, q = r["undertone"], r["praat"]
        lines.append(f"| {r['file']} | {r['seconds']:.2f} | {cell(u[0], q[0], 2)} | {cell(u[1], q[1], 2)} | {cell(u[2], q[2], 1)} |")
    summary = []
    for index, label in enumerate(["jitter (local, %)", "shimmer (local, %)", "HNR (dB)"]):
        pairs = [(r["undertone"][index], r["praat"][index]) for r in rows
                 if r["undertone"][index] is not None and r["praat"][index] is not None]
        if len(pairs) >= 3:
            a, b = np.array(pairs).T
            rho = spearmanr(a, b).statistic
            summary.append(f"- {label}: {len(pairs)} stretches, median ours {np.median(a):.2f} vs Praat {np.median(b):.2f}, "
                           f"median |difference| {np.median(np.abs(a - b)):.2f}, Spearman ρ {rho:.2f}")
    text = "\n".join(lines) + "\n\n" + "\n".join(summary) + "\n"
    print(text, end="")
    if args.markdown:
        args.markdown.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
