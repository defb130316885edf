#!/usr/bin/env python3
"""Where a pitch tracker's voicing errors sit: at the edges of voiced stretches or inside them.

Reads the same FDA condition files, reference and tracker runs as Tools/eval_pitch.py (same
scoring: reference times every 15 ms, the nearest tracker frame), and sorts every wrong voicing
decision by the reference frame's position:

  missed (reference voiced, tracker unvoiced):
    onset k     the k-th reference frame of a voiced stretch (k = 0, 1, 2; "onset 3+" beyond),
                counted from whichever edge is nearer, ties to the onset
    offset k    the k-th frame before a stretch's end
  false (reference unvoiced, tracker voiced):
    before k    k frames before a voiced stretch begins (k = 0 is the frame just before)
    after k     k frames after one ends
    far         3+ frames from any voiced stretch

Stretches shorter than 2 frames count as onsets. The table gives counts per tracker and speaker
(rl = male, sb = female) and the share of all frames, so rows add up to the VDE that
eval_pitch.py reports for the same files. A second table counts the missed frames by the length of
the reference stretch they lie in (1-3, 4-6, 7-12, 13+ frames of 15 ms).

Usage (from the repository root):
  python3 Tools/pitch_voicing_edges.py --conditions clean --split odd
  python3 Tools/pitch_voicing_edges.py --conditions clean,telephone --undertone-args "--voicing-threshold 0.5"
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

import eval_pitch as ep

EDGE_FRAMES = 3  # frames counted as an edge on each side of a voicing boundary


def runs(voiced: np.ndarray) -> list[tuple[int, int]]:
    """[start, end) index pairs of the voiced stretches."""
    padded = np.concatenate([[False], voiced, [False]]).astype(np.int8)
    change = np.flatnonzero(np.diff(padded))
    return list(zip(change[0::2], change[1::2]))


def positions(ref_voiced: np.ndarray) -> list[str]:
    """A position label for every reference frame (see the module doc)."""
    n = len(ref_voiced)
    labels = ["far"] * n
    stretches = runs(ref_voiced)
    for start, end in stretches:
        for i in range(start, end):
            from_start, from_end = i - start, end - 1 - i
            if from_start <= from_end:
                labels[i] = f"onset {min(from_start, EDGE_FRAMES)}{'+' if from_start >= EDGE_FRAMES else ''}"
            else:
                labels[i] = f"offset {min(from_end, EDGE_FRAMES)}{'+' if from_end >= EDGE_FRAMES else ''}"
    for start, end in stretches:
        for k in range(EDGE_FRAMES):
            for i, label in ((start - 1 - k, f"before {k}"), (end + k, f"after {k}")):
                if 0 <= i < n and not ref_voiced[i] and labels[i] == "far":
                    labels[i] = label
    return labels


STRETCH_CLASSES = [(3, "1-3"), (6, "4-6"), (12, "7-12"), (None, "13+")]


def stretch_class(length: int) -> str:
    return next(name for limit, name in STRETCH_CLASSES if limit is None or length <= limit)


def classify(ref: np.ndarray, est: np.ndarray) -> tuple[Counter, Counter]:
    """Counts of errors by position, plus the frame total under 'frames'; and the reference stretches'
    frames ('frames <class>') and missed frames ('missed <class>') by stretch length."""
    rv, ev = ref > 0, est > 0
    counts = Counter(frames=len(ref))
    for label, r, e in zip(positions(rv), rv, ev):
        if r and not e:
            counts["missed " + label] += 1
        elif e and not r:
            counts["false " + label] += 1
    by_length = Counter()
    for start, end in runs(rv):
        name = stretch_class(end - start)
        by_length["stretches " + name] += 1
        by_length["frames " + name] += end - start
        by_length["missed " + name] += int((~ev[start:end]).sum())
    return counts, by_length


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ep.add_run_options(p)
    p.add_argument("--conditions", default="clean", help="comma-separated subset of " + ",".join(ep.CONDITIONS))
    p.add_argument("--trackers", default="undertone,praat", help="comma-separated: undertone, praat")
    p.add_argument("--split", choices=["odd", "even", "all"], default="odd",
                   help="odd = the tuning files (default), even = held-out")
    p.add_argument("--undertone-args", default="", help="extra options for `undertone pitch` (tuning experiments)")
    p.set_defaults(files=None, limit=None)  # what eval_pitch.select_names reads
    return p.parse_args(argv)


def split_names(all_names: list[str], split: str) -> list[str]:
    if split == "all":
        return all_names
    return [n for n in all_names if ep.is_tuning_file(n) == (split == "odd")]


def table(condition: str, results: dict[str, dict[str, Counter]]) -> str:
    labels = sorted({k for per_speaker in results.values() for c in per_speaker.values() for k in c if k != "frames"})
    trackers = list(results)
    speakers = list(next(iter(results.values())))
    head = [f"{t} {s}" for t in trackers for s in speakers]
    lines = [f"### {condition}: voicing errors, % of all frames (count)", "",
             "| Position | " + " | ".join(head) + " |", "|---|" + "---:|" * len(head)]
    for label in labels + ["total"]:
        cells = []
        for t in trackers:
            for s in speakers:
                c = results[t][s]
                count = sum(v for k, v in c.items() if k != "frames") if label == "total" else c[label]
                cells.append(f"{100 * count / c['frames']:.2f} ({count})")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def length_table(condition: str, lengths: dict[str, dict[str, Counter]]) -> str:
    trackers = list(lengths)
    speakers = list(next(iter(lengths.values())))
    first = lengths[trackers[0]]
    lines = [f"### {condition}: reference voiced frames missed, by the length of their stretch", "",
             "| Stretch (frames) | Speaker | Stretches | Frames | " + " | ".join(f"{t} missed" for t in trackers) + " |",
             "|---|---|---:|---:|" + "---:|" * len(trackers)]
    for _, name in STRETCH_CLASSES:
        for s in speakers:
            cells = [str(lengths[t][s]["missed " + name]) for t in trackers]
            lines.append(f"| {name} | {s} | {first[s]['stretches ' + name]} | {first[s]['frames ' + name]} | "
                         + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv=None) -> int:
    args = parse_args(argv)
    _, all_names = ep.select_names(args.data, args)  # exits with a message when the folder holds no FDA files
    names = split_names(all_names, args.split)
    conditions = ep.split_list(args.conditions, ep.CONDITIONS, "conditions")
    trackers = ep.split_list(args.trackers, ["undertone", "praat"], "trackers")
    refs = {n: np.loadtxt(args.data / f"{n}.f0ref", ndmin=1) for n in names}
    wavs = ep.prepare_conditions(args.data, args.cache, conditions, names, all_names)
    for condition in conditions:
        results: dict[str, dict[str, Counter]] = {}
        lengths: dict[str, dict[str, Counter]] = {}
        for tracker in trackers:
            if tracker == "praat":
                run = ep.run_praat(args.praat, wavs[condition], args.cache / "praat" / condition, args)
            else:
                run = ep.run_undertone(args.undertone.resolve(), wavs[condition], args)
            per_speaker = {s: Counter() for s in ep.SPEAKERS.values()}
            per_length = {s: Counter() for s in ep.SPEAKERS.values()}
            for name, track in run.tracks.items():
                ref = refs[name]
                est = ep.estimate_at(track, np.arange(len(ref)) * ep.REF_STEP, "nearest")
                by_position, by_length = classify(ref, est)
                per_speaker[ep.SPEAKERS[name[:2]]] += by_position
                per_length[ep.SPEAKERS[name[:2]]] += by_length
            per_speaker["both"] = sum(per_speaker.values(), Counter())
            per_length["both"] = sum(per_length.values(), Counter())
            results[tracker], lengths[tracker] = per_speaker, per_length
        print(table(condition, results))
        print()
        print(length_table(condition, lengths))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
