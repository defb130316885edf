#!/usr/bin/env python3
"""Sentiment accuracy of `undertone sentiment`, side by side with VADER and SnowNLP, in one run.

Datasets (read from --data, never copied into the repository):
  airline  text/airline_tweets_dev.csv   3-class macro-F1 and accuracy (ours, VADER)
  waimai   text/waimai_10k.csv           binary accuracy (ours, SnowNLP)
  stc3-en  text/stc3_dch_en_dev.json     dialogue dissatisfaction (mean S <= -0.5): AUC, Spearman (ours, VADER)
  stc3-cn  text/stc3_dch_cn_dev.json     same (ours, SnowNLP)

Every item is put in the tuning or the held-out split by a hash of its key (see `split_of`); anything
tuned (label thresholds, the binary threshold, lexicon entries) was tuned on the tuning split only, and
the held-out column is the one to quote. Prints a Markdown table; writes --out as JSON.

Usage:
  python3 Tools/eval_sentiment.py [--binary .build/release/undertone] [--data ../shared/data]
         [--extra-lexicon-zh PATH] [--no-baselines] [--out Benchmarks/results/sentiment_accuracy.json]
"""
import argparse
import csv
import hashlib
import json
import os
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import paired_bootstrap as pb  # noqa: E402

DISSATISFIED_S = -0.5


def split_of(key):
    """'tune' or 'held-out': the first byte of md5(key) even or odd (about half each)."""
    return "tune" if hashlib.md5(key.encode("utf-8")).digest()[0] % 2 == 0 else "held-out"


def run_ours(binary, texts, lang, lexicons=(), options=()):
    """Scores texts with our CLI (one per line; newlines inside a text become spaces); `options` are
    further `undertone sentiment` arguments (a tuning grid's hidden rule options)."""
    args = [binary, "sentiment", "--lang", lang, *options]
    for lexicon in lexicons:
        args += ["--lexicon", lexicon]
    payload = "\n".join(t.replace("\r", " ").replace("\n", " ") for t in texts) + "\n"
    started = time.perf_counter()
    result = subprocess.run(args, input=payload.encode("utf-8"), capture_output=True, check=True)
    elapsed = time.perf_counter() - started
    rows = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    assert len(rows) == len(texts), f"{len(rows)} outputs for {len(texts)} inputs"
    return rows, elapsed


# ---------------------------------------------------------------- metrics

def macro_f1(gold, predicted, classes):
    f1s = []
    for c in classes:
        tp = sum(1 for g, p in zip(gold, predicted) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, predicted) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, predicted) if g == c and p != c)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(f1s) / len(f1s)


def accuracy(gold, predicted):
    return sum(1 for g, p in zip(gold, predicted) if g == p) / len(gold)


def tied_ranks(values):
    """1-based ranks, ties given their average rank."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def auc(positives_flags, scores):
    """ROC AUC by the rank-sum (Mann-Whitney) formula, ties averaged."""
    ranks = tied_ranks(scores)
    n_pos = sum(positives_flags)
    n_neg = len(positives_flags) - n_pos
    rank_sum = sum(r for r, f in zip(ranks, positives_flags) if f)
    return (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


def spearman(xs, ys):
    """Pearson correlation of the tied ranks."""
    rx, ry = tied_ranks(xs), tied_ranks(ys)
    n = len(xs)
    mx, my = sum(rx) / n, sum(ry) / n
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    vx = sum((a - mx) ** 2 for a in rx) ** 0.5
    vy = sum((b - my) ** 2 for b in ry) ** 0.5
    return cov / (vx * vy)


def by_split(keys, fn):
    """Applies fn(indices) to the tuning split, the held-out split and all items."""
    out = {}
    for name in ("tune", "held-out"):
        idx = [i for i, k in enumerate(keys) if split_of(k) == name]
        out[name] = fn(idx)
    out["all"] = fn(list(range(len(keys))))
    return out


# ---------------------------------------------------------------- datasets

def load_airline(data):
    with open(os.path.join(data, "text/airline_tweets_dev.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [r["tweet_id"] for r in rows], [r["text"] for r in rows], [r["airline_sentiment"] for r in rows]


def load_waimai(data):
    with open(os.path.join(data, "text/waimai_10k.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [f"waimai-{i}" for i in range(len(rows))], [r["review"] for r in rows], [int(r["label"]) for r in rows]


def load_stc3(data, lang, sender="customer"):
    """Each dialogue's id, the turns of `sender` (customer or helpdesk) in order, each turn's utterances joined,
    and the annotators' mean S."""
    with open(os.path.join(data, f"text/stc3_dch_{lang}_dev.json"), encoding="utf-8") as f:
        dialogues = json.load(f)
    joiner = " " if lang == "en" else ""
    ids, turns, mean_s = [], [], []
    for d in dialogues:
        ids.append(d["id"])
        turns.append([joiner.join(t["utterances"]) for t in d["turns"] if t["sender"] == sender])
        scores = [a["quality"]["S"] for a in d["annotations"]]
        mean_s.append(sum(scores) / len(scores))
    return ids, turns, mean_s


