#!/usr/bin/env python3
"""Yes/no questions to the listener: text round 9's grid (docs/history/text-sentiment.md), text and calls.

On calls the engine read a calm customer's questions and requests to the agent ("can you send it again?",
"is that a problem?") as complaints. In English a yes/no question (a clause ended by "?" whose first word
is an auxiliary or modal) asks whether its negative words hold, so they weigh q
(`SentimentRules.polarQuestionNegativeWeight`). Per q (the hidden option `--polar-question-negative-weight`
of `undertone sentiment` and `undertone analyze`), on one split:
  text   airline macro-F1, waimai accuracy, STC-3 AUC EN / CN (Tools/sentiment_lexicon_trial.py), and
         the share of airline tweets labelled neutral that are questions to the airline (a "?" and a
         second-person word) and read <= -0.35 (about where one line raises a blue or an escalating
         trend on a call).
  calls  fused, Tools/eval_warnings.py on the calm_addressed check set (calls with yellow/red) and on
         the main scenario calls (hidden recall, calm calls with yellow/red, recall over all dissatisfied
         calls), the split's speakers.

It runs Tools/eval_warnings.py once per point, which rewrites the sets' <cache>/runs/ folders: do not use
eval_warnings.py --reuse after a grid. Build the call sets first:
  python3 Tools/make_scenarios.py
  python3 Tools/make_scenarios.py --kinds calm_addressed --cache .build-eval/fusion-addressed
Usage:
  python3 Tools/sentiment_listener_grid.py [--binary .build/release/undertone] [--polar-weights 1,0.5,0.25,0]
         [--split tune|held-out] [--no-calls]
Round 9's grid also had an axis s, the share of the listener weight kept in a question or request
(rejected, then removed from the engine); commit e6dcff0 holds it and this script with --shares.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import eval_sentiment as es  # noqa: E402
import sentiment_lexicon_trial as trial  # noqa: E402

SECOND_PERSON = re.compile(r"\b(you|your|yours|u|ur|you're|youre|you've|you'll|you'd)\b", re.IGNORECASE)
STRONG_NEGATIVE = -0.35
TOOLS = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(TOOLS)
CALL_SETS = {"calm_addressed": os.path.join(REPO, ".build-eval", "fusion-addressed"),
             "main": os.path.join(REPO, ".build-eval", "fusion")}


def neutral_questions_read_negative(binary, data, split, options):
    """(k, n): airline neutral tweets of the split that ask the airline something, and how many read <= -0.35."""
    keys, texts, gold = es.load_airline(data)
    rows, _ = es.run_ours(binary, texts, "en", (), options)
    asked = [i for i in trial.in_split(keys, split)
             if gold[i] == "neutral" and "?" in texts[i] and SECOND_PERSON.search(texts[i])]
    return sum(rows[i]["valence"] <= STRONG_NEGATIVE for i in asked), len(asked)


def call_metrics(binary, split, options):
    """Fused warning figures on the calm_addressed check set and the main scenario calls."""
    out = {}
    for name, cache in CALL_SETS.items():
        with tempfile.NamedTemporaryFile(suffix=".json") as f:
            subprocess.run([sys.executable, os.path.join(TOOLS, "eval_warnings.py"), "--jobs", "2", "--configs", "fused",
                            "--split", split, "--cache", cache, "--undertone", binary,
                            f"--extra-args={' '.join(options)}", "--out", f.name],
                           check=True, stdout=subprocess.DEVNULL)
            summary = json.load(open(f.name))["summary"]["fused"]
        kinds = summary["by_kind"]
        if name == "calm_addressed":
            out["addressed_alarms"] = kinds["calm_addressed"]["false_alarm"]
        else:
            out["hidden_recall"] = kinds["hidden"]["recall"]
            out["calm_alarms"] = kinds["calm"]["false_alarm"]
            out["recall"] = summary["overall"]["recall"]
    return out


def count(rate):
    return f"{rate['k']}/{rate['n']}"


def main(argv=None):
    parser = trial.arguments(__doc__, lambda p: (p.add_argument("--polar-weights", default="1,0.5,0.25,0"),
                                                 p.add_argument("--no-calls", action="store_true")))
    args = parser.parse_args(argv)
    print(f"| weight q | airline F1 | waimai acc | STC-3 EN AUC | STC-3 CN AUC | airline neutral questions <= {STRONG_NEGATIVE} |"
          + ("" if args.no_calls else " calm_addressed calls alarmed | hidden recall | calm calls alarmed | recall, all dissatisfied |")
          + f"  ({args.split} split)")
    print("|---|---|---|---|---|---|" + ("" if args.no_calls else "---|---|---|---|"))
    for weight in args.polar_weights.split(","):
        options = (f"--polar-question-negative-weight={weight}",)
        text = trial.metrics(args.binary, args.data, args.split, options=options)
        k, n = neutral_questions_read_negative(args.binary, args.data, args.split, options)
        row = f"| {weight} | " + " | ".join(f"{v:.4f}" for v in text) + f" | {k}/{n} |"
        if not args.no_calls:
            c = call_metrics(args.binary, args.split, options)
            row += f" {count(c['addressed_alarms'])} | {count(c['hidden_recall'])} | {count(c['calm_alarms'])} | {count(c['recall'])} |"
        print(row, flush=True)


if __name__ == "__main__":
    main()
