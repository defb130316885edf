#!/usr/bin/env python3
"""Which FDA reference frames two runs of `undertone pitch` call differently voiced, and who is right.

The two runs are two builds (--before, --after) or one build with two sets of options (--before-args,
--after-args; the hidden tuning options). For every reference frame (15 ms, Tools/eval_pitch.py's
scoring: the nearest tracker frame) where the two runs disagree on voicing, prints the file, its split (odd = tuning, even = held-out), the time,
the reference F0 and each build's F0 (0 = unvoiced), and LOST when the first run was right, GAINED
when the second one is. Then the count of each per split. Used to see what a change to the tracker's
voicing does frame by frame, e.g. the gap bridge of pitch round r6 (docs/history/pitch.md, round r7; a
bridge cost of 0 gives the tracker before it, output for output):

  python3 Tools/pitch_voicing_diff.py --before-args "--gap-bridge-cost 0" --condition clean
"""
import argparse
import shlex
import subprocess
import sys
from pathlib import Path

import numpy as np

import eval_pitch as ep


def track(binary: Path, options: str, wav: Path, args) -> ep.Track:
    cmd = [str(binary), "pitch", str(wav), "--format", "csv", "--floor", str(args.floor), "--ceiling", str(args.ceiling),
           *shlex.split(options)]
    return ep.parse_undertone_csv(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ep.add_run_options(p)
    p.add_argument("--before", type=Path, help="the first run's executable (default: --undertone)")
    p.add_argument("--after", type=Path, help="the second run's executable (default: --undertone)")
    p.add_argument("--before-args", default="", help="extra options for the first run")
    p.add_argument("--after-args", default="", help="extra options for the second run")
    p.add_argument("--condition", choices=ep.CONDITIONS, default="clean")
    p.add_argument("--seed", type=int, default=ep.PROTOCOL["seed"], help="noise seed (noisy conditions)")
    args = p.parse_args(argv)
    before_binary, after_binary = args.before or args.undertone, args.after or args.undertone
    ep.PROTOCOL["seed"] = args.seed
    names = sorted(q.stem for q in args.data.glob("*.f0ref") if (args.data / f"{q.stem}.wav").exists())
    if not names:
        sys.exit(f"no FDA files (*.wav + *.f0ref) in {args.data}")
    wavs = ep.prepare_conditions(args.data, args.cache, [args.condition], names, names)[args.condition]
    tally = {}
    for name in names:
        ref = np.loadtxt(args.data / f"{name}.f0ref", ndmin=1)
        times = np.arange(len(ref)) * ep.REF_STEP
        before = ep.estimate_at(track(before_binary, args.before_args, wavs[name], args), times, "nearest")
        after = ep.estimate_at(track(after_binary, args.after_args, wavs[name], args), times, "nearest")
        split = "odd" if ep.is_tuning_file(name) else "even"
        for k in np.nonzero((before > 0) != (after > 0))[0]:
            verdict = "LOST" if (before[k] > 0) == (ref[k] > 0) else "GAINED"
            tally[(split, verdict)] = tally.get((split, verdict), 0) + 1
            print(f"{name} {split} t={times[k]:.3f} s  ref {ref[k]:.0f} Hz  before {before[k]:.0f}  after {after[k]:.0f}  {verdict}")
    for split in ("odd", "even"):
        print(f"{split} files: {tally.get((split, 'LOST'), 0)} frames lost, {tally.get((split, 'GAINED'), 0)} gained")
    return 0


if __name__ == "__main__":
    sys.exit(main())
