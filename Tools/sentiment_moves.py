#!/usr/bin/env python3
"""Which texts a text round moves, and which way: a check for rules that turn complaints into praise.

Scores every text of the evaluation sets (both splits: STC-3 customer turns in English and Chinese, the
airline tweets, the waimai reviews) with two builds of `undertone sentiment` and prints, per set, how
many texts moved up (toward praise) or down by more than --min, and the largest moves up. A round
that corrects rules reading complaints as praise should move texts down, not up. This reads texts of
the held-out split too unless --split says otherwise: an audit that removes words should read the tuning
split only (--split tune), as text round 15's should have (docs/history/text-sentiment.md).

A round that adds words rightly moves many texts; --against-gold N then counts, per set, the moves up
among texts whose gold label is negative (airline "negative", waimai 0, STC-3 customer turns of
dissatisfied dialogues: mean S <= -0.5) and the moves down among the others, and lists the N largest of
each, the ones to read (text round 15).

Text round 10 (docs/history/text-sentiment.md) against round 9:
  python3 Tools/sentiment_moves.py --old ROUND9/.build/release/undertone --new .build/release/undertone
Text round 13's sample of Chinese texts moving toward complaint (--min 0.3 --show-down 15).
Text round 15's audit: --min 0.3 --show 12 --show-down 8 --against-gold 40 (its review: add --split tune).
A change meant to keep the output (the phrase matching after text round 45): --min 0 --records.
Usage:
  python3 Tools/sentiment_moves.py --old BINARY --new BINARY [--data ../shared/data] [--min 0.1] [--show 5]
         [--show-down N] [--against-gold N] [--split all|tune|held-out]
"""
import argparse
import random
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import eval_sentiment as es  # noqa: E402


def sets(data, split):
    """(name, language, texts, whether each text's gold label is negative) for each evaluation set, the
    texts of `split` only ("all": both)."""
    def kept(key):
        return split == "all" or es.split_of(key) == split
    out = []
    for lang, name in (("en", "STC-3 EN turns"), ("cn", "STC-3 CN turns")):
        keys, turns, mean_s = es.load_stc3(data, lang)
        rows = [(t, s <= es.DISSATISFIED_S) for k, d, s in zip(keys, turns, mean_s) if kept(k) for t in d]
        out.append((name, "en" if lang == "en" else "zh", [t for t, _ in rows], [n for _, n in rows]))
    for name, lang, (keys, texts, labels), negative in (
            ("airline tweets", "en", es.load_airline(data), "negative"),
            ("waimai reviews", "zh", es.load_waimai(data), 0)):
        rows = [(t, label == negative) for k, t, label in zip(keys, texts, labels) if kept(k)]
        out.append((name, lang, [t for t, _ in rows], [n for _, n in rows]))
    return out


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--old", required=True)
    parser.add_argument("--new", required=True)
    parser.add_argument("--data", default="../shared/data")
    parser.add_argument("--min", type=float, default=0.1, help="smallest move counted (valence units)")
    parser.add_argument("--show", type=int, default=5, help="largest moves up listed per set")
    parser.add_argument("--show-down", type=int, default=0,
                        help="moves down listed per set, a random sample (fixed seed) to read")
    parser.add_argument("--against-gold", type=int, default=0, metavar="N",
                        help="count the moves up among texts with a negative gold label and the moves down among "
                             "the others, and list the N largest of each")
    parser.add_argument("--split", choices=["all", "tune", "held-out"], default="all",
                        help="the texts of one split only (an audit that removes words: tune)")
    parser.add_argument("--records", action="store_true",
                        help="also count the texts whose whole record (valence, label, politeness, terms) differs: "
                             "0 everywhere for a change meant to keep the output")
    args = parser.parse_args(argv)
    extra = " records differ |" if args.records else ""
    print(f"| set | texts | up > {args.min} | down > {args.min} | up, gold negative | down, gold not negative |{extra}")
    print("|---|---|---|---|---|---|" + ("---|" if args.records else ""))
    shown = []
    for name, lang, texts, negative in sets(args.data, args.split):
        old_records = es.run_ours(args.old, texts, lang)[0]
        new_records = es.run_ours(args.new, texts, lang)[0]
        old = [r["valence"] for r in old_records]
        new = [r["valence"] for r in new_records]
        moves = [(b - a, i) for i, (a, b) in enumerate(zip(old, new))]
        up = sorted((m for m in moves if m[0] > args.min), reverse=True)
        down = [m for m in moves if m[0] < -args.min]
        up_against = [m for m in up if negative[m[1]]]
        down_against = sorted(m for m in down if not negative[m[1]])
        differ = f" {sum(a != b for a, b in zip(old_records, new_records))} |" if args.records else ""
        print(f"| {name} | {len(texts)} | {len(up)} | {len(down)} | {len(up_against)} | {len(down_against)} |{differ}")
        listed = {i for _, i in up[:args.show]}
        shown += [f"{name}: {old[i]:+.2f} -> {new[i]:+.2f}  {texts[i][:100]}" for _, i in up[:args.show]]
        shown += [f"{name} (up, gold negative): {old[i]:+.2f} -> {new[i]:+.2f}  {texts[i][:100]}"
                  for _, i in up_against[:args.against_gold] if i not in listed]
        shown += [f"{name} (down, gold not negative): {old[i]:+.2f} -> {new[i]:+.2f}  {texts[i][:100]}"
                  for _, i in down_against[:args.against_gold]]
        sample = random.Random(0).sample(down, min(args.show_down, len(down)))
        shown += [f"{name} (down): {old[i]:+.2f} -> {new[i]:+.2f}  {texts[i][:100]}" for _, i in sample]
    for line in shown:
        print(line)


if __name__ == "__main__":
    main()
