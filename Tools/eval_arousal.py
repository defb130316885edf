#!/usr/bin/env python3
"""Arousal without training: anger (W) vs neutral (N) on EmoDB, speaker-relative, clean and telephone.

Data: ../shared/data/emodb (Berlin EmoDB, 10 speakers, 16 kHz; labels.csv). Read in place, never
copied into the repository; derived audio goes to the cache (--cache, default .build-eval/fusion).
EmoDB is loudness-normalised, so pitch and voice quality must carry arousal.

--positive A (fear) or F (joy) scores that emotion against N instead of anger, with the same protocol
(fear is the other voice behind hidden dissatisfaction in the scenario calls).

Three systems, the same utterances (all W and N of every speaker: 127 W, 79 N; with --positive A,
the A and N utterances), two conditions:
  clean      the 16 kHz original
  telephone  Tools/telephone_channel.py: Butterworth order-5 zero-phase 300-3400 Hz band-pass,
             8 kHz, mu-law round trip (the one recipe shared by every harness)

1. Undertone (no training). For each test utterance u of speaker s a mono stream is built:
     the OTHER neutral utterances of s (leave-one-out: u itself is never in its own baseline),
     in file-name order, cycled (repeated) until they last >= --min-baseline-s seconds (default 20;
     speakers 10 and 12 have only 4 N utterances, ~6-7 s without u, less than the engine's
     warm-up), each followed by --gap-s (0.3 s) of silence;
     then more silence so that u starts exactly on a whole second t0 (gap 0.3..1.3 s);
     then u (t0 .. t1 = t0 + duration), then 0.5 s of silence.
   The telephone condition passes the whole stream through the channel (one recording), the clean
   one keeps 16 kHz and, by default, asks for wideband analysis (--clean-args '--rate 16000').
   `undertone analyze STREAM.wav` (mono -> channel "mixed": the engine must emit arousal for a
   mixed channel). The utterance's score = mean of `arousal` over the per-second records of that
   channel with time_s in [t0, ceil(t1)) -- exactly the seconds overlapping u, none of them holding
   baseline audio, the last one possibly partial -- where arousal is non-null. An utterance with no
   non-null arousal in its seconds has no score: it is left out of the AUC and counted ("missing").
   Also reported: the share of those seconds whose `baseline` is "ready".
2. Single-feature references (no training), with Praat via parselmouth (Undertone's own
   `undertone pitch` is not used): per utterance
     f0        mean F0 over voiced frames (Praat To Pitch (ac), 10 ms, floor 75 Hz, ceiling 600 Hz),
               score = 12 log2(mean F0 / speaker's neutral mean F0) (semitones);
     intensity Praat intensity (floor 75 Hz), energy-averaged mean in dB, minus the speaker's
               neutral mean;
     loudness  eGeMAPS loudness_sma3_amean (openSMILE), log ratio to the speaker's neutral mean.
   The speaker's neutral mean = mean over that speaker's N utterances other than u (leave-one-out,
   the same rule as for Undertone).
3. Trained peer: openSMILE eGeMAPSv02 functionals (88 features) + scikit-learn
   LogisticRegression (StandardScaler fitted on the training speakers, C=1, lbfgs),
   leave-one-speaker-out: trained on W vs N of 9 speakers, scored on the 10th.
AUC: pooled over all speakers' scores (Mann-Whitney), with a 95 % bootstrap interval, and per
speaker (within that speaker's W and N).

Usage (from the repository root):
  pip install opensmile scikit-learn praat-parselmouth
  python3 Tools/eval_arousal.py                                  # everything that can run
  python3 Tools/eval_arousal.py --skip-undertone                 # references + peer only
  python3 Tools/eval_arousal.py --undertone .build/release/undertone --jobs 2 --markdown out.md
Writes Benchmarks/results/arousal_accuracy.json (--out) and prints a Markdown table.
"""
from __future__ import annotations

import argparse
import datetime as dt
import math
import shlex
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fusion_common as fc  # noqa: E402
import telephone_channel as tc  # noqa: E402

