#!/usr/bin/env python3
"""Speech-rate probes after round 13 (docs/speech-rate.md, "After round 13: eight probes"; tuning split only).

  python3 Tools/rate_probes/nucleus_misses.py misses         # where the clean tuning files' count errors are
  python3 Tools/rate_probes/nucleus_misses.py novelty W T G  # the spectral-novelty split, one setting
  python3 Tools/rate_probes/nucleus_misses.py summary        # a tuning run of eval_rate.py, as the rate rounds' criterion reads it
  python3 Tools/rate_probes/nucleus_misses.py widths         # does a wide nucleus hide a merged syllable?

misses: each hand-labelled syllable of the clean EmoDB tuning files (silb/ onsets; a syllable lasts to the
next onset) against the nuclei of `undertone features`: syllables with no nucleus (merged: the envelope from
the syllable's highest frame to the neighbouring nucleus never falls 1.25 dB; shallow: under 3 dB; else
separate), extra nuclei inside a syllable, by file rate (slow < 5, fast > 6.5 syllables/s).
novelty W T G: a candidate nucleus at each voiced frame (periodicity >= 0.5, within 30 dB of the running
maximum) where the RMS distance between the mean 8-sub-band shape (300-2600 Hz, as BandEnvelopeMeter,
after the 175 Hz order-2 high-pass) of the W frames before and the W after peaks at >= T dB, at least G
frames from every nucleus; counts candidates in missed syllables (right) and in syllables that had one (wrong).
widths: each nucleus of the clean EmoDB tuning files owns the frames between the envelope minima to its
neighbouring nuclei; the hand-labelled syllables whose loudest frame falls there are its syllables (2 or
more: a merge). Its width is the run of frames around the peak within 3, 6 or 10 dB of it, or voiced
(periodicity >= 0.5), or the whole domain; printed: the AUC of each width for merges against single
syllables, absolute and relative to the file's median, and, for a rule counting one more syllable at
every nucleus wider than a threshold, the nuclei it gets right (merges) and wrong, and the clean MAPE / r /
bias that would follow.
summary: MAPE / r / bias per EmoDB condition, espeak-ng pooled over tts_telephone and tts_dev_telephone, the
mean MAPE and mean EmoDB r, from <cache>/predictions.csv of the last eval_rate.py run. The similar-echo grid
applies Tools/rate_probes/similar_echo.patch (git apply), builds, and runs
  python3 Tools/eval_rate.py --split tune --conditions emodb_clean,emodb_telephone,tts_telephone,tts_dev_telephone \\
      --tools undertone --undertone-args="--nucleus-similar-echo-drop D --nucleus-similar-echo-distance S"
then this summary, per setting.
"""
from __future__ import annotations

import collections
import csv
import dataclasses
import subprocess
import sys
from pathlib import Path

import numpy as np

TOOLS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TOOLS))
import eval_rate  # noqa: E402

REPO = TOOLS.parent
DATA = REPO.parent / "shared" / "data"
BINARY = REPO / ".build" / "release" / "undertone"


def tuning_files(telephone: bool = False):
    """(item, syllable intervals, frames of `undertone features`) for each clean EmoDB tuning file, or for
    its telephone-channel version (item.wav then names that version)."""
    items = [item for item in eval_rate.emodb_items(DATA, DATA / "emodb" / "wav", "silb")
             if eval_rate.in_split(item, "tune")]
    if telephone:
        folder = eval_rate.emodb_telephone_dir(DATA, eval_rate.DEFAULT_CACHE, items)
        items = [dataclasses.replace(item, wav=folder / item.wav.name) for item in items]
    for item in items:
        lines = (DATA / "emodb" / "silb" / (item.name.replace(".wav", "") + ".silb")).read_text(encoding="latin-1")
        onsets = [(float(t), label) for t, label in (line.split() for line in lines.splitlines() if line.strip())]
        syllables = [(t, onsets[k + 1][0] if k + 1 < len(onsets) else t + 0.3)
                     for k, (t, label) in enumerate(onsets) if label not in (".", "(")]
        yield item, syllables, features(item.wav)


def features(wav: Path) -> dict[str, np.ndarray]:
    """The frames of `undertone features` for one file, by column."""
    out = subprocess.run([str(BINARY), "features", str(wav), "--format", "csv"],
                         capture_output=True, text=True, check=True).stdout
    frames = list(csv.DictReader(out.splitlines()))
    return {key: np.array([float(f[key]) for f in frames])
            for key in ("time_s", "envelope_db", "nucleus", "voicing", "speech")}


def nuclei_in(times, nuclei, start, end):
    return int(((times[nuclei] >= start) & (times[nuclei] < end)).sum())


