#!/usr/bin/env python3
"""How sure are the speech-rate comparisons? Paired bootstrap intervals for issue 4's two goals.

Reads the per-file predictions of the last `Tools/eval_rate.py` run (<cache>/predictions.csv, which
names its split; run it with `--split held-out` first to get the held-out figures) and, per condition,
for Undertone against the Praat script on the same files:

  r difference   Pearson r (count-based rate against the true rate) of Undertone minus the Praat script's;
                 issue 4's goal: >= 0
  MAPE ratio     Undertone's MAPE over the Praat script's; issue 4's goal: <= 0.7

each as the figure on all files, a 95 % percentile interval over 2,000 paired resamples, and the share of
resamples that meet the goal. Two resampling schemes: files drawn independently, and whole clusters drawn
(EmoDB: the speaker, the first two characters of the file name; TTS: the sentence, "s02" in "r120_s02").
Files of one speaker share a voice and files of one TTS sentence share its words, so the cluster interval
is the more honest of the two; with five speakers per EmoDB split it is also coarse.

This measures how much the figures would move on other files of the same kind; it changes no goal and no
figure of docs/accuracy.md.

  python3 Tools/eval_rate.py --split held-out --output /tmp/rate_heldout.json
  python3 Tools/rate_uncertainty.py --out Benchmarks/results/rate_uncertainty_heldout.json
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import paired_bootstrap as pb  # noqa: E402
from eval_rate import rate_metrics  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DEFAULT_PREDICTIONS = REPO / ".build-eval" / "rate" / "predictions.csv"
OURS, PEER = "undertone", "praat"
R_GOAL, MAPE_RATIO_GOAL = 0.0, 0.7


def cluster_label(condition: str, name: str) -> str:
    """EmoDB: the speaker ("03" of "03a01Fa"); TTS: the sentence ("s02" of "r120_s02")."""
    return name.split("_", 1)[1] if condition.startswith("tts") else name[:2]


def read_pairs(path: Path) -> tuple[str, dict[str, list[dict]]]:
    """The run's split and, per condition, the files both tools scored: name, true rate and both predicted
    count-based rates."""
    rows: dict[tuple[str, str], dict[str, dict]] = {}
    splits = set()
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            splits.add(row.get("split", "unknown (written before eval_rate.py recorded it)"))
            rows.setdefault((row["condition"], row["tool"]), {})[row["file"]] = row
    out: dict[str, list[dict]] = {}
    for condition in sorted({c for c, _ in rows}):
        ours, peer = rows.get((condition, OURS), {}), rows.get((condition, PEER), {})
        files = sorted(set(ours) & set(peer))
        if not files:
            continue
        out[condition] = [{"file": name,
                           "true": int(ours[name]["n_true"]) / float(ours[name]["span_true_s"]),
                           OURS: int(ours[name]["n_pred"]) / float(ours[name]["span_true_s"]),
                           PEER: int(peer[name]["n_pred"]) / float(peer[name]["span_true_s"])} for name in files]
    return ", ".join(sorted(splits)), out


def compare(condition: str, items: list[dict], draws: int, seed: int) -> dict:
    columns = {key: np.array([it[key] for it in items]) for key in ("true", OURS, PEER)}

    def metrics(idx: list[int], tool: str) -> dict:
        return rate_metrics(columns[tool][idx], columns["true"][idx])

    def r_difference(idx: list[int]) -> float:
        ours, peer = metrics(idx, OURS)["r"], metrics(idx, PEER)["r"]
        return ours - peer if ours is not None and peer is not None else float("nan")

    def mape_ratio(idx: list[int]) -> float:
        peer = metrics(idx, PEER)["mape_pct"]
        return metrics(idx, OURS)["mape_pct"] / peer if peer else float("nan")

    everything = list(range(len(items)))
    out = {"files": len(items)}
    schemes = {"files": [[i] for i in everything],
               "clusters": pb.clusters_by([cluster_label(condition, it["file"]) for it in items])}
    for scheme, clusters in schemes.items():
        out[scheme] = {
            "n_clusters": len(clusters),
            "r_difference": pb.summarise(r_difference(everything), pb.bootstrap_draws(clusters, r_difference, draws, seed),
                                         goal=R_GOAL),
            "mape_ratio": pb.summarise(mape_ratio(everything), pb.bootstrap_draws(clusters, mape_ratio, draws, seed),
                                       goal=MAPE_RATIO_GOAL, higher_is_better=False),
        }
    return out


def markdown(results: dict) -> str:
    lines = ["| condition | resampled | r ours − Praat's [95 % interval] | share ≥ 0 | MAPE ratio [95 % interval] | share ≤ 0.7 |",
             "|---|---|---|---:|---|---:|"]
    for condition, res in results.items():
        for scheme in ("files", "clusters"):
            s = res[scheme]
            unit = "files" if scheme == "files" else ("sentences" if condition.startswith("tts") else "speakers")
            r, m = s["r_difference"], s["mape_ratio"]
            lines.append(f"| {condition} | {s['n_clusters']} {unit} | {r['estimate']:+.3f} [{r['ci95'][0]:+.3f}, "
                         f"{r['ci95'][1]:+.3f}] | {r['share_of_draws_meeting_goal']:.2f} | {m['estimate']:.4f} "
                         f"[{m['ci95'][0]:.4f}, {m['ci95'][1]:.4f}] | {m['share_of_draws_meeting_goal']:.2f} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--predictions", type=Path, default=DEFAULT_PREDICTIONS,
                   help="per-file predictions written by Tools/eval_rate.py (default: its cache's)")
    p.add_argument("--draws", type=int, default=2000, help="bootstrap resamples (default 2000)")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--out", type=Path, help="also write the results as JSON here")
    args = p.parse_args(argv)
    if not args.predictions.is_file():
        sys.exit(f"no predictions at {args.predictions}: run Tools/eval_rate.py (e.g. --split held-out) first")
    split, pairs = read_pairs(args.predictions)
    if not pairs:
        sys.exit(f"{args.predictions} holds no file scored by both {OURS} and {PEER}")
    results = {}
    for condition, items in pairs.items():
        results[condition] = compare(condition, items, args.draws, args.seed)
        results[condition]["clusters_seen"] = sorted({cluster_label(condition, it["file"]) for it in items})
    table = markdown(results)
    print(f"Split: {split} (the last Tools/eval_rate.py run's)\n\n{table}")
    if args.out:
        report = {"generated_by": "Tools/rate_uncertainty.py", "predictions": str(args.predictions), "split": split,
                  "draws": args.draws, "seed": args.seed,
                  "goals": {"r_difference": f">= {R_GOAL}", "mape_ratio": f"<= {MAPE_RATIO_GOAL}"},
                  "results": results, "table_markdown": table}
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(report, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
