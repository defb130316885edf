#!/usr/bin/env python3
"""The listener-challenge rule's tuning-split grid (text round 8, docs/accuracy.md).

A span aimed at the listener (it holds a second-person word) that challenges it, with no negative word
already scored in it, no praise and no wish, request or condition marker, gets a valence of its own
(`SentimentRules.listenerChallengeValence`): variant N counts spans with a negator ("you haven't called
since March 7", "can't you solve it"), variant NQ questions too ("what do you mean by some other day?").
Per grid point it prints the metrics of Tools/sentiment_lexicon_trial.py (airline macro-F1, waimai
accuracy, STC-3 AUC in English and Chinese) on one split, through the hidden options
`--listener-challenge=V` and `--listener-questions-challenge=true|false` of `undertone sentiment`.

Round 8's choice rule, written before the grid: one valence for both languages; admissible if tuning
airline F1 falls by no more than 0.005 and waimai accuracy by no more than 0.002 against the rule off;
per variant, the valence with the best mean of the two STC-3 AUCs, then the smallest magnitude within
0.002 of it; NQ over N only if its mean AUC is at least 0.005 higher; adopted only if the mean AUC gains
at least 0.005 over the rule off.

Usage:
  python3 Tools/sentiment_challenge_grid.py [--binary .build/release/undertone] [--data ../shared/data]
         [--valences=-0.25,-0.5,-1,-2] [--split tune|held-out]
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sentiment_lexicon_trial as trial  # noqa: E402


def main(argv=None):
    parser = trial.arguments(__doc__, lambda p: p.add_argument("--valences", default="-0.25,-0.5,-1,-2"))
    args = parser.parse_args(argv)
    rows = [("off", trial.metrics(args.binary, args.data, args.split, options=("--listener-challenge=0",)))]
    for variant, questions in (("N", "false"), ("NQ", "true")):
        for valence in args.valences.split(","):
            options = (f"--listener-challenge={valence}", f"--listener-questions-challenge={questions}")
            rows.append((f"{variant} {valence}", trial.metrics(args.binary, args.data, args.split, options=options)))
    trial.print_table(args.split, rows)


if __name__ == "__main__":
    main()