def count_new_nucleus(counts, time_s, syllables, found):
    """A proposed nucleus at time_s: right if its syllable had none (which now has one), wrong if it had one,
    or outside every syllable; found holds each syllable's nuclei so far."""
    k = next((k for k, (a, b) in enumerate(syllables) if a <= time_s < b), None)
    if k is None:
        counts["outside"] += 1
    elif found[k] == 0:
        counts["right"] += 1
        found[k] = 1
    else:
        counts["wrong"] += 1


def misses():
    counts = collections.defaultdict(collections.Counter)
    for _, syllables, f in tuning_files():
        t, e, nuclei = f["time_s"], f["envelope_db"], np.where(f["nucleus"] == 1)[0]
        rate = len(syllables) / (syllables[-1][1] - syllables[0][0])
        band = "fast" if rate > 6.5 else "slow" if rate < 5 else "mid"
        for start, end in syllables:
            inside = (t >= start) & (t < end)
            if not inside.any():
                continue
            found = nuclei_in(t, nuclei, start, end)
            for key in ("all", band):
                counts[key]["syllables"] += 1
                counts[key]["extra"] += max(0, found - 1)
            if found:
                continue
            peak = np.where(inside)[0][np.argmax(e[inside])]
            before, after = nuclei[nuclei < peak], nuclei[nuclei > peak]
            dips = ([e[peak] - e[before[-1]:peak + 1].min()] if len(before) else []) + \
                   ([e[peak] - e[peak:after[0] + 1].min()] if len(after) else [])
            dip = min(dips) if dips else np.inf
            kind = "missed, merged" if dip < 1.25 else "missed, shallow" if dip < 3 else "missed, separate"
            for key in ("all", band):
                counts[key][kind] += 1
    for key in ("all", "slow", "mid", "fast"):
        print(key, dict(counts[key]))