def add_stc3_arguments(parser, lang):
    """The options the STC-3 study tools share: --lang (en or cn, default `lang`), --data, and --split, the tuning
    split by default (those tools are for reading errors before a round, not for looking at held-out text)."""
    parser.add_argument("--lang", choices=["en", "cn"], default=lang)
    parser.add_argument("--data", default="../shared/data")
    parser.add_argument("--split", choices=["tune", "held-out", "all"], default="tune")


def regroup(flat, dialogues):
    """Cuts `flat`, one item per turn of `dialogues` in order, back into one list per dialogue."""
    groups, at = [], 0
    for dialogue in dialogues:
        groups.append(flat[at:at + len(dialogue)])
        at += len(dialogue)
    return groups


def turn_valences(binary, dialogues, lang, options=()):
    """Each dialogue's turn valences (dialogues: lists of turn texts), all scored in one run of our CLI."""
    rows, _ = run_ours(binary, [turn for dialogue in dialogues for turn in dialogue], lang, options=options)
    return regroup([row["valence"] for row in rows], dialogues)


def dialogue_score(turn_values):
    """A dialogue's satisfaction from its customer turns in order: the mean of the turns, with the
    last turn counted twice (where a conversation ends is how it went). Fixed before measuring, the
    same for every system."""
    if not turn_values:
        return 0.0
    weighted = turn_values + [turn_values[-1]]
    return sum(weighted) / len(weighted)


# ---------------------------------------------------------------- baselines

def vader_scores(texts):
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    analyzer = SentimentIntensityAnalyzer()
    return [analyzer.polarity_scores(t)["compound"] for t in texts]


def snownlp_scores(texts):
    from snownlp import SnowNLP
    return [SnowNLP(t).sentiments if t.strip() else 0.5 for t in texts]


def vader_label(compound):
    return "positive" if compound >= 0.05 else "negative" if compound <= -0.05 else "neutral"


# ---------------------------------------------------------------- evaluation

def best_binary_threshold(values, gold, idx):
    """Threshold on valence maximising accuracy on the items idx (the tuning split)."""
    candidates = sorted(set(round(values[i], 4) for i in idx))
    best = (0.0, 0.0)
    for t in [-1.0] + candidates:
        acc = sum(1 for i in idx if (values[i] > t) == (gold[i] == 1)) / len(idx)
        if acc > best[0]:
            best = (acc, t)
    return best[1]


