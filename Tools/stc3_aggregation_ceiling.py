#!/usr/bin/env python3
"""How far can dialogue-level aggregation of our turn valences go on STC-3? A ceiling study.

eval_sentiment.py scores an STC-3 dialogue by a fixed aggregation of its customer turns' valence
(the mean, last turn counted twice). This script asks whether a better aggregation could reach the
issue's goal (AUC >= 0.80 for dissatisfied dialogues, mean annotator S <= -0.5) with the same turn
scores: it fits a logistic regression (standardised features) on the tuning split (eval_sentiment.split_of) over

  sentiment features  mean, last, min, max and first turn valence, share of negative turns
                      (valence < -0.05), politeness of the last turn and on average, the fixed
                      aggregation, last turn minus the mean of the others;
  length features     number of customer turns, log characters in all of them and in the last one
                      (not sentiment: how much the customer had to say);

and reports AUC on the tuning split (fitted there, so optimistic) and the held-out split, for each
feature set and both together, beside the fixed aggregation and each single feature's tuning AUC.
Last, on the tuning split only: does the saturation of long turns matter? Each turn's valence v is
x / sqrt(x^2 + 15) (SentimentRules.normalisationAlpha), so its raw sum is x = v * sqrt(15 / (1 - v^2));
the fixed aggregation of x / sqrt(length) and of x / length (length in words, Chinese in characters)
is scored beside the fixed aggregation of v.
A study, not a product feature: nothing here is shipped or tuned into the CLI.

With --tuning-only the held-out split is not scored: the last column is instead the AUC of 5-fold
cross-validation inside the tuning split (stratified, the mean over 5 shuffles), an estimate of what a
fitted aggregation would buy that can be rerun on every round's turn scores without looking at held-out.

Usage (from the repository root, with the release build of Tools/setup_eval_text.sh):
  pip install numpy scikit-learn
  python3 Tools/stc3_aggregation_ceiling.py [--tuning-only]
"""
from __future__ import annotations

import argparse
import os
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

import eval_sentiment as es

SENTIMENT_FEATURES = ["mean", "last", "min", "max", "first", "negative share", "politeness last",
                      "politeness mean", "fixed aggregation", "last minus others"]
LENGTH_FEATURES = ["turns", "log chars", "log chars last"]
NORMALISATION_ALPHA = 15.0  # SentimentRules.normalisationAlpha, both languages


def unsaturated(valence: float, text: str, lang: str, power: float) -> float:
    """The turn's raw lexicon sum recovered from its valence, divided by its length ** power."""
    v = max(-0.9999, min(0.9999, valence))
    raw = v * (NORMALISATION_ALPHA / (1 - v * v)) ** 0.5
    length = max(1, len(text.split()) if lang == "en" else len(text))
    return raw / length ** power


def features(turn_texts: list[str], rows: list[dict]) -> tuple[list[float], list[float]]:
    valence = np.array([r["valence"] for r in rows]) if rows else np.zeros(1)
    politeness = np.array([r["politeness"] for r in rows]) if rows else np.zeros(1)
    others = valence[:-1].mean() if len(valence) > 1 else valence[-1]
    sentiment = [valence.mean(), valence[-1], valence.min(), valence.max(), valence[0],
                 float(np.mean(valence < -0.05)), politeness[-1], politeness.mean(),
                 es.dialogue_score(list(valence)), valence[-1] - others]
    length = [len(turn_texts), np.log1p(sum(len(t) for t in turn_texts)),
              np.log1p(len(turn_texts[-1])) if turn_texts else 0.0]
    return sentiment, length


def model():
    return make_pipeline(StandardScaler(), LogisticRegression(max_iter=5000))


