#!/usr/bin/env python3
"""How many probe sentences of each kind two builds read as negative, and which sentences moved: the count
behind a review's verdict on a text round (text round 18, docs/accuracy.md).

A probe file has one `KIND<TAB>sentence` per line (`#` comments), e.g.
Tools/lexicon_trials/text_round18_probes.tsv (A agent and advice lines, C calm customers, F reassurance
frames, S segmentation traps, X complaints). Negative = valence <= -0.05, the negative label's threshold.

Text round 18 against its parent commit:
  python3 Tools/sentiment_probe_counts.py --old PARENT/.build/release/undertone --new .build/release/undertone \\
      --lang zh Tools/lexicon_trials/text_round18_probes.tsv
"""
import argparse
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import eval_sentiment as es  # noqa: E402

NEGATIVE = -0.05


def read_probes(path):
    rows = []
    for line in open(path, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            kind, text = line.rstrip("\n").split("\t", 1)
            rows.append((kind, text))
    return rows


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--old", required=True)
    parser.add_argument("--new", required=True)
    parser.add_argument("--lang", choices=["en", "zh"], default="zh")
    parser.add_argument("--min", type=float, default=0.1, help="list sentences that moved by more than this")
    parser.add_argument("probes")
    args = parser.parse_args(argv)
    rows = read_probes(args.probes)
    texts = [text for _, text in rows]
    old, _ = es.run_ours(args.old, texts, args.lang)
    new, _ = es.run_ours(args.new, texts, args.lang)
    total, old_negative, new_negative = Counter(), Counter(), Counter()
    for (kind, _), before, after in zip(rows, old, new):
        total[kind] += 1
        old_negative[kind] += before["valence"] <= NEGATIVE
        new_negative[kind] += after["valence"] <= NEGATIVE
    print("| kind | sentences | negative, old | negative, new |")
    print("|---|---|---|---|")
    for kind in sorted(total):
        print(f"| {kind} | {total[kind]} | {old_negative[kind]} | {new_negative[kind]} |")
    for (kind, text), before, after in zip(rows, old, new):
        if abs(after["valence"] - before["valence"]) > args.min:
            print(f"{kind}  {before['valence']:+.2f} -> {after['valence']:+.2f}  {text}")


if __name__ == "__main__":
    main()
