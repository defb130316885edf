#!/usr/bin/env python3
"""Which part of espeak-ng's en-us+f3 voice makes the nucleus detector overcount (tuning data only).

The f3 variant (`voices/!v/f3` in espeak-ng-data) adds an echo (`echo 120 10`), breath noise (`breath`)
and roughness (`roughness`) to the en-us voice. This script copies espeak-ng-data into --work, writes
variants of f3 that each drop one of those lines (and one that drops all three), re-synthesises the
f3 sentences of the development set (make_tts_rate_set.py --sentences dev, the same text, rate and
syllable truth) with each variant, passes them through Tools/telephone_channel.py, counts nuclei with
`undertone syllables`, and prints the count excess (nuclei - true syllables) per variant and rate.

Usage (after `python3 Tools/make_tts_rate_set.py --sentences dev`):
  python3 Tools/tts_voice_variants.py [--undertone .build/release/undertone] [--work /tmp/tts-variants]
"""
import argparse
import csv
import re
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_tts_rate_set as tts  # noqa: E402
import telephone_channel as tc  # noqa: E402

VARIANTS = {"f3": [], "f3noecho": ["echo"], "f3nobreath": ["breath"], "f3norough": ["roughness"],
            "f3none": ["echo", "breath", "roughness"]}


def espeak_data_dir() -> Path:
    out = subprocess.run(["espeak-ng", "--version"], capture_output=True, text=True, check=True).stdout
    match = re.search(r"Data at:\s*(\S+)", out)
    if not match:
        sys.exit(f"cannot find espeak-ng's data folder in: {out.strip()}")
    return Path(match.group(1))


def write_variants(work: Path) -> Path:
    """A copy of espeak-ng-data with the variants in voices/!v; returns the --path to give espeak-ng."""
    data = work / "espeak-ng-data"
    if not data.exists():
        shutil.copytree(espeak_data_dir(), data)
    f3 = (data / "voices" / "!v" / "f3").read_text().splitlines()
    for name, dropped in VARIANTS.items():
        kept = [line for line in f3 if not any(line.split()[:1] == [key] for key in dropped)]
        (data / "voices" / "!v" / name).write_text("\n".join(kept) + "\n")
    return work


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--undertone", default=".build/release/undertone")
    parser.add_argument("--cache", type=Path, default=tts.DEFAULT_CACHE)
    parser.add_argument("--work", type=Path, default=Path("/tmp/tts-variants"))
    args = parser.parse_args(argv)

    truth = tts.set_dir(args.cache, "dev") / "truth.csv"
    if not truth.exists():
        sys.exit(f"{truth} is missing: run python3 Tools/make_tts_rate_set.py --sentences dev first")
    rows = [r for r in csv.DictReader(truth.open()) if r["voice"] == "en-us+f3"]
    args.work.mkdir(parents=True, exist_ok=True)
    espeak_path = write_variants(args.work)
    rates = sorted({int(r["rate_wpm"]) for r in rows})
    print(f"| variant | {' | '.join(f'{rate} wpm' for rate in rates)} |")
    print(f"|---|{'---|' * len(rates)}")
    for variant in VARIANTS:
        excess = {rate: [0, 0] for rate in rates}
        for row in rows:
            rate = int(row["rate_wpm"])
            raw, tel = args.work / f"{variant}_{row['file']}", args.work / f"tel_{variant}_{row['file']}"
            if not tel.exists():
                subprocess.run(["espeak-ng", f"--path={espeak_path}", "-v", f"en-us+{variant}", "-s", str(rate),
                                "-w", str(raw), row["text"]], check=True)
                x, sr = tc.read_wav(raw)
                tc.write_wav(tel, tc.telephone_channel(x, sr), tc.TELEPHONE["rate"])
            out = subprocess.run([args.undertone, "syllables", str(tel)], capture_output=True, text=True,
                                 check=True).stdout
            excess[rate][0] += int(re.search(r"syllables=(\d+)", out).group(1))
            excess[rate][1] += int(row["n_syllables"])
        cells = [f"{n - true:+d} ({(n - true) / true * 100:+.1f} %)" for n, true in excess.values()]
        print(f"| {variant} | {' | '.join(cells)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