def evaluate(args):
    results = {"generated_by": "Tools/eval_sentiment.py", "binary": args.binary,
               "split": "md5(key)[0] even = tune, odd = held-out", "datasets": {}}
    rows = []

    # Airline tweets: 3 classes.
    keys, texts, gold = load_airline(args.data)
    ours, elapsed = run_ours(args.binary, texts, "en")
    systems = {"Undertone": [r["label"] for r in ours]}
    if not args.no_baselines:
        systems["VADER 3.3.2 (±0.05)"] = [vader_label(c) for c in vader_scores(texts)]
    entry = {"n": len(texts), "seconds_ours": elapsed, "systems": {}}
    for name, predicted in systems.items():
        metric = by_split(keys, lambda idx: {
            "macro_f1": macro_f1([gold[i] for i in idx], [predicted[i] for i in idx], ["negative", "neutral", "positive"]),
            "accuracy": accuracy([gold[i] for i in idx], [predicted[i] for i in idx]), "n": len(idx)})
        entry["systems"][name] = metric
        rows.append(("airline (EN, 3-class)", name, "macro-F1", metric))
        rows.append(("airline (EN, 3-class)", name, "accuracy", metric))
    results["datasets"]["airline"] = entry

    # Waimai reviews: binary.
    keys, texts, gold = load_waimai(args.data)
    variants = [("Undertone", ())]
    if args.extra_lexicon_zh:
        variants.append((f"Undertone + {os.path.basename(args.extra_lexicon_zh.rstrip('/'))} (research lexicon, not shipped)",
                         (args.extra_lexicon_zh,)))
    entry = {"n": len(texts), "systems": {}}
    for name, lexicons in variants:
        ours, elapsed = run_ours(args.binary, texts, "zh", lexicons)
        values = [r["valence"] for r in ours]
        tune_idx = [i for i, k in enumerate(keys) if split_of(k) == "tune"]
        threshold = best_binary_threshold(values, gold, tune_idx)
        predicted = [1 if v > threshold else 0 for v in values]
        metric = by_split(keys, lambda idx: {"accuracy": accuracy([gold[i] for i in idx], [predicted[i] for i in idx]),
                                             "n": len(idx)})
        metric["threshold_tuned_on_tune_split"] = threshold
        entry["systems"][f"{name} (valence > {threshold:g})"] = metric
        rows.append(("waimai (ZH, binary)", f"{name} (valence > {threshold:g}, tuned)", "accuracy", metric))
        predicted = [1 if r["label"] == "positive" else 0 for r in ours]
        metric = by_split(keys, lambda idx: {"accuracy": accuracy([gold[i] for i in idx], [predicted[i] for i in idx]),
                                             "n": len(idx)})
        entry["systems"][f"{name} (label = positive)"] = metric
        rows.append(("waimai (ZH, binary)", f"{name} (label = positive)", "accuracy", metric))
    if not args.no_baselines:
        predicted = [1 if s > 0.5 else 0 for s in snownlp_scores(texts)]
        metric = by_split(keys, lambda idx: {"accuracy": accuracy([gold[i] for i in idx], [predicted[i] for i in idx]),
                                             "n": len(idx)})
        entry["systems"]["SnowNLP 0.12.3 (> 0.5)"] = metric
        rows.append(("waimai (ZH, binary)", "SnowNLP 0.12.3 (> 0.5)", "accuracy", metric))
    results["datasets"]["waimai"] = entry

    # STC-3 dialogues.
    for lang, baseline in (("en", "VADER"), ("cn", "SnowNLP")):
        keys, turns, mean_s = load_stc3(args.data, lang)
        flat = [t for d in turns for t in d]
        systems = {}
        variants = [("Undertone", ())]
        if lang == "cn" and args.extra_lexicon_zh:
            variants.append((f"Undertone + {os.path.basename(args.extra_lexicon_zh.rstrip('/'))} (research lexicon, not shipped)",
                             (args.extra_lexicon_zh,)))
        for name, lexicons in variants:
            ours, _ = run_ours(args.binary, flat, "en" if lang == "en" else "zh", lexicons)
            systems[name] = [r["valence"] for r in ours]
        if not args.no_baselines:
            if lang == "en":
                systems["VADER 3.3.2 (compound)"] = vader_scores(flat)
            else:
                systems["SnowNLP 0.12.3 (sentiments − 0.5)"] = [s - 0.5 for s in snownlp_scores(flat)]
        entry = {"n": len(keys), "dissatisfied": sum(1 for s in mean_s if s <= DISSATISFIED_S), "systems": {}}
        dialogue_scores = {}
        for name, values in systems.items():
            scores = dialogue_scores[name] = [dialogue_score(v) for v in regroup(values, turns)]
            metric = by_split(keys, lambda idx: {
                "auc": auc([mean_s[i] <= DISSATISFIED_S for i in idx], [-scores[i] for i in idx]),
                "spearman": spearman([scores[i] for i in idx], [mean_s[i] for i in idx]), "n": len(idx)})
            entry["systems"][name] = metric
            label = f"STC-3 {lang.upper()} dialogues"
            rows.append((label, name, "AUC", metric))
            rows.append((label, name, "Spearman", metric))
        entry["held_out_intervals"] = stc3_intervals(keys, mean_s, dialogue_scores)
        results["datasets"][f"stc3_{lang}"] = entry
    return results, rows