CONDITIONS = ["clean", "telephone"]
POSITIVE_CLASSES = {"W": "anger", "A": "fear", "F": "joy"}
PROTOCOL = {
    "task": "EmoDB anger (W) vs neutral (N), speaker-relative",
    "stream": "LOO neutral baseline cycled to >= min_baseline_s, gap_s silence after each, test utterance "
              "starting on a whole second, 0.5 s trailing silence",
    "score": "mean non-null arousal over per-second records with time_s in [t0, ceil(t1))",
    "telephone": tc.TELEPHONE,
    "praat_pitch": {"method": "ac", "time_step": 0.01, "floor_hz": 75.0, "ceiling_hz": 600.0},
    "praat_intensity": {"floor_hz": 75.0, "averaging": "energy"},
    "peer": "opensmile eGeMAPSv02 Functionals + StandardScaler + LogisticRegression(C=1), LOSO",
}


# ----------------------------------------------------------------------------- audio

def load_utterance(row: dict, condition: str) -> tuple[np.ndarray, int]:
    x, rate = tc.read_wav(row["path"])
    if condition == "telephone":
        return tc.telephone_channel(x, rate), tc.TELEPHONE["rate"]
    return x, rate


def build_stream(test: dict, neutrals: list[dict], min_baseline_s: float, gap_s: float, condition: str,
                 out: Path) -> dict:
    """Writes the stream WAV for one test utterance; returns its timing (seconds)."""
    base = [r for r in neutrals if r["file"] != test["file"]]
    parts, t, used = [], 0.0, []
    rate = 16000
    i = 0
    while t < min_baseline_s or i < len(base):
        r = base[i % len(base)]
        x, rate = tc.read_wav(r["path"])
        parts += [x, np.zeros(int(round(gap_s * rate)))]
        t += len(x) / rate + gap_s
        used.append(r["file"])
        i += 1
        if i >= len(base) and t >= min_baseline_s:
            break
    n = sum(len(p) for p in parts)
    t0 = math.ceil(n / rate)                 # the test utterance starts on a whole second
    parts.append(np.zeros(t0 * rate - n))
    x, _ = tc.read_wav(test["path"])
    parts += [x, np.zeros(int(0.5 * rate))]
    y = np.concatenate(parts)
    out_rate = rate
    if condition == "telephone":
        y = tc.telephone_channel(y, rate)
        out_rate = tc.TELEPHONE["rate"]
    if not out.exists():
        tc.write_wav(out, y, out_rate)
    return {"t0": float(t0), "t1": t0 + len(x) / rate, "baseline_files": used,
            "baseline_s": round(n / rate, 3)}


# ----------------------------------------------------------------------------- undertone

def undertone_scores(rows, args, condition: str) -> dict:
    """Scores every positive-class and N utterance with undertone analyze; returns per-file results."""
    cache = Path(args.cache) / "arousal" / f"{condition}-{fc.stable_hash([PROTOCOL, args.min_baseline_s, args.gap_s])}"
    extra = shlex.split(args.clean_args if condition == "clean" else args.telephone_args)
    tests = [r for r in rows if r["emotion_code"] in (args.positive, "N")]
    jobs = []
    for r in tests:
        neutrals = sorted([q for q in rows if q["speaker"] == r["speaker"] and q["emotion_code"] == "N"],
                          key=lambda q: q["file"])
        wav = cache / "streams" / (Path(r["file"]).stem + ".wav")
        timing = build_stream(r, neutrals, args.min_baseline_s, args.gap_s, condition, wav)
        jobs.append((r, wav, timing))

    def one(job):
        r, wav, timing = job
        recs = fc.run_analyze(args.undertone, wav, cache / "runs" / (wav.stem + ".jsonl"), extra, reuse=args.reuse)
        secs = [q for q in recs if q.get("type") == "second"]
        chans = sorted({q.get("channel") for q in secs})
        chan = "mixed" if "mixed" in chans else (chans[0] if chans else None)
        lo, hi = int(timing["t0"]), math.ceil(timing["t1"])
        sel = [q for q in secs if q.get("channel") == chan and lo <= q.get("time_s", -1) < hi]
        vals = [q["arousal"] for q in sel if q.get("arousal") is not None]
        ready = [q for q in sel if q.get("baseline") == "ready"]
        return r["file"], {
            "speaker": r["speaker"], "emotion": r["emotion_code"], "channel": chan,
            "score": fc.rnd(float(np.mean(vals))) if vals else None,
            "seconds": len(sel), "seconds_with_arousal": len(vals),
            "baseline_ready_share": fc.rnd(len(ready) / len(sel)) if sel else None,
            "t0": timing["t0"], "t1": round(timing["t1"], 3), "baseline_s": timing["baseline_s"],
        }

    out = {}
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as ex:
        for k, (name, res) in enumerate(ex.map(one, jobs)):
            out[name] = res
            if (k + 1) % 50 == 0:
                fc.log(f"  undertone {condition}: {k + 1}/{len(jobs)}")
    return out


