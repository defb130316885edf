"""Paired percentile bootstrap over evaluation items, optionally in clusters (Efron & Tibshirani 1993, ch. 13).

How far would a figure move on another sample of the same kind of data? Each draw resamples the *clusters*
(speakers, sentences; or single items when every item is its own cluster) with replacement and recomputes a
statistic over all the items of the drawn clusters. "Paired": a statistic that compares two systems (our r
minus the peer's, our MAPE over the peer's, our AUC minus the peer's) sees both systems on the same drawn
items in every draw, so what the two share (hard files, easy speakers) cancels out of the comparison.

Pure Python (random, no numpy) so that every evaluation script can use it. Seeded: the same inputs give the
same interval.
"""
from __future__ import annotations

import math
import random
from typing import Callable, Sequence


def clusters_by(labels: Sequence[str]) -> list[list[int]]:
    """Item indices grouped by label, in first-seen order (e.g. one list per EmoDB speaker)."""
    groups: dict[str, list[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(label, []).append(i)
    return list(groups.values())


def bootstrap_draws(clusters: list[list[int]], statistic: Callable[[list[int]], float],
                    draws: int = 2000, seed: int = 1) -> list[float]:
    """The statistic over `draws` resamples of the clusters (draws whose statistic is not finite are dropped)."""
    rng = random.Random(seed)
    values = []
    for _ in range(draws):
        idx = [i for _ in clusters for i in rng.choice(clusters)]
        value = statistic(idx)
        if value is not None and math.isfinite(value):
            values.append(value)
    return values


def percentile(sorted_values: list[float], q: float) -> float:
    """Linear-interpolated percentile (q in [0, 100]) of an ascending list."""
    if not sorted_values:
        return float("nan")
    pos = (len(sorted_values) - 1) * q / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


def summarise(estimate: float, values: list[float], goal: float | None = None, higher_is_better: bool = True,
              digits: int = 4) -> dict:
    """The estimate on all items, its 95 % percentile interval and, given a goal, the share of draws meeting it."""
    values = sorted(values)
    out = {"estimate": round(estimate, digits),
           "ci95": [round(percentile(values, 2.5), digits), round(percentile(values, 97.5), digits)],
           "draws": len(values)}
    if goal is not None and values:
        met = sum(1 for v in values if (v >= goal if higher_is_better else v <= goal))
        out["goal"] = goal
        out["share_of_draws_meeting_goal"] = round(met / len(values), 3)
    return out