def cross_validated_auc(x, y, folds=5, shuffles=5) -> float:
    """Mean AUC over `shuffles` stratified `folds`-fold cross-validations of the logistic regression."""
    aucs = []
    for seed in range(shuffles):
        scores = np.zeros(len(y))
        for train, test in StratifiedKFold(folds, shuffle=True, random_state=seed).split(x, y):
            scores[test] = model().fit(x[train], y[train]).predict_proba(x[test])[:, 1]
        aucs.append(es.auc(y, scores))
    return float(np.mean(aucs))


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data"))
    p.add_argument("--binary", default=os.path.join(os.path.dirname(__file__), "..", ".build", "release", "undertone"))
    p.add_argument("--tuning-only", action="store_true",
                   help="do not score the held-out split; report 5-fold cross-validation inside the tuning split")
    args = p.parse_args(argv)
    for lang in ("en", "cn"):
        if not os.path.isfile(os.path.join(args.data, f"text/stc3_dch_{lang}_dev.json")):
            sys.exit(f"no STC-3 file text/stc3_dch_{lang}_dev.json under {args.data} (pass --data)")
    if not os.access(args.binary, os.X_OK):
        sys.exit(f"no undertone executable at {args.binary} (build it: Tools/setup_eval_text.sh, or pass --binary)")
    last_column = "AUC tuning, 5-fold cross-validated" if args.tuning_only else "AUC held-out"
    print(f"| language | scores | features | AUC tuning | {last_column} |")
    print("|---|---|---|---:|---:|")
    singles, saturation = [], []
    for lang in ("en", "cn"):
        keys, turns, mean_s = es.load_stc3(args.data, lang)
        flat = [t for d in turns for t in d]
        rows, _ = es.run_ours(args.binary, flat, "en" if lang == "en" else "zh")
        sentiment, length, position = [], [], 0
        for dialogue in turns:
            s, n = features(dialogue, rows[position:position + len(dialogue)])
            sentiment.append(s)
            length.append(n)
            position += len(dialogue)
        xs, xl = np.array(sentiment), np.array(length)
        dissatisfied = np.array([s <= es.DISSATISFIED_S for s in mean_s])
        split = np.array([es.split_of(k) for k in keys])
        tune, held_out = split == "tune", split == "held-out"
        fixed = SENTIMENT_FEATURES.index("fixed aggregation")
        fixed_tune = es.auc(dissatisfied[tune], -xs[tune, fixed])
        fixed_last = fixed_tune if args.tuning_only else es.auc(dissatisfied[held_out], -xs[held_out, fixed])
        print(f"| {lang} | fixed aggregation (eval_sentiment.py) | – | {fixed_tune:.3f} | {fixed_last:.3f} |")
        for name, x in (("sentiment", xs), ("length", xl), ("sentiment + length", np.hstack([xs, xl]))):
            fitted = model().fit(x[tune], dissatisfied[tune])
            auc_tune = es.auc(dissatisfied[tune], fitted.predict_proba(x[tune])[:, 1])
            auc_last = (cross_validated_auc(x[tune], dissatisfied[tune]) if args.tuning_only
                        else es.auc(dissatisfied[held_out], fitted.predict_proba(x[held_out])[:, 1]))
            print(f"| {lang} | logistic regression fitted on tuning | {name} | {auc_tune:.3f} | {auc_last:.3f} |")
        singles.append((lang, [es.auc(dissatisfied[tune], -xs[tune, j]) for j in range(len(SENTIMENT_FEATURES))]))
        position, unsaturated_scores = 0, {0.5: [], 1.0: []}
        for dialogue in turns:
            part = rows[position:position + len(dialogue)]
            position += len(dialogue)
            for power, scores in unsaturated_scores.items():
                scores.append(es.dialogue_score([unsaturated(r["valence"], t, lang, power) for r, t in zip(part, dialogue)]))
        saturation.append((lang, {power: es.auc(dissatisfied[tune], -np.array(scores)[tune])
                                  for power, scores in unsaturated_scores.items()}))
    print()
    print("Single sentiment features, tuning split, AUC of −feature (below 0.5: higher means dissatisfied):")
    for lang, values in singles:
        print(f"  {lang}: " + ", ".join(f"{n} {v:.3f}" for n, v in zip(SENTIMENT_FEATURES, values)))
    print()
    print("Without the saturation, tuning split, AUC of the fixed aggregation of each turn's raw sum:")
    for lang, values in saturation:
        print(f"  {lang}: over sqrt(length) {values[0.5]:.3f}, over length {values[1.0]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