# ----------------------------------------------------------------------------- references

def praat_features(x: np.ndarray, rate: int) -> dict:
    import parselmouth
    snd = parselmouth.Sound(x, sampling_frequency=rate)
    p = PROTOCOL["praat_pitch"]
    pitch = snd.to_pitch_ac(time_step=p["time_step"], pitch_floor=p["floor_hz"], pitch_ceiling=p["ceiling_hz"])
    f0 = pitch.selected_array["frequency"]
    f0 = f0[f0 > 0]
    inten = snd.to_intensity(minimum_pitch=PROTOCOL["praat_intensity"]["floor_hz"])
    v = inten.values[0]
    mean_db = 10 * np.log10(np.mean(10 ** (v / 10)))      # energy averaging, as Praat's "Get mean... energy"
    return {"f0_mean_hz": float(np.mean(f0)) if len(f0) else float("nan"), "intensity_db": float(mean_db)}


def egemaps(x: np.ndarray, rate: int):
    import opensmile
    global _SMILE
    try:
        smile = _SMILE
    except NameError:
        smile = _SMILE = opensmile.Smile(feature_set=opensmile.FeatureSet.eGeMAPSv02,
                                         feature_level=opensmile.FeatureLevel.Functionals)
    df = smile.process_signal(x.astype(np.float32), rate)
    return df.columns.tolist(), df.values[0].astype(float)


def extract_features(rows, condition: str) -> tuple[list[str], dict]:
    feats = {}
    names = None
    for k, r in enumerate(rows):
        x, rate = load_utterance(r, condition)
        names, vec = egemaps(x, rate)
        feats[r["file"]] = {"egemaps": vec, **praat_features(x, rate)}
        if (k + 1) % 50 == 0:
            fc.log(f"  features {condition}: {k + 1}/{len(rows)}")
    return names, feats


def reference_scores(rows, names, feats) -> dict:
    """Single-feature, speaker-relative (leave-one-out neutral mean) scores."""
    li = names.index("loudness_sma3_amean")
    out = {"f0": {}, "intensity": {}, "loudness": {}}
    for r in rows:
        neutral = [q["file"] for q in rows if q["speaker"] == r["speaker"] and q["emotion_code"] == "N"
                   and q["file"] != r["file"]]
        f = feats[r["file"]]
        f0_base = np.nanmean([feats[n]["f0_mean_hz"] for n in neutral])
        out["f0"][r["file"]] = 12 * math.log2(f["f0_mean_hz"] / f0_base)
        out["intensity"][r["file"]] = f["intensity_db"] - np.mean([feats[n]["intensity_db"] for n in neutral])
        out["loudness"][r["file"]] = math.log(f["egemaps"][li] / np.mean([feats[n]["egemaps"][li] for n in neutral]))
    return out


def peer_scores(rows, feats, positive: str) -> dict:
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    speakers = sorted({r["speaker"] for r in rows})
    X = np.array([feats[r["file"]]["egemaps"] for r in rows])
    y = np.array([1 if r["emotion_code"] == positive else 0 for r in rows])
    spk = np.array([r["speaker"] for r in rows])
    out = {}
    for s in speakers:
        tr, te = spk != s, spk == s
        model = make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=5000))
        model.fit(X[tr], y[tr])
        p = model.predict_proba(X[te])[:, 1]
        for r, v in zip([r for r in rows if r["speaker"] == s], p):
            out[r["file"]] = float(v)
    return out


