#!/usr/bin/env python3
"""Which STC-3 dialogues carry the change in dialogue AUC between two builds (text round 37, docs/history/text-sentiment.md).

Scores the customer turns of one STC-3 language with two builds of `undertone sentiment`, aggregates each
dialogue as Tools/eval_sentiment.py does (mean of the turns, the last counted twice), and for every dialogue
whose score changed prints how much AUC it carries: the AUC of the new scores with that one dialogue put back
to its old score, minus the new AUC (positive: the change to this dialogue cost AUC). Reads the tuning split
only unless --split says otherwise.

  python3 Tools/stc3_auc_contributions.py --old OLD/undertone --new NEW/undertone --lang en
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import eval_sentiment as es  # noqa: E402


def dialogue_scores(binary, turns, lang):
    return [es.dialogue_score(values) for values in es.turn_valences(binary, turns, lang)]


def auc(scores, dissatisfied):
    """AUC of −score for dissatisfied dialogues, as Tools/eval_sentiment.py reports it."""
    return es.auc(dissatisfied, [-s for s in scores])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--old", required=True)
    parser.add_argument("--new", required=True)
    es.add_stc3_arguments(parser, "en")
    args = parser.parse_args(argv)
    ids, turns, mean_s = es.load_stc3(args.data, args.lang)
    keep = [i for i, key in enumerate(ids) if args.split == "all" or es.split_of(key) == args.split]
    turns = [turns[i] for i in keep]
    dissatisfied = [mean_s[i] <= -0.5 for i in keep]
    lang = "en" if args.lang == "en" else "zh"
    old = dialogue_scores(args.old, turns, lang)
    new = dialogue_scores(args.new, turns, lang)
    new_auc = auc(new, dissatisfied)
    print(f"AUC {auc(old, dissatisfied):.4f} -> {new_auc:.4f} ({args.split} split, {len(keep)} dialogues)")
    rows = []
    for j in range(len(keep)):
        if abs(old[j] - new[j]) > 1e-9:
            reverted = new[:j] + [old[j]] + new[j + 1:]
            rows.append((auc(reverted, dissatisfied) - new_auc, j))
    print(f"{len(rows)} dialogues changed; AUC each carries, largest cost first:")
    for carried, j in sorted(rows, reverse=True):
        label = "dissatisfied" if dissatisfied[j] else "satisfied"
        text = " | ".join(turns[j]).replace("\n", " ")[:120]
        print(f"{carried:+.4f}  {label:12}  {old[j]:+.2f} -> {new[j]:+.2f}  {text}")


if __name__ == "__main__":
    main()
