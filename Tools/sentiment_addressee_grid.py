#!/usr/bin/env python3
"""How much negative words aimed at the listener should weigh: the tuning-split grid of text round 6
(docs/history/text-sentiment.md).

The weight is a lexicon property of the second-person words (`you <TAB> addressee <TAB> 4`,
`你 <TAB> addressee <TAB> 4`), so each grid point is the binary's own lexicon plus a `--lexicon` file
that gives every built-in second-person word weight w (w = 1 turns the rule off). Per w it prints the
metrics of Tools/sentiment_lexicon_trial.py: airline macro-F1, waimai accuracy, STC-3 AUC in English
and Chinese, on one split.

Round 6's choice rule, written before the grid: per language, the smallest w whose STC-3 tuning AUC
is within 0.002 of the grid's best, if airline F1 (English) or waimai accuracy (Chinese) falls by no
more than 0.003 / 0.002 against w = 1 and the AUC gains at least 0.005.

Usage:
  python3 Tools/sentiment_addressee_grid.py [--binary .build/release/undertone] [--data ../shared/data]
         [--weights 1,1.5,2,3,4,6] [--split tune|held-out]
--split held-out scores the other half (round 6 looked at it once, after the choice, with eval_sentiment.py).
"""
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sentiment_lexicon_trial as trial  # noqa: E402

ENGLISH = ["you", "your", "yours", "yourself", "yourselves", "you're", "youre", "you've", "you'll", "you'd",
           "u", "ur", "y'all"]
CHINESE = ["你", "你们", "您", "您们", "贵公司"]


def lexicon_file(words, weight):
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, encoding="utf-8") as f:
        f.write("".join(f"{w}\taddressee\t{weight}\n" for w in words))
    return f.name


def main(argv=None):
    parser = trial.arguments(__doc__, lambda p: p.add_argument("--weights", default="1,1.5,2,3,4,6"))
    args = parser.parse_args(argv)
    rows = []
    for weight in args.weights.split(","):
        english, chinese = lexicon_file(ENGLISH, weight), lexicon_file(CHINESE, weight)
        try:
            rows.append((f"w {weight}", trial.metrics(args.binary, args.data, args.split, (english,), (chinese,))))
        finally:
            os.unlink(english)
            os.unlink(chinese)
    trial.print_table(args.split, rows)


if __name__ == "__main__":
    main()