# ----------------------------------------------------------------------------- metrics

def summarise(scores: dict, rows, positive: str) -> dict:
    """scores: file -> value or None. Pooled AUC (+ CI) of `positive` vs N, and per-speaker AUC."""
    lab = {r["file"]: r for r in rows}
    have = {f: v for f, v in scores.items() if v is not None and math.isfinite(v)}
    pos = [v for f, v in have.items() if lab[f]["emotion_code"] == positive]
    neg = [v for f, v in have.items() if lab[f]["emotion_code"] == "N"]
    per = {}
    for s in sorted({r["speaker"] for r in rows}):
        ps = [v for f, v in have.items() if lab[f]["speaker"] == s and lab[f]["emotion_code"] == positive]
        ns = [v for f, v in have.items() if lab[f]["speaker"] == s and lab[f]["emotion_code"] == "N"]
        per[s] = fc.rnd(fc.auc(ps, ns))
    return {"auc": fc.rnd(fc.auc(pos, neg)), "auc_ci95": fc.auc_bootstrap_ci(pos, neg),
            "n_positive": len(pos), "n_neutral": len(neg), "missing": len(scores) - len(have),
            "auc_per_speaker": per,
            "auc_per_speaker_mean": fc.rnd(float(np.nanmean([v for v in per.values() if v is not None])))}


