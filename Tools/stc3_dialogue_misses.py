#!/usr/bin/env python3
"""Which STC-3 dialogues cost the most dialogue AUC for one build (text round 39, docs/history/text-sentiment.md).

Scores the customer turns of one STC-3 language with `undertone sentiment`, aggregates each dialogue as
Tools/eval_sentiment.py does, and lists the dialogues that lose the most AUC: a dissatisfied dialogue (mean S <= -0.5)
costs the satisfied dialogues scoring below it, a satisfied one the dissatisfied dialogues scoring above it (ties
half, as the AUC counts them), over the number of pairs; every misranked pair counts at both its dialogues, so the
costs sum to 2 × (1 − AUC). Reads the tuning split only
unless --split says otherwise: this is for reading errors before a round, not for looking at held-out text.

  python3 Tools/stc3_dialogue_misses.py --binary .build/release/undertone --lang cn --top 40
"""
import argparse
import bisect
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import eval_sentiment as es  # noqa: E402
from stc3_auc_contributions import auc, dialogue_scores  # noqa: E402


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=".build/release/undertone")
    es.add_stc3_arguments(parser, "cn")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args(argv)
    ids, turns, mean_s = es.load_stc3(args.data, args.lang)
    keep = [i for i, key in enumerate(ids) if args.split == "all" or es.split_of(key) == args.split]
    turns = [turns[i] for i in keep]
    truth = [mean_s[i] for i in keep]
    dissatisfied = [s <= -0.5 for s in truth]
    scores = dialogue_scores(args.binary, turns, "en" if args.lang == "en" else "zh")
    satisfied_scores = sorted(s for s, d in zip(scores, dissatisfied) if not d)
    dissatisfied_scores = sorted(s for s, d in zip(scores, dissatisfied) if d)
    n_sat, n_dis = len(satisfied_scores), len(dissatisfied_scores)
    costs = []
    for j, (score, bad) in enumerate(zip(scores, dissatisfied)):
        others = satisfied_scores if bad else dissatisfied_scores
        below, up_to = bisect.bisect_left(others, score), bisect.bisect_right(others, score)
        misranked = below if bad else len(others) - up_to
        cost = (misranked + 0.5 * (up_to - below)) / n_sat / n_dis
        costs.append((cost, j))
    print(f"AUC {auc(scores, dissatisfied):.4f} ({args.split} split, {n_dis} dissatisfied, {n_sat} satisfied)")
    for cost, j in sorted(costs, reverse=True)[:args.top]:
        label = "dissatisfied" if dissatisfied[j] else "satisfied"
        text = " | ".join(turns[j]).replace("\n", " ")[:160]
        print(f"{cost:.5f}  {label:12}  S {truth[j]:+.2f}  score {scores[j]:+.2f}  {text}")


if __name__ == "__main__":
    main()
