#!/usr/bin/env python3
"""How well `undertone sentiment` reads Traditional Chinese (text round 30, docs/history/text-sentiment.md), side by side with
SnowNLP and with a build from before the round, in one run.

Two kinds of text, neither written here:
  real       the waimai reviews and STC-3 CN customer turns that are written in Traditional characters: those
             that OpenCC's t2s conversion changes in at least two characters (OpenCC decides, not our table).
             Few; counts and waimai accuracy are reported.
  converted  the waimai reviews and STC-3 CN dialogues written in Traditional by OpenCC: s2t (characters
             only: what the character table is built for) and s2twp (Taiwan's characters and its own words,
             網路 for 网络, 軟體 for 软件: what a character table cannot undo). The measures of
             eval_sentiment.py (waimai: accuracy of label = positive, the default thresholds, untuned here;
             STC-3 CN: AUC for mean S <= -0.5 with the same dialogue aggregation), per split; the Simplified
             original is the ceiling. Our table is OpenCC's TSCharacters (Traditional to Simplified);
             s2t uses the other direction's tables (STCharacters, STPhrases), so the round trip is not
             an identity, though both come from one project.

Needs the opencc command (Debian's opencc and libopencc-data: bash Tools/make_traditional_table.sh installs
them) and SnowNLP (Tools/requirements-eval-text.txt). Nothing is tuned here.

Usage:
  python3 Tools/eval_traditional.py --binary .build/release/undertone [--old OLD_BINARY --old-label NAME] [--data ../shared/data]
         [--out Benchmarks/results/traditional_accuracy.json]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import eval_sentiment as es  # noqa: E402


def opencc(texts, config):
    """Converts texts (one per line; newlines inside a text become spaces) with `opencc -c CONFIG`."""
    payload = "\n".join(t.replace("\r", " ").replace("\n", " ") for t in texts) + "\n"
    with tempfile.TemporaryDirectory() as folder:
        source, target = os.path.join(folder, "in.txt"), os.path.join(folder, "out.txt")
        with open(source, "w", encoding="utf-8") as f:
            f.write(payload)
        subprocess.run(["opencc", "-c", config, "-i", source, "-o", target], check=True)
        with open(target, encoding="utf-8") as f:
            out = f.read().split("\n")[:len(texts)]
    assert len(out) == len(texts)
    return out


def changed_characters(a, b):
    return sum(1 for x, y in zip(a, b) if x != y)


def waimai_accuracy(positive, labels, idx):
    return sum(1 for i in idx if positive[i] == (labels[i] == 1)) / len(idx) if idx else float("nan")


def systems(args):
    out = [("Undertone", lambda texts: [r["label"] == "positive" for r in es.run_ours(args.binary, texts, "zh")[0]],
            lambda texts: [r["valence"] for r in es.run_ours(args.binary, texts, "zh")[0]])]
    if args.old:
        out.append((args.old_label, lambda texts: [r["label"] == "positive" for r in es.run_ours(args.old, texts, "zh")[0]],
                    lambda texts: [r["valence"] for r in es.run_ours(args.old, texts, "zh")[0]]))
    out.append(("SnowNLP 0.12.3", lambda texts: [s > 0.5 for s in es.snownlp_scores(texts)],
                lambda texts: [s - 0.5 for s in es.snownlp_scores(texts)]))
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=".build/release/undertone")
    parser.add_argument("--old", help="a build from before text round 30, scored beside")
    parser.add_argument("--old-label", default="Undertone before round 30", help="its name in the table")
    parser.add_argument("--data", default="../shared/data")
    parser.add_argument("--out", default="Benchmarks/results/traditional_accuracy.json")
    args = parser.parse_args()
    started = time.time()
    keys, reviews, labels = es.load_waimai(args.data)
    dialogue_ids, dialogues, mean_s = es.load_stc3(args.data, "cn")
    turns = [t for d in dialogues for t in d]
    results = {"binary": args.binary, "old": args.old, "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
               "real": {}, "converted": {}}
    rows = []

    # Real Traditional text.
    simplified_reviews = opencc(reviews, "t2s.json")
    real = [i for i, (a, b) in enumerate(zip(reviews, simplified_reviews)) if changed_characters(a, b) >= 2]
    simplified_turns = opencc(turns, "t2s.json")
    real_turns = sum(1 for a, b in zip(turns, simplified_turns) if changed_characters(a, b) >= 2)
    results["real"] = {"waimai_reviews": len(real), "stc3_cn_turns": real_turns, "stc3_cn_turns_total": len(turns)}
    texts = [reviews[i] for i in real]
    for name, positive_of, _ in systems(args):
        accuracy = waimai_accuracy(dict(zip(real, positive_of(texts))), labels, real)
        results["real"][f"waimai_accuracy {name}"] = accuracy
        rows.append(("waimai, written in Traditional", name, f"{len(real)} reviews", "accuracy", "", "", f"{accuracy:.3f}"))

    # Converted text.
    for config in ("original", "s2t.json", "s2twp.json"):
        converted_reviews = reviews if config == "original" else opencc(reviews, config)
        converted_turns = turns if config == "original" else opencc(turns, config)
        entry = {}
        for name, positive_of, valence_of in systems(args):
            if config == "original" and name != "Undertone":
                continue
            positive = positive_of(converted_reviews)
            waimai = es.by_split(keys, lambda idx: waimai_accuracy(positive, labels, idx))
            values = valence_of(converted_turns)
            scores = [es.dialogue_score(v) for v in es.regroup(values, dialogues)]
            dissatisfied = [s <= es.DISSATISFIED_S for s in mean_s]
            stc3 = es.by_split(dialogue_ids, lambda idx: es.auc([dissatisfied[i] for i in idx], [-scores[i] for i in idx]))
            entry[name] = {"waimai_accuracy": waimai, "stc3_cn_auc": stc3}
            label = "Simplified original" if config == "original" else f"OpenCC {config.removesuffix('.json')}"
            rows.append((f"waimai, {label}", name, f"{len(reviews)} reviews", "accuracy", f"{waimai['tune']:.3f}", f"{waimai['held-out']:.3f}", f"{waimai['all']:.3f}"))
            rows.append((f"STC-3 CN, {label}", name, f"{len(dialogues)} dialogues", "AUC", f"{stc3['tune']:.3f}", f"{stc3['held-out']:.3f}", f"{stc3['all']:.3f}"))
        results["converted"][config] = entry

    table = ["| text | system | items | metric | tuning split | held-out split | all |", "|---|---|---|---|---|---|---|"]
    table += ["| " + " | ".join(r) + " |" for r in rows]
    results["table_markdown"] = "\n".join(table)
    results["elapsed_s"] = round(time.time() - started, 1)
    print(results["table_markdown"])
    print(f"real Traditional text: {len(real)} waimai reviews, {real_turns} of {len(turns)} STC-3 CN customer turns")
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(results, f, ensure_ascii=False, indent=2, sort_keys=True)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