def stc3_intervals(keys, mean_s, dialogue_scores, goal=0.80):
    """Held-out split: each system's AUC with a 95 % bootstrap interval over dialogues and the share of
    resamples at or above the goal, and our AUC minus each peer's on the same resamples (paired)."""
    idx = [i for i, k in enumerate(keys) if split_of(k) == "held-out"]
    dissatisfied = [mean_s[i] <= DISSATISFIED_S for i in idx]
    clusters = [[j] for j in range(len(idx))]

    def auc_of(name):
        scores = [-dialogue_scores[name][i] for i in idx]
        return lambda sample: auc([dissatisfied[j] for j in sample], [scores[j] for j in sample])

    everything = list(range(len(idx)))
    out = {}
    for name in dialogue_scores:
        out[name] = {"auc": pb.summarise(auc_of(name)(everything), pb.bootstrap_draws(clusters, auc_of(name)), goal)}
    ours = auc_of("Undertone")
    for name in dialogue_scores:
        if name.startswith("Undertone"):
            continue
        peer = auc_of(name)
        out[name]["undertone_minus_this"] = pb.summarise(
            ours(everything) - peer(everything), pb.bootstrap_draws(clusters, lambda sample: ours(sample) - peer(sample)), 0.0)
    return out


def markdown(rows):
    key = {"macro-F1": "macro_f1", "accuracy": "accuracy", "AUC": "auc", "Spearman": "spearman"}
    lines = ["| dataset | system | metric | tuning split | held-out split | all |", "|---|---|---|---|---|---|"]
    for dataset, system, metric, values in rows:
        k = key[metric]
        lines.append(f"| {dataset} | {system} | {metric} | {values['tune'][k]:.3f} | {values['held-out'][k]:.3f} | {values['all'][k]:.3f} |")
    return "\n".join(lines)


def intervals_markdown(results):
    lines = ["STC-3, held-out split: AUC with its 95 % bootstrap interval over dialogues (2,000 resamples), the share of",
             "resamples at or above 0.80, and our AUC minus the peer's on the same resamples.", "",
             "| dataset | system | AUC [95 % interval] | share ≥ 0.80 | Undertone − this [95 % interval] |",
             "|---|---|---|---:|---|"]
    for lang in ("en", "cn"):
        for name, v in results["datasets"][f"stc3_{lang}"]["held_out_intervals"].items():
            a = v["auc"]
            d = v.get("undertone_minus_this")
            diff = f"{d['estimate']:+.3f} [{d['ci95'][0]:+.3f}, {d['ci95'][1]:+.3f}]" if d else ""
            lines.append(f"| STC-3 {lang.upper()} | {name} | {a['estimate']:.3f} [{a['ci95'][0]:.3f}, {a['ci95'][1]:.3f}] "
                         f"| {a['share_of_draws_meeting_goal']:.2f} | {diff} |")
    return "\n".join(lines)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=os.path.join(repo, ".build/release/undertone"))
    parser.add_argument("--data", default=os.path.join(repo, "../shared/data"))
    parser.add_argument("--extra-lexicon-zh", help="a research Chinese lexicon to add as an extra, labelled row")
    parser.add_argument("--no-baselines", action="store_true", help="skip VADER and SnowNLP (faster iteration)")
    parser.add_argument("--out", default=os.path.join(repo, "Benchmarks/results/sentiment_accuracy.json"))
    args = parser.parse_args()
    if not os.path.exists(args.binary):
        sys.exit(f"{args.binary} not found: build it with `swift build -c release` or pass --binary")
    results, rows = evaluate(args)
    table = markdown(rows) + "\n\n" + intervals_markdown(results)
    results["table_markdown"] = table
    print(table)
    if args.out != "-":
        os.makedirs(os.path.dirname(args.out), exist_ok=True)
        with open(args.out, "w", encoding="utf-8") as f:
            json.dump(results, f, indent=2, ensure_ascii=False)


if __name__ == "__main__":
    main()
