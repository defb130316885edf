#!/usr/bin/env python3
"""Four more speech-rate probes on the clean EmoDB tuning files (docs/speech-rate.md, "After round 13";
offline studies on the output of `undertone features`, the detector untouched). Each asks whether a
signal the detector does not use finds the syllables it merges (the rate-dependent undercount), or, for
crest, the second crests it counts.

  python3 Tools/rate_probes/envelope_alternatives.py mrate            # a modulation-spectrum rate
  python3 Tools/rate_probes/envelope_alternatives.py hull T L         # convex-hull shoulders, one setting
  python3 Tools/rate_probes/envelope_alternatives.py voiced P L G     # voiced stretches with no nucleus
  python3 Tools/rate_probes/envelope_alternatives.py crest W V D      # crest-averaged spectral shapes

mrate: after Morgan & Fosler-Lussier (1998), the first spectral moment (LO-HI Hz) of the envelope's
modulation spectrum over the speaking stretch (first to last frame marked speech; Hann window, mean
removed), on the linear amplitude or on the dB envelope; printed: its Pearson r with the true rate, and
MAPE / r of the nucleus rate blended geometrically with it (nuclei x (c * mrate / nuclei)^a, c the
median ratio), a = 0.1 to 0.5; and r after the best quadratic calibration of the nucleus rate.
hull T L: after Mermelstein (1975), the upper convex hull of the dB envelope over each flank between a
nucleus and the valley to the next one; where the envelope lies >= T dB under the hull, the flank
splits, recursively, and its lower part (>= L frames) is a new syllable whose nucleus is the frame
furthest above its chord, kept if voiced (periodicity >= 0.5) and within 30 dB of the running maximum.
voiced P L G: a new nucleus at the loudest frame of every run of >= L frames with periodicity >= P that
holds no nucleus within G frames (and lies within 25 dB of the running maximum).
crest W V D: the spectral-change test (docs/speech-rate.md, round 5) with each nucleus's 8-sub-band
shape averaged over its crest (the frames within W dB of its peak, between the valleys to its
neighbours; W 0: the peak frame alone, as shipped) for valleys under V dB: a nucleus whose shape lies
within D dB RMS of the previous kept nucleus's is dropped; printed: dropped nuclei in a syllable that
keeps another (right) or left with none (wrong), and the clean MAPE / r that would follow.
hull and voiced print the new nuclei that fall in a syllable that had none (right), in one that had one
(wrong) or outside every syllable, and the clean MAPE / r that would follow.
"""
from __future__ import annotations

import collections
import sys

import numpy as np

from nucleus_misses import count_new_nucleus, nuclei_in, shapes, tuning_files


def rate_metrics(est: list[float], true: list[float]) -> str:
    est_a, true_a = np.array(est), np.array(true)
    return f"MAPE {100 * np.mean(abs(est_a - true_a) / true_a):.2f} % r {np.corrcoef(est_a, true_a)[0, 1]:.3f}"


def score_new_nuclei(propose) -> str:
    """Adds propose(frames, nuclei) to each file's nuclei; right / wrong / outside and the rate metrics."""
    counts = collections.Counter()
    est, true = [], []
    for _, syllables, f in tuning_files():
        t = f["time_s"]
        nuclei = np.where(f["nucleus"] == 1)[0]
        new = propose(f, nuclei)
        found = {k: nuclei_in(t, nuclei, a, b) for k, (a, b) in enumerate(syllables)}
        for c in new:
            count_new_nucleus(counts, t[c], syllables, found)
        span = syllables[-1][1] - syllables[0][0]
        est.append((len(nuclei) + len(new)) / span)
        true.append(len(syllables) / span)
    return f"{dict(counts)}, {rate_metrics(est, true)}"


# ------------------------------------------------------------------ modulation spectrum

def modulation_rate(f, low_hz: float, high_hz: float, linear: bool) -> float:
    speech = np.where(f["speech"] > 0)[0]
    if len(speech) < 20:
        return float("nan")
    x = f["envelope_db"][speech[0]:speech[-1] + 1]
    x = 10 ** (x / 20) if linear else x
    x = (x - x.mean()) * np.hanning(len(x))
    power = np.abs(np.fft.rfft(x, 4096)) ** 2
    freqs = np.fft.rfftfreq(4096, 0.01)
    band = (freqs >= low_hz) & (freqs <= high_hz)
    return float((power[band] * freqs[band]).sum() / power[band].sum())


def mrate():
    files = list(tuning_files())
    true = np.array([len(s) / (s[-1][1] - s[0][0]) for _, s, _ in files])
    nuclei = np.array([f["nucleus"].sum() / (s[-1][1] - s[0][0]) for _, s, f in files])
    print(f"nuclei alone: {rate_metrics(nuclei, true)}; a quadratic calibration fitted on these files: "
          f"r {np.corrcoef(np.polyval(np.polyfit(nuclei, true, 2), nuclei), true)[0, 1]:.3f}")
    for low, high, linear in ((1, 12, True), (1, 12, False), (1, 16, True), (2, 10, True)):
        m = np.array([modulation_rate(f, low, high, linear) for _, _, f in files])
        ok = np.isfinite(m)
        scale = np.median(nuclei[ok] / m[ok])
        blends = "  ".join(f"a {a}: {rate_metrics(nuclei[ok] * (scale * m[ok] / nuclei[ok]) ** a, true[ok])}"
                           for a in (0.1, 0.2, 0.3, 0.5))
        print(f"{low}-{high} Hz {'amplitude' if linear else 'dB'}: r(mrate, true rate) "
              f"{np.corrcoef(m[ok], true[ok])[0, 1]:.3f}; {blends}")


