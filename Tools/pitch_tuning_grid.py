#!/usr/bin/env python3
"""Pitch-tracker tuning grid on the tuning data only: one row per variant of `undertone pitch` options.

Each variant (extra options for `undertone pitch`, e.g. the hidden `--voicing-threshold 0.5` or
`--gap-bridge-tolerance 0.6 --gap-bridge-cost 2.25`) is scored on
  - the odd (tuning) FDA files, Tools/eval_pitch.py: clean and telephone (default noise seed), and
    telephone + white / speech-shaped noise at 10 dB pooled over four noise realisations (the default
    seed and seeds 1, 2, 3), as every pitch round since r4 has tuned;
  - the odd (tuning) EmoDB speakers through the telephone channel against the Praat + SwiftF0
    consensus, Tools/pitch_emodb_consensus.py --split tune.
The even FDA files and even EmoDB speakers are never touched. Per set it prints GPE / VDE / octave-error
rate (%; EmoDB: GPE / VDE and the octave-up rate) and the sum of the five VDEs, and writes every pooled
count to --output (JSON).

Usage (from the repository root; the evaluation set-up of Tools/setup_eval.sh):
  python3 Tools/pitch_tuning_grid.py --variant base= \\
      --variant "vt0.50=--voicing-threshold 0.50" --variant "tol0.6=--gap-bridge-tolerance 0.6 --gap-bridge-cost 2.25"
"""
import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import eval_pitch

NOISE_SEEDS = [None, 1, 2, 3]  # None: eval_pitch.py's default seed
FDA_SETS = ["clean", "telephone", "telephone_white10", "telephone_speech10"]
TOOLS = Path(__file__).resolve().parent


def odd_fda_files(data: Path) -> str:
    names = sorted(p.stem for p in (data / "fda").glob("*.f0ref"))
    return ",".join(n for n in names if eval_pitch.is_tuning_file(n))


def run_fda(args, options: str, conditions: str, seed, work: Path) -> dict:
    output = work / f"fda-{conditions}-{seed}.json"
    cmd = [sys.executable, str(TOOLS / "eval_pitch.py"), "--data", str(args.data / "fda"),
           "--conditions", conditions, "--trackers", "undertone", "--files", odd_fda_files(args.data),
           "--undertone", str(args.undertone), "--undertone-args", options, "--output", str(output)]
    if seed is not None:
        cmd += ["--seed", str(seed)]
    subprocess.run(cmd, check=True, capture_output=True)
    results = json.loads(output.read_text())["results"]
    return {c: results[c]["undertone"]["summary"]["pooled"]["counts"] for c in results}


def run_variant(args, options: str, work: Path) -> dict:
    counts = run_fda(args, options, "clean,telephone", None, work)
    noisy = {c: {k: 0 for k in eval_pitch.COUNT_KEYS} for c in FDA_SETS[2:]}
    for seed in NOISE_SEEDS:
        for condition, pooled in run_fda(args, options, ",".join(FDA_SETS[2:]), seed, work).items():
            for key, value in pooled.items():
                noisy[condition][key] += value
    counts.update(noisy)
    emodb_output = work / "emodb.json"
    subprocess.run([sys.executable, str(TOOLS / "pitch_emodb_consensus.py"), "--data", str(args.data),
                    "--split", "tune", "--trackers", "undertone", "--undertone", str(args.undertone),
                    "--undertone-args", options, "--output", str(emodb_output)], check=True, capture_output=True)
    emodb = json.loads(emodb_output.read_text())["results"]["undertone"]["tune"]
    return {"fda_counts": counts, "fda": {c: eval_pitch.metrics(counts[c]) for c in FDA_SETS}, "emodb": emodb}


def row(label: str, result: dict) -> str:
    emodb = result["emodb"]
    cells = [label, f"{emodb['gpe_pct']:.2f} / {emodb['vde_pct']:.2f} / {emodb['octave_up_pct']:.2f}"]
    vde_sum = emodb["vde_pct"]
    for condition in FDA_SETS:
        m = result["fda"][condition]
        cells.append(f"{m['gpe_pct']:.2f} / {m['vde_pct']:.2f} / {m['octave_pct']:.2f}")
        vde_sum += m["vde_pct"]
    cells.append(f"{vde_sum:.2f}")
    return "| " + " | ".join(cells) + " |"


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--variant", action="append", required=True, metavar="LABEL=OPTIONS",
                   help="a row: its label, '=', and the options for `undertone pitch` (empty: defaults)")
    p.add_argument("--data", type=Path, default=eval_pitch.DEFAULT_DATA.parent, help="the shared data folder (read only)")
    p.add_argument("--undertone", type=Path, default=eval_pitch.REPO / ".build" / "release" / "undertone")
    p.add_argument("--output", type=Path, default=Path(".build-eval/pitch/tuning_grid.json"))
    args = p.parse_args(argv)
    variants = []
    for spec in args.variant:
        label, sep, options = spec.partition("=")
        if not sep or not label:
            p.error(f"--variant {spec!r}: expected LABEL=OPTIONS")
        variants.append((label, options))
    print("| variant | EmoDB odd GPE / VDE / octave-up | FDA odd clean GPE / VDE / octave | telephone | "
          "white (4 seeds) | speech-shaped (4 seeds) | sum of VDE |")
    print("|---|---|---|---|---|---|---|")
    results = {}
    for label, options in variants:
        with tempfile.TemporaryDirectory(prefix="pitch-grid-") as work:
            results[label] = {"options": options, **run_variant(args, options, Path(work))}
        print(row(label, results[label]), flush=True)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