def shapes(wav: Path, frames: int) -> np.ndarray:
    import soundfile as sf
    from scipy.signal import butter, lfilter
    x, rate = sf.read(str(wav))
    b, a = butter(2, 175 / (rate / 2), "high")
    x = lfilter(b, a, x)
    n, hop = int(0.04 * rate), int(0.01 * rate)
    nfft = 1 << (n - 1).bit_length()
    freqs = np.fft.rfftfreq(nfft, 1 / rate)
    edges = np.linspace(300, 2600, 9)
    bands = [(freqs >= edges[k]) & (freqs < edges[k + 1]) for k in range(8)]
    out = np.zeros((frames, 8))
    for i in range(frames):
        segment = x[max(0, i * hop - n // 2):i * hop + n // 2]
        power = np.abs(np.fft.rfft(np.pad(segment, (0, n - len(segment))) * np.hanning(n), nfft)) ** 2
        levels = np.array([10 * np.log10(power[m].sum() + 1e-12) for m in bands])
        out[i] = levels - levels.mean()
    return out


def novelty(w: int, threshold_db: float, gap: int):
    counts = collections.Counter()
    for item, syllables, f in tuning_files():
        t, e, v = f["time_s"], f["envelope_db"], f["voicing"]
        nuclei = np.where(f["nucleus"] == 1)[0]
        s = shapes(item.wav, len(t))
        score = np.zeros(len(t))
        for i in range(w, len(t) - w):
            score[i] = np.sqrt(np.mean((s[i - w:i].mean(0) - s[i + 1:i + 1 + w].mean(0)) ** 2))
        level = np.maximum.accumulate(e)
        found = {k: nuclei_in(t, nuclei, a, b) for k, (a, b) in enumerate(syllables)}
        for i in range(1, len(t) - 1):
            if not (score[i] >= threshold_db and score[i] >= score[i - 1] and score[i] > score[i + 1]
                    and v[i] >= 0.5 and e[i] > level[i] - 30):
                continue
            if len(nuclei) and np.min(np.abs(nuclei - i)) < gap:
                continue
            count_new_nucleus(counts, t[i], syllables, found)
    print(f"W {w} T {threshold_db} G {gap}:", dict(counts))


WIDTHS = ("3 dB", "6 dB", "10 dB", "voiced", "domain")


def nucleus_widths(t, e, v, nuclei, syllables):
    """(syllables owned, widths in frames as WIDTHS) for each nucleus of one file."""
    bounds = []
    for k, p in enumerate(nuclei):
        low = nuclei[k - 1] + int(np.argmin(e[nuclei[k - 1]:p + 1])) if k > 0 else max(0, p - 60)
        high = p + int(np.argmin(e[p:nuclei[k + 1] + 1])) if k + 1 < len(nuclei) else min(len(e) - 1, p + 60)
        bounds.append((low, high))
    owned = np.zeros(len(nuclei), int)
    for start, end in syllables:
        inside = np.where((t >= start) & (t < end))[0]
        if len(inside):
            loudest = inside[np.argmax(e[inside])]
            k = next((k for k, (low, high) in enumerate(bounds) if low <= loudest <= high), None)
            if k is not None:
                owned[k] += 1

    def run(mask, p, low, high):
        a, b = p, p
        while a - 1 >= low and mask[a - 1]:
            a -= 1
        while b + 1 <= high and mask[b + 1]:
            b += 1
        return b - a + 1
    widths = [[run(e >= e[p] - 3, p, lo, hi), run(e >= e[p] - 6, p, lo, hi), run(e >= e[p] - 10, p, lo, hi),
               run(v >= 0.5, p, lo, hi) if v[p] >= 0.5 else 0, hi - lo] for p, (lo, hi) in zip(nuclei, bounds)]
    return owned, np.array(widths, float).reshape(-1, len(WIDTHS))


def widths():
    from sklearn.metrics import roc_auc_score
    files = []
    for _, syllables, f in tuning_files():
        nuclei = np.where(f["nucleus"] == 1)[0]
        owned, w = nucleus_widths(f["time_s"], f["envelope_db"], f["voicing"], nuclei, syllables)
        files.append((len(syllables), syllables[-1][1] - syllables[0][0], owned, w,
                      w / np.maximum(np.median(w, axis=0), 1) if len(w) else w))
    owned = np.concatenate([f[2] for f in files])
    print("nuclei", len(owned), "owning 0/1/2+ syllables:", (owned == 0).sum(), (owned == 1).sum(), (owned >= 2).sum())
    scored = owned >= 1
    for j, name in enumerate(WIDTHS):
        absolute = np.concatenate([f[3][:, j] for f in files])
        relative = np.concatenate([f[4][:, j] for f in files])
        print(f"{name}: AUC merge vs one, absolute {roc_auc_score(owned[scored] >= 2, absolute[scored]):.3f}, "
              f"relative {roc_auc_score(owned[scored] >= 2, relative[scored]):.3f}")
    for j, name in enumerate(WIDTHS):
        for relative, thresholds in ((False, (10, 12, 14, 16, 18, 20, 24)), (True, (1.6, 2.0, 2.5))):
            for threshold in thresholds:
                right = wrong = 0
                true, pred = [], []
                for n, span, own, w, wr in files:
                    wide = (wr if relative else w)[:, j] > threshold
                    right += int((wide & (own >= 2)).sum())
                    wrong += int((wide & (own < 2)).sum())
                    true.append(n / span)
                    pred.append((len(own) + wide.sum()) / span)
                true, pred = np.array(true), np.array(pred)
                error = (pred - true) / true
                print(f"{name} {'x median' if relative else 'frames'} > {threshold}: right {right} wrong {wrong}, "
                      f"MAPE {100 * np.mean(abs(error)):.2f} % r {np.corrcoef(true, pred)[0, 1]:.3f} bias {100 * error.mean():+.1f} %")


def summary():
    rows = list(csv.DictReader(open(eval_rate.DEFAULT_CACHE / "predictions.csv")))

    def metrics(conditions):
        chosen = [r for r in rows if r["condition"] in conditions]
        true = np.array([float(r["n_true"]) / float(r["span_true_s"]) for r in chosen])
        pred = np.array([float(r["n_pred"]) / float(r["span_true_s"]) for r in chosen])
        error = (pred - true) / true
        return 100 * np.mean(abs(error)), np.corrcoef(true, pred)[0, 1], 100 * np.mean(error), \
            np.corrcoef(error, true)[0, 1]
    clean, telephone = metrics(["emodb_clean"]), metrics(["emodb_telephone"])
    espeak = metrics(["tts_telephone", "tts_dev_telephone"])
    for name, m in (("EmoDB clean", clean), ("EmoDB telephone", telephone)):
        print(f"{name}: MAPE {m[0]:.2f} % r {m[1]:.3f} bias {m[2]:+.1f} %, corr(relative error, true rate) {m[3]:.2f}")
    print(f"espeak-ng pooled: MAPE {espeak[0]:.2f} % bias {espeak[2]:+.1f} %")
    print(f"mean MAPE {(clean[0] + telephone[0] + espeak[0]) / 3:.3f}, mean EmoDB r {(clean[1] + telephone[1]) / 2:.4f}")


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "misses":
        misses()
    elif command == "novelty" and len(sys.argv) == 5:
        novelty(int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]))
    elif command == "summary":
        summary()
    elif command == "widths":
        widths()
    else:
        sys.exit(__doc__)
