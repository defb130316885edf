#!/usr/bin/env python3
"""Tuning-split trial of lexicon changes: the binary's own lexicon (control) against the same plus each
extra lexicon file given (`--lexicon`, docs/lexicon-format.md), one row each.

Per row, on one split: airline macro-F1 (3-class, labels at the shipped thresholds), waimai accuracy at
the threshold tuned on the tuning split (as eval_sentiment.py does), and STC-3 AUC for dissatisfied
dialogues (mean S <= -0.5, eval_sentiment.py's aggregation) in English and Chinese. A file changes the
scores of the language(s) whose terms it holds; the other columns stay at the control's.

A round that adds terms to the built-in lexicon is reproduced on a release build of the commit before it,
with the added lines as the extra file, e.g. text round 7 (docs/history/text-sentiment.md):
  git diff ROUND6 ROUND7 -- Sources/UndertoneText/Resources/Lexicons/zh | grep '^+[^+#]' | cut -c2- > /tmp/r7.tsv
  python3 Tools/sentiment_lexicon_trial.py --binary OLD/.build/release/undertone /tmp/r7.tsv

A rule knob's grid passes it to every row (text round 13, one run per weight W):
  python3 Tools/sentiment_lexicon_trial.py --rule-args "--negated-negative-weight W"

Usage:
  python3 Tools/sentiment_lexicon_trial.py [--binary .build/release/undertone] [--data ../shared/data]
         [--split tune|held-out] [--rule-args "OPTIONS"] [FILE...]
"""
import argparse
import os
import shlex
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import eval_sentiment as es  # noqa: E402


def in_split(keys, split):
    return [i for i, k in enumerate(keys) if es.split_of(k) == split]


def stc3_dialogues(binary, data, lang, lexicons, options=()):
    """(keys, each dialogue's customer-turn rows from `undertone sentiment`, mean S) for STC-3 `lang`."""
    keys, turns, mean_s = es.load_stc3(data, lang)
    rows, _ = es.run_ours(binary, [t for d in turns for t in d], "zh" if lang == "cn" else "en", lexicons, options)
    return keys, es.regroup(rows, turns), mean_s


def stc3_auc(binary, data, lang, split, lexicons, options=()):
    keys, dialogues, mean_s = stc3_dialogues(binary, data, lang, lexicons, options)
    idx = in_split(keys, split)
    values = [es.dialogue_score([r["valence"] for r in dialogues[i]]) for i in idx]
    return es.auc([mean_s[i] <= es.DISSATISFIED_S for i in idx], [-v for v in values])


def airline_f1(binary, data, split, lexicons, options=()):
    keys, texts, gold = es.load_airline(data)
    rows, _ = es.run_ours(binary, texts, "en", lexicons, options)
    idx = in_split(keys, split)
    return es.macro_f1([gold[i] for i in idx], [rows[i]["label"] for i in idx], ["negative", "neutral", "positive"])


def waimai_accuracy(binary, data, split, lexicons, options=()):
    keys, texts, gold = es.load_waimai(data)
    rows, _ = es.run_ours(binary, texts, "zh", lexicons, options)
    values = [r["valence"] for r in rows]
    threshold = es.best_binary_threshold(values, gold, in_split(keys, "tune"))
    idx = in_split(keys, split)
    return es.accuracy([gold[i] for i in idx], [int(values[i] > threshold) for i in idx])


def metrics(binary, data, split, english=(), chinese=(), options=()):
    """(airline F1, waimai accuracy, STC-3 EN AUC, STC-3 CN AUC) with extra English / Chinese lexicons
    and further `undertone sentiment` options."""
    return (airline_f1(binary, data, split, english, options), waimai_accuracy(binary, data, split, chinese, options),
            stc3_auc(binary, data, "en", split, english, options), stc3_auc(binary, data, "cn", split, chinese, options))


def print_table(split, rows):
    print(f"| lexicon | airline F1 | waimai acc | STC-3 EN AUC | STC-3 CN AUC |  ({split} split)")
    print("|---|---|---|---|---|")
    for name, values in rows:
        print(f"| {name} | " + " | ".join(f"{v:.4f}" for v in values) + " |")


def arguments(description, extra):
    """The options every trial script shares; `extra(parser)` adds its own."""
    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=".build/release/undertone")
    parser.add_argument("--data", default="../shared/data")
    parser.add_argument("--split", choices=["tune", "held-out"], default="tune")
    extra(parser)
    return parser


def main(argv=None):
    def extra(parser):
        parser.add_argument("lexicons", nargs="*", metavar="FILE")
        parser.add_argument("--rule-args", default="",
                            help="hidden rule options for every row, e.g. \"--negated-negative-weight 0.5\"")
    args = arguments(__doc__, extra).parse_args(argv)
    options = tuple(shlex.split(args.rule_args))
    rows = [("control", metrics(args.binary, args.data, args.split, options=options))]
    for path in args.lexicons:
        rows.append((os.path.basename(path), metrics(args.binary, args.data, args.split, (path,), (path,), options)))
    print_table(args.split, rows)


if __name__ == "__main__":
    main()