# ------------------------------------------------------------------ convex hull

def hull_depth(e: np.ndarray, a: int, b: int) -> np.ndarray:
    """How far e[a..b] lies under its upper convex hull (monotone chain)."""
    hull: list[tuple[int, float]] = []
    for p in zip(range(a, b + 1), e[a:b + 1]):
        while len(hull) >= 2 and ((hull[-1][0] - hull[-2][0]) * (p[1] - hull[-2][1])
                                  - (hull[-1][1] - hull[-2][1]) * (p[0] - hull[-2][0])) >= 0:
            hull.pop()
        hull.append(p)
    xs, ys = zip(*hull)
    return np.interp(np.arange(a, b + 1), xs, ys) - e[a:b + 1]


def hull_splits(e: np.ndarray, a: int, b: int, depth_db: float, min_frames: int) -> list[int]:
    if b - a < 2 * min_frames:
        return []
    d = hull_depth(e, a, b)
    k = a + 1 + int(np.argmax(d[1:-1]))
    if d[k - a] < depth_db:
        return []
    low, high = (k, b) if e[a] >= e[b] else (a, k)
    new = []
    if high - low >= min_frames:
        frames = np.arange(low, high + 1)
        chord = np.interp(frames, [low, high], [e[low], e[high]])
        new.append(int(frames[np.argmax(e[frames] - chord)]))
    return new + hull_splits(e, a, k, depth_db, min_frames) + hull_splits(e, k, b, depth_db, min_frames)


def hull(depth_db: float, min_frames: int):
    def propose(f, nuclei):
        e, v = f["envelope_db"], f["voicing"]
        level = np.maximum.accumulate(e)
        new = []
        for i, j in zip(nuclei, nuclei[1:]):
            valley = i + int(np.argmin(e[i:j + 1]))
            for a, b in ((i, valley), (valley, j)):
                new += [c for c in hull_splits(e, a, b, depth_db, min_frames) if v[c] >= 0.5 and e[c] > level[c] - 30]
        return new
    print(f"hull T {depth_db} dB L {min_frames}: {score_new_nuclei(propose)}")


# ------------------------------------------------------------------ voiced stretches

def voiced(periodicity: float, min_frames: int, gap: int):
    def propose(f, nuclei):
        e, v = f["envelope_db"], f["voicing"]
        level = np.maximum.accumulate(e)
        mask = np.concatenate([[False], v >= periodicity, [False]])
        edges = np.flatnonzero(mask[1:] != mask[:-1])
        new = []
        for a, b in zip(edges[::2], edges[1::2]):
            if b - a < min_frames or ((nuclei >= a - gap) & (nuclei < b + gap)).any():
                continue
            c = a + int(np.argmax(e[a:b]))
            if e[c] > level[c] - 25:
                new.append(c)
        return new
    print(f"voiced P {periodicity} L {min_frames} G {gap}: {score_new_nuclei(propose)}")


# ------------------------------------------------------------------ crest-averaged shapes

def crest(within_db: float, valley_db: float, distance_db: float):
    counts = collections.Counter()
    est, true = [], []
    for item, syllables, f in tuning_files():
        t, e = f["time_s"], f["envelope_db"]
        s = shapes(item.wav, len(t))
        nuclei = list(np.where(f["nucleus"] == 1)[0])

        def shape(p: int, low: int, high: int) -> np.ndarray:
            frames = np.arange(low, high + 1)
            return s[frames[e[frames] >= e[p] - within_db]].mean(0) if within_db > 0 else s[p]

        kept, dropped = nuclei[:1], []
        for k, p in enumerate(nuclei[1:], start=1):
            q = kept[-1]
            valley = q + int(np.argmin(e[q:p + 1]))
            before = kept[-2] if len(kept) > 1 else max(0, q - 30)
            after = nuclei[k + 1] if k + 1 < len(nuclei) else min(len(e) - 1, p + 30)
            q_low = max(before + int(np.argmin(e[before:q + 1])), q - 30)
            p_high = p + int(np.argmin(e[p:after + 1]))
            distance = np.sqrt(np.mean((shape(q, q_low, valley) - shape(p, valley, p_high)) ** 2))
            (dropped if e[p] - e[valley] < valley_db and distance < distance_db else kept).append(p)
        found = {k: nuclei_in(t, np.array(nuclei, dtype=int), a, b) for k, (a, b) in enumerate(syllables)}
        for c in dropped:
            k = next((k for k, (a, b) in enumerate(syllables) if a <= t[c] < b), None)
            if k is None:
                counts["outside"] += 1
                continue
            counts["right" if found[k] >= 2 else "wrong"] += 1
            found[k] -= 1
        span = syllables[-1][1] - syllables[0][0]
        est.append(len(kept) / span)
        true.append(len(syllables) / span)
    print(f"crest W {within_db} dB V {valley_db} dB D {distance_db} dB: {dict(counts)}, {rate_metrics(est, true)}")


if __name__ == "__main__":
    command, values = (sys.argv[1], sys.argv[2:]) if len(sys.argv) > 1 else ("", [])
    if command == "mrate" and not values:
        mrate()
    elif command == "hull" and len(values) == 2:
        hull(float(values[0]), int(values[1]))
    elif command == "voiced" and len(values) == 3:
        voiced(float(values[0]), int(values[1]), int(values[2]))
    elif command == "crest" and len(values) == 3:
        crest(*map(float, values))
    else:
        sys.exit(__doc__)
