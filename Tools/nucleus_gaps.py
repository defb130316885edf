#!/usr/bin/env python3
"""Where extra syllable nuclei come from on the espeak-ng development sentences (tuning data only).

Runs `undertone features FILE --format csv` on every file of the development set
(`make_tts_rate_set.py --sentences dev`, telephone channel, as eval_rate.py's tts_dev_telephone) and, for
each nucleus, measures the gap to the previous nucleus of the output, how far under that nucleus it lies
(drop), how far under the running speech level (depth: the running peak of envelope_db decaying 2 dB/s,
as SyllableNucleusDetector keeps it), its periodicity and F0. It prints, per voice and rate, the count
excess (nuclei - true syllables) and how many nuclei fall in two groups:

  close and weak   gap <= --gap-ms after the previous nucleus and >= --drop-db under it (echo-like)
  deep             >= --depth-db under the speech level (with how many have no F0, periodicity < 0.6)

docs/speech-rate.md, rounds 10 and 11, quote these counts:
  python3 Tools/nucleus_gaps.py --undertone-args "--nucleus-echo-frames 0"   # before round 10
  python3 Tools/nucleus_gaps.py --depth-db 18                                  # after round 10
--list prints every nucleus of either group.
"""
from __future__ import annotations

import argparse
import csv
import shlex
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import eval_rate  # noqa: E402

LEVEL_DECAY_DB_PER_FRAME = 0.02


def nuclei(binary: str, wav: Path, extra: list[str]) -> list[dict]:
    out = subprocess.run([binary, "features", str(wav), "--format", "csv", *extra],
                         capture_output=True, text=True, check=True).stdout
    frames = list(csv.DictReader(out.splitlines()))
    level, found, previous = -1e9, [], None
    for i, frame in enumerate(frames):
        envelope = float(frame["envelope_db"])
        level = max(envelope, level - LEVEL_DECAY_DB_PER_FRAME)
        if frame["nucleus"] != "1":
            continue
        nucleus = {"time_s": i / 100, "envelope_db": envelope, "depth_db": level - envelope,
                   "periodicity": float(frame["voicing"]), "f0_hz": float(frame["f0_hz"])}
        if previous is not None:
            nucleus["gap_ms"] = (i - previous[0]) * 10
            nucleus["drop_db"] = previous[1] - envelope
        found.append(nucleus)
        previous = (i, envelope)
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--undertone", default=str(eval_rate.DEFAULT_UNDERTONE))
    ap.add_argument("--undertone-args", default="", help="more options for every features run")
    ap.add_argument("--cache", default=str(eval_rate.DEFAULT_CACHE))
    ap.add_argument("--gap-ms", type=float, default=160)
    ap.add_argument("--drop-db", type=float, default=12)
    ap.add_argument("--depth-db", type=float, default=22)
    ap.add_argument("--list", action="store_true", help="print every nucleus of either group")
    args = ap.parse_args()
    extra = shlex.split(args.undertone_args)

    rows = defaultdict(lambda: {"files": 0, "excess": 0, "close": 0, "deep": 0, "deep_no_f0": 0, "deep_aperiodic": 0})
    for item in eval_rate.tts_items(Path(args.cache), "dev"):
        row = rows[(item.voice, item.group)]
        found = nuclei(args.undertone, item.wav, extra)
        row["files"] += 1
        row["excess"] += len(found) - item.n_true
        for n in found:
            close = n.get("gap_ms", 1e9) <= args.gap_ms and n.get("drop_db", -1e9) >= args.drop_db
            deep = n["depth_db"] >= args.depth_db
            row["close"] += close
            row["deep"] += deep
            row["deep_no_f0"] += deep and n["f0_hz"] == 0
            row["deep_aperiodic"] += deep and n["periodicity"] < 0.6
            if args.list and (close or deep):
                print(f"  {item.name} {item.voice} t={n['time_s']:.2f} gap={n.get('gap_ms', '-')} "
                      f"drop={n.get('drop_db', 0):.1f} depth={n['depth_db']:.1f} "
                      f"periodicity={n['periodicity']:.2f} f0={n['f0_hz']:.0f}")
    print(f"| voice | rate | files | nuclei - true | close and weak (<= {args.gap_ms:g} ms, >= {args.drop_db:g} dB "
          f"under the previous) | deep (>= {args.depth_db:g} dB under the level) | of which no F0 | periodicity < 0.6 |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for (voice, rate), r in sorted(rows.items()):
        print(f"| {voice} | {rate} | {r['files']} | {r['excess']:+d} | {r['close']} | {r['deep']} | "
              f"{r['deep_no_f0']} | {r['deep_aperiodic']} |")


if __name__ == "__main__":
    main()
