#!/usr/bin/env python3
"""The last untried speech-rate probe (docs/speech-rate.md, "After round 13"): do formant tracks find the
syllables the nucleus detector merges? Tuning files only; an offline study on the output of
`undertone features`, the detector untouched.

  python3 Tools/rate_probes/formant_tracks.py clean       # EmoDB tuning files, 16 kHz
  python3 Tools/rate_probes/formant_tracks.py telephone   # the same through the telephone channel
  python3 Tools/rate_probes/formant_tracks.py espeak      # espeak-ng development sentences, telephone channel

Between two vowels, a consonant lowers the first formant (F1) even where the intensity envelope does not
dip, as through a nasal, a liquid or a glide (Stevens 1998, Acoustic Phonetics, ch. 9-10). The probe
reads F1 with Praat's Burg tracker (praat-parselmouth: 10 ms step, 25 ms window, 5 formants up to 5500 Hz
on 16 kHz audio, 4 up to 3800 Hz on 8 kHz; a peer tool used to ask the question, not a part of the
product), median-smoothed over 3 frames. For each nucleus it looks, on each side, within the voiced run
that holds it (periodicity >= 0.5) and before the neighbouring nucleus, for the F1 maximum at >= G frames
from every nucleus whose envelope lies within L dB of the nucleus's and from which F1 falls by a fraction
>= D of the smaller of the two maxima before rising to the nucleus; that frame is a proposed new nucleus.
Printed per setting (D, L, G), after the control (the shipped nuclei alone): on EmoDB, the proposals in a
syllable that had no nucleus (right), in one that had one (wrong) or outside every syllable, and the
MAPE / r that would follow; on espeak-ng, whose truth is a count per sentence, the MAPE and bias.
"""
from __future__ import annotations

import collections
import itertools
import sys

import numpy as np
import parselmouth

from envelope_alternatives import rate_metrics
from nucleus_misses import count_new_nucleus, eval_rate, features, nuclei_in, tuning_files

SETTINGS = list(itertools.product((0.1, 0.15, 0.2), (10.0, 15.0), (12, 14)))


def f1_track(wav, times: np.ndarray) -> np.ndarray:
    """F1 in Hz at each frame time (NaN where the tracker has none), median-smoothed over 3 frames."""
    sound = parselmouth.Sound(str(wav))
    wide = sound.sampling_frequency >= 16000
    formant = sound.to_formant_burg(time_step=0.01, max_number_of_formants=5 if wide else 4,
                                    maximum_formant=5500 if wide else 3800, window_length=0.025)
    f1 = np.array([formant.get_value_at_time(1, float(t)) for t in times])
    padded = np.pad(f1, 1, mode="edge")
    return np.array([np.median(padded[i:i + 3]) for i in range(len(f1))])


def proposals(f, f1: np.ndarray, nuclei: np.ndarray, dip: float, within_db: float, gap: int) -> set[int]:
    e, voiced = f["envelope_db"], (f["voicing"] >= 0.5) & np.isfinite(f1)
    new = set()
    for k, p in enumerate(nuclei):
        if not voiced[p]:
            continue
        for step, limit in ((-1, nuclei[k - 1] if k > 0 else -1), (1, nuclei[k + 1] if k + 1 < len(nuclei) else len(e))):
            best, best_dip, lowest, i = None, dip, f1[p], p + step
            while i != limit and 0 <= i < len(e) and voiced[i]:
                lowest = min(lowest, f1[i])
                if np.min(np.abs(nuclei - i)) >= gap and e[i] >= e[p] - within_db:
                    depth = (min(f1[i], f1[p]) - lowest) / min(f1[i], f1[p])
                    if depth >= best_dip:
                        best, best_dip = i, depth
                i += step
            if best is not None:
                new.add(best)
    return new


def emodb(telephone: bool):
    files = [(syllables, f, f1_track(item.wav, f["time_s"])) for item, syllables, f in tuning_files(telephone)]
    for setting in [None] + SETTINGS:
        counts, est, true = collections.Counter(), [], []
        for syllables, f, f1 in files:
            t = f["time_s"]
            nuclei = np.where(f["nucleus"] == 1)[0]
            new = proposals(f, f1, nuclei, *setting) if setting else set()
            found = {k: nuclei_in(t, nuclei, a, b) for k, (a, b) in enumerate(syllables)}
            for c in sorted(new):
                count_new_nucleus(counts, t[c], syllables, found)
            span = syllables[-1][1] - syllables[0][0]
            est.append((len(nuclei) + len(new)) / span)
            true.append(len(syllables) / span)
        name = "control" if setting is None else "D {} L {} G {}".format(*setting)
        print(f"{name}: {dict(counts)}, {rate_metrics(est, true)}", flush=True)


def espeak():
    files = []
    for item in eval_rate.tts_items(eval_rate.DEFAULT_CACHE, "dev"):
        f = features(item.wav)
        files.append((item.n_true, f, f1_track(item.wav, f["time_s"])))
    for setting in [None] + SETTINGS:
        error = []
        for n_true, f, f1 in files:
            nuclei = np.where(f["nucleus"] == 1)[0]
            new = proposals(f, f1, nuclei, *setting) if setting else set()
            error.append((len(nuclei) + len(new) - n_true) / n_true)
        name = "control" if setting is None else "D {} L {} G {}".format(*setting)
        print(f"{name}: MAPE {100 * np.mean(np.abs(error)):.2f} % bias {100 * np.mean(error):+.1f} %", flush=True)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) == 2 else ""
    if command in ("clean", "telephone"):
        emodb(command == "telephone")
    elif command == "espeak":
        espeak()
    else:
        sys.exit(__doc__)
