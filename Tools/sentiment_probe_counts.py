#!/usr/bin/env python3
"""How many probe sentences of each kind two builds read as negative, and which sentences moved: the count
behind a review's verdict on a text round (text round 18, docs/history/text-sentiment.md).

A probe file has one `KIND<TAB>sentence` per line (`#` comments), e.g.
Tools/lexicon_trials/text_round18_probes.tsv (A agent and advice lines, C calm customers, F reassurance
frames, S segmentation traps, X complaints). Negative = valence <= -0.05, the negative label's threshold.
A line may carry the reading its writer expects, `KIND<TAB>N|P|+|0|?<TAB>sentence` (N negative, P not negative,
+ leaning positive, valence >= +0.05, the mirror of the negative threshold (the positive label's own threshold is
higher; text round 37); 0 neither, for a line that names no feeling (text round 51: 满意度调查 "satisfaction
survey" is no praise); ? unsure); then the table also counts, per kind, how many sentences each build reads as expected (text round
19's review probes, Tools/lexicon_trials/text_round19_review_probes.tsv).

Text round 18 against its parent commit (text round 19: --lang en and its two probe files):
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
POSITIVE = 0.05


def read_probes(path):
    rows = []
    for line in open(path, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            columns = line.rstrip("\n").split("\t", 2)
            if len(columns) == 3 and columns[1] in ("N", "P", "+", "0", "?"):
                rows.append((columns[0], columns[1], columns[2]))
            else:
                kind, text = line.rstrip("\n").split("\t", 1)
                rows.append((kind, None, text))
    return rows


def as_expected(expected, row):
    if expected == "+":
        return row["valence"] >= POSITIVE
    if expected == "0":
        return NEGATIVE < row["valence"] < POSITIVE
    return (row["valence"] <= NEGATIVE) == (expected == "N")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--old", required=True)
    parser.add_argument("--new", required=True)
    parser.add_argument("--lang", choices=["en", "zh", "auto"], default="zh")
    parser.add_argument("--min", type=float, default=0.1, help="list sentences that moved by more than this")
    parser.add_argument("--old-args", default="", help="further `undertone sentiment` arguments for the old build")
    parser.add_argument("--new-args", default="",
                        help='further arguments for the new build, e.g. "--speaker agent" (text round 52)')
    parser.add_argument("probes")
    args = parser.parse_args(argv)
    rows = read_probes(args.probes)
    texts = [text for _, _, text in rows]
    old, _ = es.run_ours(args.old, texts, args.lang, options=args.old_args.split())
    new, _ = es.run_ours(args.new, texts, args.lang, options=args.new_args.split())
    total, old_negative, new_negative = Counter(), Counter(), Counter()
    judged, old_right, new_right = Counter(), Counter(), Counter()
    for (kind, expected, _), before, after in zip(rows, old, new):
        total[kind] += 1
        old_negative[kind] += before["valence"] <= NEGATIVE
        new_negative[kind] += after["valence"] <= NEGATIVE
        if expected in ("N", "P", "+", "0"):
            judged[kind] += 1
            old_right[kind] += as_expected(expected, before)
            new_right[kind] += as_expected(expected, after)
    expectations = sum(judged.values()) > 0
    print("| kind | sentences | negative, old | negative, new |" + (" as expected, old | as expected, new | judged |" if expectations else ""))
    print("|---|---|---|---|" + ("---|---|---|" if expectations else ""))
    for kind in sorted(total):
        extra = f" {old_right[kind]} | {new_right[kind]} | {judged[kind]} |" if expectations else ""
        print(f"| {kind} | {total[kind]} | {old_negative[kind]} | {new_negative[kind]} |" + extra)
    if expectations:
        print(f"| all | {sum(total.values())} | | | {sum(old_right.values())} | {sum(new_right.values())} | {sum(judged.values())} |")
    for (kind, _, text), before, after in zip(rows, old, new):
        if abs(after["valence"] - before["valence"]) > args.min:
            print(f"{kind}  {before['valence']:+.2f} -> {after['valence']:+.2f}  {text}")

if __name__ == "__main__":
    main()
