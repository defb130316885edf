#!/usr/bin/env python3
"""Two or more builds of `undertone` on the same command, alternated: which is faster, by how much.

Each round runs every binary once, in turn (`eval_common.benchmark`: so a machine that changes speed
during the comparison affects all of them alike), with standard output discarded; the table shows the median wall time and
the median CPU time (user + system of the child) over the rounds, and each binary's speed relative to
the first. Used to check an optimisation against the build before it, e.g.

  git worktree add /tmp/base HEAD~1 && (cd /tmp/base && swift build -c release --product undertone)
  python3 Benchmarks/compare_binaries.py --runs 21 \\
      --binary before=/tmp/base/.build/release/undertone --binary after=.build/release/undertone \\
      -- pitch .build-eval/pitch/speed/fda_telephone_600s.wav --format csv

(the 10-minute files are made by Benchmarks/pitch_speed.py and Benchmarks/rate_speed.py). Writes
nothing unless --output is given (JSON with every run's times).
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "Tools"))
from eval_common import benchmark  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", action="append", required=True, metavar="NAME=PATH",
                        help="a build to time (two or more; the first is the reference)")
    parser.add_argument("--runs", type=int, default=15, help="alternated rounds (default 15)")
    parser.add_argument("--output", type=Path, help="write every run's times here as JSON")
    parser.add_argument("arguments", nargs=argparse.REMAINDER, help="-- then undertone's arguments")
    args = parser.parse_args()
    binaries = dict(item.split("=", 1) for item in args.binary)
    if len(binaries) < 2:
        parser.error("give at least two --binary NAME=PATH")
    for name, path in binaries.items():
        if not Path(path).is_file():
            parser.error(f"--binary {name}: no file at {path}")
    command = args.arguments[1:] if args.arguments[:1] == ["--"] else args.arguments
    if not command:
        parser.error("give undertone's arguments after --")
    results = benchmark({name: ([path, *command], None) for name, path in binaries.items()}, args.runs)
    reference = next(iter(binaries))
    print(f"`undertone {' '.join(command)}`, medians of {args.runs} alternated rounds\n")
    print("| build | wall s | CPU s | wall vs " + reference + " |")
    print("|---|---:|---:|---:|")
    for name, r in results.items():
        ratio = results[reference]["median_wall_s"] / r["median_wall_s"]
        print(f"| {name} | {r['median_wall_s']:.3f} | {r['median_cpu_s']:.3f} | {ratio:.2f}× |")
    if args.output:
        args.output.write_text(json.dumps({"command": command, "binaries": binaries, "results": results}, indent=1))


if __name__ == "__main__":
    main()
