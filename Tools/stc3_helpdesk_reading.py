#!/usr/bin/env python3
"""How an agent's routine words read: STC-3's helpdesk turns scored as a customer's and as an agent's
(text round 52, docs/history/text-sentiment.md).

STC-3's dialogues hold real customer-service replies (Weibo helpdesks; the English set is their translation).
Nobody labelled those turns' sentiment, so this is no accuracy figure: it counts how many replies each reading
calls negative, which terms made them so, and prints a seeded random sample of the replies whose label the
agent's reading changed, to be read by hand. Tuning split unless --split says otherwise.

  python3 Tools/stc3_helpdesk_reading.py --binary .build/release/undertone --lang en --sample 20

--against-dissatisfaction asks instead whether the helpdesk's words tell dissatisfied dialogues apart (mean annotator
S <= -0.5, the evaluation's label): AUC of each dialogue's mean helpdesk valence in each reading, and of the customers'
fixed aggregation (eval_sentiment.dialogue_score) plus w x that mean (a study after text round 53; tuning split).
"""
import argparse
import os
import random
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import eval_sentiment as es  # noqa: E402

NEGATIVE = -0.05


def dialogues(data, lang, split, sender):
    """The split's dialogues as (turns of `sender`, mean annotator S)."""
    ids, turns, mean_s = es.load_stc3(data, lang, sender=sender)
    return [(d, s) for key, d, s in zip(ids, turns, mean_s) if split == "all" or es.split_of(key) == split]


def against_dissatisfaction(args, lang):
    helpdesk = dialogues(args.data, args.lang, args.split, "helpdesk")
    customer = [d for d, _ in dialogues(args.data, args.lang, args.split, "customer")]
    dissatisfied = [s <= -0.5 for _, s in helpdesk]
    fixed = [es.dialogue_score(v) for v in es.turn_valences(args.binary, customer, lang)]
    print(f"{len(helpdesk)} dialogues ({sum(dissatisfied)} dissatisfied), STC-3 {args.lang.upper()}, {args.split} split")
    print(f"customers' fixed aggregation: AUC {es.auc(dissatisfied, [-f for f in fixed]):.4f}")
    print("| helpdesk read as | AUC of its mean | customers + 0.1 x mean | + 0.2 x | + 0.3 x |")
    print("|---|---:|---:|---:|---:|")
    for speaker in ("agent", "customer"):
        values = es.turn_valences(args.binary, [d for d, _ in helpdesk], lang, ["--speaker", speaker])
        mean = [sum(v) / len(v) if v else 0.0 for v in values]
        cells = [es.auc(dissatisfied, [-(f + w * m) for f, m in zip(fixed, mean)]) for w in (0.1, 0.2, 0.3)]
        print(f"| {speaker} | {es.auc(dissatisfied, [-m for m in mean]):.4f} | " + " | ".join(f"{c:.4f}" for c in cells) + " |")


def negative_terms(rows):
    counts = Counter()
    for row in rows:
        if row["valence"] <= NEGATIVE:
            counts.update(t["term"] for t in row["terms"] if t["weight"] < 0)
    return counts


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=".build/release/undertone")
    es.add_stc3_arguments(parser, "en")
    parser.add_argument("--top", type=int, default=12, help="negative terms to list per reading")
    parser.add_argument("--sample", type=int, default=0, help="changed replies to print (seed 52)")
    parser.add_argument("--against-dissatisfaction", action="store_true",
                        help="AUC of the helpdesk's valence for dissatisfied dialogues (see above)")
    args = parser.parse_args(argv)
    lang = "en" if args.lang == "en" else "zh"
    if args.against_dissatisfaction:
        return against_dissatisfaction(args, lang)
    texts = [turn for d, _ in dialogues(args.data, args.lang, args.split, "helpdesk") for turn in d]
    readings = {speaker: es.run_ours(args.binary, texts, lang, options=["--speaker", speaker])[0]
                for speaker in ("customer", "agent")}
    print(f"{len(texts)} helpdesk turns, STC-3 {args.lang.upper()}, {args.split} split")
    print("| reading | negative | share | mean valence |")
    print("|---|---:|---:|---:|")
    for speaker, rows in readings.items():
        negative = sum(r["valence"] <= NEGATIVE for r in rows)
        mean = sum(r["valence"] for r in rows) / len(rows)
        print(f"| as {speaker} | {negative} | {negative / len(rows):.3f} | {mean:+.3f} |")
    for speaker, rows in readings.items():
        top = ", ".join(f"{term} {n}" for term, n in negative_terms(rows).most_common(args.top))
        print(f"negative terms as {speaker}: {top}")
    changed = [(text, c, a) for text, c, a in zip(texts, readings["customer"], readings["agent"])
               if (c["valence"] <= NEGATIVE) != (a["valence"] <= NEGATIVE)]
    print(f"{len(changed)} replies change label between the readings")
    for text, c, a in random.Random(52).sample(changed, min(args.sample, len(changed))):
        print(f"{c['valence']:+.2f} -> {a['valence']:+.2f}  {text[:300]}")


if __name__ == "__main__":
    main()
