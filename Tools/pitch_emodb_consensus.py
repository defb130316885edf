#!/usr/bin/env python3
"""Pitch through the telephone channel on EmoDB: 10 speakers, 7 emotions, against a consensus reference.

FDA (Tools/eval_pitch.py) has a laryngograph reference but only two speakers. EmoDB has ten, each in
seven emotions, and no F0 reference; this driver makes one from two independent trackers on the clean
16 kHz originals (read in place from --data/emodb/wav): a 10 ms frame is

  voiced,   F0 = sqrt(f_praat * f_swiftf0)  when Praat `To Pitch (ac)` and SwiftF0 both call it voiced
                                             and agree within 5 % (0.07 octave),
  unvoiced                                   when both call it unvoiced,
  left out                                   otherwise (they disagree: no trustworthy answer).

Each tracker then runs on the telephone version (Tools/telephone_channel.py, the speech-rate
evaluation's cached files), and its estimate at the reference frames is scored as in eval_pitch.py:
GPE (> 20 % off), the part of it an octave or more up (est/ref > 1.6) or down (< 0.6), and VDE over the
frames kept. Split as everywhere for EmoDB: odd speakers (03, 09, 11, 13, 15) tune, even ones are held
out. Caveat: Praat and SwiftF0 made the reference from the clean audio, so their own telephone rows
share its biases and flatter them; Undertone's row does not.

Usage (from the repository root; needs praat, numpy, scipy, swift-f0; see Tools/setup_eval.sh):
  python3 Tools/pitch_emodb_consensus.py                          # all speakers, all trackers
  python3 Tools/pitch_emodb_consensus.py --split tune --trackers undertone
Writes Benchmarks/results/pitch_emodb_consensus.json (--output) and prints a Markdown table.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

import eval_pitch as ep
import eval_rate as er
from eval_common import write_results

REPO = Path(__file__).resolve().parents[1]
STEP_S = 0.01
AGREEMENT_OCTAVES = 0.07
TUNING_SPEAKERS = {"03", "09", "11", "13", "15"}
EMOTIONS = {"W": "anger", "L": "boredom", "E": "disgust", "A": "fear", "F": "happiness", "T": "sadness", "N": "neutral"}
TRACKERS = ["undertone", "praat", "swiftf0"]
COUNTS = ["frames", "ref_voiced", "both_voiced", "gross", "up", "down", "v_to_u", "u_to_v"]


def consensus(praat: ep.Track, swift: ep.Track) -> np.ndarray:
    """Reference F0 every 10 ms: > 0 voiced, 0 unvoiced, −1 left out (see the module doc)."""
    end = max(praat.times[-1] if len(praat.times) else 0, swift.times[-1] if len(swift.times) else 0)
    t = np.arange(0, end, STEP_S)
    a, b = ep.estimate_at(praat, t, "nearest"), ep.estimate_at(swift, t, "nearest")
    ref = np.full(len(t), -1.0)
    both = (a > 0) & (b > 0)
    agree = both & (np.abs(np.log2(np.where(both, a, 1) / np.where(both, b, 1))) < AGREEMENT_OCTAVES)
    ref[agree] = np.sqrt(a[agree] * b[agree])
    ref[(a == 0) & (b == 0)] = 0
    return ref


def counts(ref: np.ndarray, track: ep.Track) -> dict[str, int]:
    est = ep.estimate_at(track, np.arange(len(ref)) * STEP_S, "nearest")
    kept = ref >= 0
    ref, est = ref[kept], est[kept]
    rv, ev = ref > 0, est > 0
    both = rv & ev
    ratio = est[both] / ref[both]
    return {"frames": int(len(ref)), "ref_voiced": int(rv.sum()), "both_voiced": int(both.sum()),
            "gross": int((np.abs(ratio - 1) > ep.GROSS).sum()), "up": int((ratio > 1.6).sum()),
            "down": int((ratio < 0.6).sum()), "v_to_u": int((rv & ~ev).sum()), "u_to_v": int((~rv & ev).sum())}


def summary(per_file: dict[str, dict[str, int]]) -> dict:
    total = {k: sum(c[k] for c in per_file.values()) for k in COUNTS}
    def pct(num, den):
        return round(100.0 * num / den, 3) if den else None
    return {"files": len(per_file), "gpe_pct": pct(total["gross"], total["both_voiced"]),
            "octave_up_pct": pct(total["up"], total["both_voiced"]), "octave_down_pct": pct(total["down"], total["both_voiced"]),
            "vde_pct": pct(total["v_to_u"] + total["u_to_v"], total["frames"]), "counts": total}


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ep.add_run_options(p)
    p.set_defaults(data=er.DEFAULT_DATA, cache=er.DEFAULT_CACHE)
    for action in p._actions:
        if action.dest == "data":
            action.help = "the shared data folder holding emodb/ (read only)"
        elif action.dest == "cache":
            action.help = "where telephone files, the reference and tracker outputs go (shared with eval_rate.py)"
    p.add_argument("--trackers", default=",".join(TRACKERS), help="comma-separated subset of " + ",".join(TRACKERS))
    p.add_argument("--split", choices=["all", "tune", "held-out"], default="all",
                   help="tune: odd speakers; held-out: even speakers")
    p.add_argument("--undertone-args", default="", help="extra options for `undertone pitch`")
    p.add_argument("--output", type=Path, default=REPO / "Benchmarks" / "results" / "pitch_emodb_consensus.json")
    p.add_argument("--markdown", type=Path, help="also write the Markdown table here")
    args = p.parse_args(argv)
    args.swiftf0_range = "floor-ceiling"
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    trackers = ep.split_list(args.trackers, TRACKERS, "trackers")
    if not (args.data / "emodb" / "wav").is_dir():
        sys.exit(f"no EmoDB at {args.data / 'emodb'} (--data: the folder holding emodb/)")
    if not args.undertone.exists() and "undertone" in trackers:
        sys.exit(f"no undertone binary at {args.undertone}: swift build -c release --product undertone, or --undertone PATH")
    items = er.emodb_items(args.data, args.data / "emodb" / "wav", "silb")
    keep = {"all": lambda s: True, "tune": lambda s: s in TUNING_SPEAKERS, "held-out": lambda s: s not in TUNING_SPEAKERS}[args.split]
    items = [i for i in items if keep(i.name[:2])]
    clean = {i.name: i.wav for i in items}
    tel_dir = er.emodb_telephone_dir(args.data, args.cache, items)
    telephone = {name: tel_dir / f"{name}.wav" for name in clean}

    cache = args.cache / "pitch-consensus"
    ref_file = cache / "reference.json"
    refs = {k: np.array(v) for k, v in json.loads(ref_file.read_text()).items()} if ref_file.exists() else {}
    missing = {n: p for n, p in clean.items() if n not in refs}
    if missing:
        ep.log(f"reference: Praat and SwiftF0 on {len(missing)} clean files")
        praat = ep.run_praat(args.praat, missing, cache / "praat-clean", args).tracks
        swift = ep.SwiftF0Runner(args).run(missing).tracks
        for name in missing:
            refs[name] = consensus(praat[name], swift[name])
        ref_file.parent.mkdir(parents=True, exist_ok=True)
        ref_file.write_text(json.dumps({k: v.round(2).tolist() for k, v in refs.items()}))

    results = {}
    for tracker in trackers:
        ep.log(f"{tracker}: {len(telephone)} telephone files")
        if tracker == "undertone":
            tracks = ep.run_undertone(args.undertone, telephone, args).tracks
        elif tracker == "praat":
            tracks = ep.run_praat(args.praat, telephone, cache / "praat-telephone", args).tracks
        else:
            tracks = ep.SwiftF0Runner(args).run(telephone).tracks
        per_file = {n: counts(refs[n], tracks[n]) for n in telephone}
        groups = {"tune": [n for n in per_file if n[:2] in TUNING_SPEAKERS],
                  "held-out": [n for n in per_file if n[:2] not in TUNING_SPEAKERS]}
        groups.update({EMOTIONS[code]: [n for n in per_file if n[5] == code] for code in EMOTIONS})
        results[tracker] = {g: summary({n: per_file[n] for n in names}) for g, names in groups.items() if names}
        results[tracker]["per_file_counts"] = {n: [c[k] for k in COUNTS] for n, c in per_file.items()}

    lines = ["| group | tracker | files | GPE % | octave up % | octave down % | VDE % |", "|---|---|---:|---:|---:|---:|---:|"]
    for group in ["held-out", "tune", *EMOTIONS.values()]:
        for tracker in trackers:
            s = results[tracker].get(group)
            if s:
                lines.append(f"| {group} | {tracker} | {s['files']} | {ep.fmt(s['gpe_pct'])} | {ep.fmt(s['octave_up_pct'])} | "
                             f"{ep.fmt(s['octave_down_pct'])} | {ep.fmt(s['vde_pct'])} |")
    table = "\n".join(lines) + "\n"
    print(table, end="")
    frames = sum(int((r >= 0).sum()) for n, r in refs.items() if n in clean)
    voiced = sum(int((r > 0).sum()) for n, r in refs.items() if n in clean)
    all_frames = sum(len(r) for n, r in refs.items() if n in clean)
    write_results(args.output, ep.compact_json({
        "command": " ".join(sys.argv), "split": args.split, "trackers": trackers,
        "reference": {"rule": __doc__.split("\n\n")[1], "frames": all_frames, "kept": frames, "voiced": voiced},
        "settings": {"floor": args.floor, "ceiling": args.ceiling, "time_step": args.time_step, "undertone_args": args.undertone_args},
        "count_keys": COUNTS, "results": results}), args.markdown, table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
