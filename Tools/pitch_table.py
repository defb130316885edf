#!/usr/bin/env python3
"""Accuracy table of a Tools/eval_pitch.py run, split into the held-out (even-numbered) files, the
tuning (odd-numbered) files and all files, recomputed from the per-file counts in its JSON.

The pitch defaults are tuned on the odd files (rl001, rl003, ..., sb029) only, so the held-out rows
come first: they are the honest ones.

Usage (from the repository root):
  python3 Tools/pitch_table.py Benchmarks/results/pitch_accuracy.json [--markdown OUT.md]
  python3 Tools/pitch_table.py A.json --compare B.json     # our rows of A and B side by side (tuning)
  python3 Tools/pitch_table.py A.json --pool S1.json S2.json  # counts of the runs summed: noise realisations
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from eval_pitch import COUNT_KEYS, is_tuning_file, metrics, pool  # noqa: E402

SPLITS = [("held-out (even, 30)", lambda n: not is_tuning_file(n)),
          ("tuning (odd, 30)", is_tuning_file),
          ("all 60", lambda n: True)]


def split_metrics(report: dict, condition: str, tracker: str, keep) -> dict | None:
    per_file = report["results"][condition][tracker]["per_file_counts"]
    names = [n for n in per_file if keep(n)]
    if not names:
        return None
    return metrics(pool([dict(zip(COUNT_KEYS, per_file[n])) for n in names]))


def fmt(value, digits=2) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def table(report: dict) -> str:
    lines = ["| Files | Condition | Tracker | GPE % | FPE (cents) | VDE % | Octave err. % |",
             "|---|---|---|---:|---:|---:|---:|"]
    for split, keep in SPLITS:
        for condition in report["conditions"]:
            for tracker in ["undertone", "praat", "swiftf0"]:
                if tracker not in report["results"][condition]:
                    continue
                m = split_metrics(report, condition, tracker, keep)
                if m is None:
                    continue
                lines.append(f"| {split} | {condition} | {tracker} | {fmt(m['gpe_pct'])} | {fmt(m['fpe_cents'], 1)} | "
                             f"{fmt(m['vde_pct'])} | {fmt(m['octave_pct'])} |")
    return "\n".join(lines) + "\n"


def compare(a: dict, b: dict) -> str:
    lines = ["| Files | Condition | GPE A → B | VDE A → B | Oct A → B | V→U A → B | U→V A → B |", "|---|---|---|---|---|---|---|"]
    for split, keep in SPLITS:
        for condition in a["conditions"]:
            if condition not in b["results"]:
                continue
            x, y = (split_metrics(r, condition, "undertone", keep) for r in (a, b))
            if x is None or y is None:
                continue
            cells = [f"{fmt(x[k])} → {fmt(y[k])}" for k in ("gpe_pct", "vde_pct", "octave_pct", "v_to_u_pct", "u_to_v_pct")]
            lines.append(f"| {split} | {condition} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def pooled(reports: list[dict]) -> dict:
    """One report whose per-file counts are the sums over `reports` (e.g. the same files under several
    noise seeds), for the conditions, trackers and files every report has."""
    conditions = [c for c in reports[0]["conditions"] if all(c in r["results"] for r in reports)]
    results = {}
    for condition in conditions:
        trackers = [t for t in reports[0]["results"][condition] if all(t in r["results"][condition] for r in reports)]
        results[condition] = {}
        for tracker in trackers:
            files = [name for name in reports[0]["results"][condition][tracker]["per_file_counts"]
                     if all(name in r["results"][condition][tracker]["per_file_counts"] for r in reports)]
            results[condition][tracker] = {"per_file_counts": {
                name: [sum(r["results"][condition][tracker]["per_file_counts"][name][k] for r in reports)
                       for k in range(len(COUNT_KEYS))] for name in files}}
    return {"conditions": conditions, "results": results}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("results", type=Path)
    p.add_argument("--compare", type=Path, help="a second run: print Undertone's rows of both (not with --pool)")
    p.add_argument("--pool", type=Path, nargs="+", metavar="RUN",
                   help="more runs of the same files (e.g. other noise seeds): counts summed with the first run's")
    p.add_argument("--markdown", type=Path)
    args = p.parse_args(argv)
    if args.pool and args.compare:
        p.error("--pool and --compare do not combine")
    report = json.loads(args.results.read_text())
    if args.pool:
        report = pooled([report] + [json.loads(path.read_text()) for path in args.pool])
    text = compare(report, json.loads(args.compare.read_text())) if args.compare else table(report)
    print(text, end="")
    if args.markdown:
        args.markdown.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
