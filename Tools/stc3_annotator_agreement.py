#!/usr/bin/env python3
"""How well do the STC-3 annotators themselves detect dissatisfied dialogues? A human reference for
the issue's goal (AUC >= 0.80 for dialogues whose mean annotator S <= -0.5).

Each STC-3 dialogue carries 19 annotators' satisfaction scores S (-2..2). For each annotator position
j, the target is the mean S of the *other* 18 (<= -0.5: dissatisfied) and the judge is annotator j's own
S; AUC (ties averaged, as eval_sentiment.py) and Spearman with the others' mean, summarised over the
19 positions (mean, median, min, max). Then the mean of k annotators (k = 2, 3, 5; 200 random draws of
the k) against the mean of the remaining 19 - k. With --binary, our fixed dialogue aggregation
(eval_sentiment.dialogue_score) is scored against the same leave-one-out targets, so the rows compare
like with like. Per split (eval_sentiment.split_of) and over all dialogues. Labels only: nothing is
tuned here, and no text is read unless --binary is given.

Usage (from the repository root):
  python3 Tools/stc3_annotator_agreement.py [--data ../shared/data] [--binary .build/release/undertone]
"""
from __future__ import annotations

import argparse
import json
import os
import sys

import numpy as np

import eval_sentiment as es
from sentiment_lexicon_trial import stc3_dialogues

DRAWS = 200
GROUP_SIZES = (2, 3, 5)


def annotator_scores(data: str, lang: str) -> tuple[list[str], np.ndarray]:
    """Dialogue ids and an (n dialogues, 19) array of S, in the file's annotator order."""
    with open(os.path.join(data, f"text/stc3_dch_{lang}_dev.json"), encoding="utf-8") as f:
        dialogues = json.load(f)
    counts = {len(d["annotations"]) for d in dialogues}
    if len(counts) != 1:
        sys.exit(f"{lang}: dialogues have {sorted(counts)} annotations; this study needs the same number for all")
    return [d["id"] for d in dialogues], np.array([[a["quality"]["S"] for a in d["annotations"]] for d in dialogues], float)


def leave_one_out(scores: np.ndarray, judge_of) -> tuple[list[float], list[float]]:
    """AUC and Spearman of judge_of(j) against the mean of all annotators but j, for every j."""
    n = scores.shape[1]
    aucs, rhos = [], []
    for j in range(n):
        others = (scores.sum(axis=1) - scores[:, j]) / (n - 1)
        judge = judge_of(j)
        aucs.append(es.auc(list(others <= es.DISSATISFIED_S), list(-judge)))
        rhos.append(es.spearman(list(judge), list(others)))
    return aucs, rhos


def annotator_groups_auc(scores: np.ndarray, rng: np.random.Generator) -> dict[int, float]:
    """Mean AUC of the mean of k random annotators against the mean of the rest."""
    result = {}
    for k in GROUP_SIZES:
        values = []
        for _ in range(DRAWS):
            order = rng.permutation(scores.shape[1])
            judge, rest = scores[:, order[:k]].mean(axis=1), scores[:, order[k:]].mean(axis=1)
            values.append(es.auc(list(rest <= es.DISSATISFIED_S), list(-judge)))
        result[k] = float(np.mean(values))
    return result


def undertone_dialogue_scores(binary: str, data: str, lang: str, keys: list[str]) -> np.ndarray:
    """Our fixed dialogue aggregation, in the order of `keys` (the file's dialogue order)."""
    ids, dialogues, _ = stc3_dialogues(binary, data, lang, [])
    if ids != keys:
        sys.exit(f"{lang}: eval_sentiment.load_stc3 lists the dialogues in another order")
    return np.array([es.dialogue_score([r["valence"] for r in rows]) for rows in dialogues])


def main(argv=None) -> int:
    here = os.path.dirname(os.path.abspath(__file__))
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", default=os.path.join(here, "..", "..", "shared", "data"))
    p.add_argument("--binary", help="also score our dialogue aggregation against the same targets")
    args = p.parse_args(argv)
    if args.binary and not os.access(args.binary, os.X_OK):
        sys.exit(f"no undertone executable at {args.binary}")
    print("| language | split | dialogues | judge | AUC mean | median | min | max | Spearman mean |")
    print("|---|---|---:|---|---:|---:|---:|---:|---:|")
    for lang in ("en", "cn"):
        path = os.path.join(args.data, f"text/stc3_dch_{lang}_dev.json")
        if not os.path.isfile(path):
            sys.exit(f"no STC-3 file {path} (pass --data)")
        keys, scores = annotator_scores(args.data, lang)
        undertone = undertone_dialogue_scores(args.binary, args.data, lang, keys) if args.binary else None
        split = np.array([es.split_of(k) for k in keys])
        everything = np.ones(len(keys), bool)
        for name, mask in (("tune", split == "tune"), ("held-out", split == "held-out"), ("all", everything)):
            part = scores[mask]

            def row(judge: str, aucs: list[float], rhos: list[float]) -> None:
                print(f"| {lang} | {name} | {mask.sum()} | {judge} | {np.mean(aucs):.3f} | {np.median(aucs):.3f} "
                      f"| {min(aucs):.3f} | {max(aucs):.3f} | {np.mean(rhos):.3f} |")
            row("one annotator", *leave_one_out(part, lambda j: part[:, j]))
            for k, value in annotator_groups_auc(part, np.random.default_rng(0)).items():
                print(f"| {lang} | {name} | {mask.sum()} | mean of {k} annotators | {value:.3f} | | | | |")
            if undertone is not None:   # the same judge for every left-out annotator j; only the truth changes
                row("Undertone (fixed aggregation)", *leave_one_out(part, lambda j: undertone[mask]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
