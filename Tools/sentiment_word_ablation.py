#!/usr/bin/env python3
"""Which lexicon words to neutralise: the tuning-split measurements of text round 5 (docs/history/text-sentiment.md).

For a list of English words, scores the airline tweets (3-class macro-F1) and the STC-3 EN dialogues
(AUC for mean S <= -0.5, the aggregation of eval_sentiment.py) with `undertone sentiment`, once with the
binary's own lexicon (control), once with every word neutralised by a `--lexicon` file of
`word <TAB> valence <TAB> 0` lines, and once per word with all the others neutralised (leave one out).
It also counts, per word, the dissatisfied and other STC-3 EN dialogues in which the control scores it as a
positive term in a customer turn.

Round 5 was measured on the binary of the commit before it (f233f29), where the words still had their
VADER valences:
  git worktree add /tmp/undertone-r4 f233f29
  (cd /tmp/undertone-r4 && swift build -c release --static-swift-stdlib --product undertone)
  python3 Tools/sentiment_word_ablation.py --binary /tmp/undertone-r4/.build/release/undertone \
      number credit agreement support care interest free original share dear yes well like promise promised
On today's binary the chosen words are already 0, so neutralising them again changes nothing.
--split held-out scores the other half (round 5 looked at it once, after the choice).
"""
import argparse
import os
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import eval_sentiment as es  # noqa: E402
import sentiment_lexicon_trial as trial  # noqa: E402


def scores(binary, data, split, words):
    """(airline macro-F1, STC-3 EN AUC, per-dialogue rows) on `split` with `words` neutralised."""
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False) as lexicon:
        lexicon.write("".join(f"{w}\tvalence\t0\n" for w in words))
    lexicons = (lexicon.name,) if words else ()
    try:
        f1 = trial.airline_f1(binary, data, split, lexicons)
        keys, dialogues, mean_s = trial.stc3_dialogues(binary, data, "en", lexicons)
        idx = trial.in_split(keys, split)
        values = [es.dialogue_score([r["valence"] for r in dialogues[i]]) for i in idx]
        dissatisfied = [mean_s[i] <= es.DISSATISFIED_S for i in idx]
        auc = es.auc(dissatisfied, [-v for v in values])
        return f1, auc, [(dialogues[i], d) for i, d in zip(idx, dissatisfied)]
    finally:
        os.unlink(lexicon.name)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("words", nargs="+")
    parser.add_argument("--binary", default=".build/release/undertone")
    parser.add_argument("--data", default="../shared/data")
    parser.add_argument("--split", choices=["tune", "held-out"], default="tune")
    args = parser.parse_args(argv)

    f1, auc, dialogues = scores(args.binary, args.data, args.split, [])
    n_dis = sum(1 for _, d in dialogues if d)
    print(f"{args.split} split: airline macro-F1 / STC-3 EN AUC")
    print(f"control              {f1:.4f} / {auc:.4f}")
    f1, auc, _ = scores(args.binary, args.data, args.split, args.words)
    print(f"all {len(args.words):2d} words         {f1:.4f} / {auc:.4f}")
    print(f"\n| word | without it: F1 / AUC | positive term in dissatisfied dialogues (of {n_dis}) | in others (of {len(dialogues) - n_dis}) |")
    print("|---|---|---:|---:|")
    for word in args.words:
        f1, auc, _ = scores(args.binary, args.data, args.split, [w for w in args.words if w != word])
        present = [any(t["term"] == word and t["weight"] > 0 for r in rows for t in r["terms"]) for rows, _ in dialogues]
        in_dis = sum(1 for p, (_, d) in zip(present, dialogues) if p and d)
        in_other = sum(1 for p, (_, d) in zip(present, dialogues) if p and not d)
        print(f"| {word} | {f1:.4f} / {auc:.4f} | {in_dis} | {in_other} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