def markdown(results: dict) -> str:
    conds = results["conditions"]
    systems = []
    for c in conds:
        for name in results["systems"][c]:
            if name not in systems:
                systems.append(name)
    lines = ["| system | training | " + " | ".join(f"AUC {c} (95 % CI)" for c in conds) + " | mean per-speaker AUC " +
             " / ".join(conds) + " |", "|---|---|" + "---:|" * (len(conds) + 1)]
    for name in systems:
        cells, per = [], []
        for c in conds:
            m = results["systems"][c].get(name)
            if m is None or m.get("auc") is None:
                cells.append(m.get("status", "–") if m else "–")
                per.append("–")
                continue
            ci = m["auc_ci95"]
            miss = f", {m['missing']} missing" if m["missing"] else ""
            cells.append(f"{m['auc']:.3f} ({fc.fmt(ci[0])}–{fc.fmt(ci[1])}{miss})")
            per.append(fc.fmt(m["auc_per_speaker_mean"]))
        training = "LOSO" if name.startswith("egemaps") else "none"
        lines.append(f"| {results['labels'][name]} | {training} | " + " | ".join(cells) + " | " + " / ".join(per) + " |")
    lines.append("")
    lines.append("Per speaker (" + ", ".join(conds) + "):")
    lines.append("")
    spk = sorted(next(iter(next(iter(results["systems"].values())).values())).get("auc_per_speaker", {}).keys())
    lines.append("| system | condition | " + " | ".join(spk) + " |")
    lines.append("|---|---|" + "---:|" * len(spk))
    for name in systems:
        for c in conds:
            m = results["systems"][c].get(name)
            if not m or "auc_per_speaker" not in m:
                continue
            lines.append(f"| {results['labels'][name]} | {c} | " + " | ".join(fc.fmt(m["auc_per_speaker"].get(s), 2) for s in spk) + " |")
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--undertone", default=str(fc.DEFAULT_UNDERTONE), help="binary (or command line) to run")
    ap.add_argument("--emodb", default=str(fc.DEFAULT_EMODB))
    ap.add_argument("--cache", default=str(fc.DEFAULT_CACHE))
    ap.add_argument("--conditions", default=",".join(CONDITIONS))
    ap.add_argument("--speakers", default="", help="comma-separated subset, e.g. 03,08")
    ap.add_argument("--positive", default="W", choices=sorted(POSITIVE_CLASSES),
                    help="EmoDB emotion scored against neutral (N): W anger (the goal's task), A fear, F joy")
    ap.add_argument("--min-baseline-s", type=float, default=20.0)
    ap.add_argument("--gap-s", type=float, default=0.3)
    ap.add_argument("--clean-args", default="--rate 16000", help="extra analyze options for the clean condition")
    ap.add_argument("--telephone-args", default="", help="extra analyze options for the telephone condition")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--reuse", action="store_true", help="reuse cached undertone outputs")
    ap.add_argument("--skip-undertone", action="store_true")
    ap.add_argument("--skip-peer", action="store_true", help="skip openSMILE peer and single-feature references")
    ap.add_argument("--out", default="", help="results JSON (default Benchmarks/results/arousal_accuracy.json for W, "
                    "arousal_fear_accuracy.json for A, arousal_joy_accuracy.json for F)")
    ap.add_argument("--markdown", default="", help="also write the Markdown table to this file")
    args = ap.parse_args()

    if not args.out:
        name = "arousal_accuracy.json" if args.positive == "W" else f"arousal_{POSITIVE_CLASSES[args.positive]}_accuracy.json"
        args.out = str(fc.RESULTS / name)
    conds = [c for c in args.conditions.split(",") if c]
    rows = [r for r in fc.read_labels(Path(args.emodb)) if r["emotion_code"] in (args.positive, "N")]
    if args.speakers:
        keep = set(args.speakers.split(","))
        rows = [r for r in rows if r["speaker"] in keep]
    all_rows = fc.read_labels(Path(args.emodb))
    started = time.time()
    results = {
        "generated": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "protocol": {**PROTOCOL, "task": f"EmoDB {POSITIVE_CLASSES[args.positive]} ({args.positive}) vs neutral (N), speaker-relative"},
        "conditions": conds,
        "options": {"min_baseline_s": args.min_baseline_s, "gap_s": args.gap_s,
                    "clean_args": args.clean_args, "telephone_args": args.telephone_args},
        "tools": fc.tool_versions(),
        "labels": {"undertone": "Undertone arousal vs own neutral baseline",
                   "f0": "mean F0 vs speaker's neutral mean (Praat)",
                   "intensity": "intensity dB vs speaker's neutral mean (Praat)",
                   "loudness": "loudness vs speaker's neutral mean (eGeMAPS)",
                   "egemaps_lr": "eGeMAPSv02 + logistic regression (peer)"},
        "systems": {c: {} for c in conds}, "per_file": {c: {} for c in conds},
    }
    have_undertone = not args.skip_undertone and fc.undertone_available(args.undertone)
    if not args.skip_undertone and not have_undertone:
        fc.log(f"undertone not found at {args.undertone}: skipping the Undertone rows (--undertone PATH)")
    if have_undertone:
        results["undertone"] = fc.undertone_identity(args.undertone)
    for c in conds:
        fc.log(f"condition {c}")
        if not args.skip_peer:
            names, feats = extract_features(rows, c)
            refs = reference_scores(rows, names, feats)
            for k in ("f0", "intensity", "loudness"):
                results["systems"][c][k] = summarise(refs[k], rows, args.positive)
            peer = peer_scores(rows, feats, args.positive)
            results["systems"][c]["egemaps_lr"] = summarise(peer, rows, args.positive)
            for f in peer:
                results["per_file"][c].setdefault(f, {}).update(
                    {"egemaps_lr": fc.rnd(peer[f]), **{k: fc.rnd(refs[k][f]) for k in refs},
                     "f0_mean_hz": fc.rnd(feats[f]["f0_mean_hz"], 2)})
        if have_undertone:
            ut = undertone_scores(all_rows if not args.speakers else
                                  [r for r in all_rows if r["speaker"] in set(args.speakers.split(","))], args, c)
            results["systems"][c]["undertone"] = summarise({f: v["score"] for f, v in ut.items()}, rows, args.positive)
            shares = [v["baseline_ready_share"] for v in ut.values() if v["baseline_ready_share"] is not None]
            results["systems"][c]["undertone"]["baseline_ready_share_mean"] = fc.rnd(float(np.mean(shares))) if shares else None
            for f, v in ut.items():
                results["per_file"][c].setdefault(f, {})["undertone"] = v
        else:
            results["systems"][c]["undertone"] = {"status": "not run"}
    results["elapsed_s"] = round(time.time() - started, 1)
    fc.write_json(Path(args.out), results)
    md = markdown(results)
    print(md)
    if args.markdown:
        Path(args.markdown).write_text(md)
    fc.log(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
