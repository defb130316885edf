#!/usr/bin/env python3
"""Pitch-tracker accuracy evaluation: Undertone side by side with Praat and SwiftF0.

Data: the CSTR FDA pitch database (60 utterances, rl = male, sb = female, 20 kHz),
whose *.f0ref files give the laryngograph F0 every 15 ms (value k is F0 at
k * 15 ms, 0 = unvoiced). The data is read in place and never copied into the
repository; the derived condition files go to the cache folder (--cache).

Conditions (deterministic, cached; see make_condition):
  clean               resampled to 16 kHz
  telephone           300-3400 Hz band-pass (Butterworth, order 5, zero phase),
                      8 kHz, mu-law encode + decode
  telephone_white10   telephone + white noise at 10 dB SNR
  telephone_speech10  telephone + speech-shaped noise at 10 dB SNR
Noise is added AFTER the channel, to the 8 kHz mu-law-decoded telephone signal
(noise on the line / at the agent's end), and the sum is stored as 16-bit PCM
without a second mu-law pass. (Adding it before the channel, at 20 kHz, leaves
only the in-band part and gives far lower VDE than the quoted reference results.) SNR = 10 log10(P_speech / P_noise), both powers
taken as the mean square over the whole file (pauses included). Speech-shaped
noise is white noise through a linear-phase FIR whose magnitude response is the
long-term average spectrum (LTAS) of the telephone-condition speech of all 60
files, so its spectrum is band-limited like the speech it masks.

Scoring, at every reference time t_k = k * 15 ms:
  - voicing of the estimate: the nearest frame of the tracker (unvoiced if t_k
    lies more than half a frame step outside the tracker's frames; a t_k exactly
    half-way between two frames, within 1 us, takes the earlier one);
  - F0 of the estimate: the nearest frame (--f0-at nearest, default), or linear
    interpolation between the two neighbouring frames when both are voiced
    (--f0-at linear, falls back to the nearest frame otherwise).
Metrics (pooled = counts summed over all frames of all files, not a mean of
per-file rates; also per speaker):
  GPE  gross pitch error: % of frames voiced in both reference and estimate
       where |est/ref - 1| > 0.2.
  FPE  fine pitch error: mean |1200 log2(est/ref)| in cents over the frames
       voiced in both that are not gross errors.
  VDE  voicing decision error: % of all reference frames where the estimate's
       voiced/unvoiced decision differs from the reference (V->U plus U->V).
  OCT  octave (harmonic / sub-harmonic) error: % of frames voiced in both where
       r = est/ref satisfies |r/n - 1| <= 0.2 (multiple) or |r*n - 1| <= 0.2
       (sub-multiple) for some integer n in 2..10. With a 20 % tolerance these
       windows touch, so this is the same as 1.6 <= r <= 12 or 1/12.5 <= r <= 0.6.
       Every such frame is also a gross error; OCT is the part of GPE explained
       by a wrong harmonic, GPE - OCT the gross errors with 0.6 < r < 0.8 or
       1.2 < r < 1.6. The JSON splits OCT into octave_up (r > 1) and octave_down.

Usage (from the repository root):
  Tools/setup_eval.sh
  python3 Tools/eval_pitch.py --markdown .build-eval/pitch/accuracy.md
  python3 Tools/eval_pitch.py --conditions telephone --files rl001,sb002
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import importlib.metadata
import json
import math
import platform
import re
import shlex
import shutil
import subprocess
import sys
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy import signal
from scipy.io import wavfile

import telephone_channel as tc
from eval_common import children_cpu, log, write_results  # noqa: E402
from telephone_channel import read_wav, resample, telephone_channel, wav_seconds, write_wav

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "fda"
DEFAULT_CACHE = REPO / ".build-eval" / "pitch"
DEFAULT_OUTPUT = REPO / "Benchmarks" / "results" / "pitch_accuracy.json"
DEFAULT_UNDERTONE = REPO / ".build" / "release" / "undertone"
PRAAT_SCRIPT = REPO / "Tools" / "praat" / "pitch_ac.praat"

REF_STEP = 0.015            # FDA reference: one F0 value per 15 ms
TIE_TOLERANCE = 1e-6        # s; frame times closer than this count as equally near
GROSS = 0.2                 # |est/ref - 1| above this is a gross error
CONDITIONS = ["clean", "telephone", "telephone_white10", "telephone_speech10"]
TRACKERS = ["praat", "swiftf0", "undertone"]
SPEAKERS = {"rl": "male", "sb": "female"}

# Everything that shapes the condition audio. Changing any value invalidates the cache.
PROTOCOL = {
    "version": 1,
    "source_rate": 20000,
    "clean_rate": 16000,
    # The shared channel (Tools/telephone_channel.py). Its Butterworth order 5, run forward and
    # backward (zero phase keeps the reference timing), is the order that best reproduces the quoted
    # Praat/SwiftF0 telephone results (order 4 gives Praat 3.3 / 8.6 % instead of 3.6 / 9.1 %).
    "telephone": tc.TELEPHONE,
    "noise_added": "after the channel, to the mu-law-decoded 8 kHz signal",
    "snr_db": 10.0,
    "snr_power": "mean square over the whole file",
    "ltas": "Welch PSD (512-point Hann, 50 % overlap) of the telephone speech of all 60 files, FIR 257 taps",
    "seed": 20240601,
}
DEFAULT_SEED = PROTOCOL["seed"]


# --------------------------------------------------------------------------- audio I/O

# --------------------------------------------------------------------------- conditions

def power(x: np.ndarray) -> float:
    """Mean square over the whole signal (the SNR power measure)."""
    return float(np.mean(np.square(x)))


def add_noise(x: np.ndarray, noise: np.ndarray, snr_db: float) -> np.ndarray:
    """Scales `noise` so that 10 log10(P(x) / P(noise)) = snr_db and adds it."""
    gain = math.sqrt(power(x) / (power(noise) * 10.0 ** (snr_db / 10.0)))
    return x + gain * noise


def rng_for(name: str, condition: str) -> np.random.Generator:
    """A generator that depends only on the file and condition, not on run order or subset."""
    return np.random.default_rng([PROTOCOL["seed"], zlib.crc32(name.encode()), zlib.crc32(condition.encode())])


def ltas_filter(data_dir: Path, names: list[str]) -> np.ndarray:
    """FIR taps whose magnitude response is the LTAS of the telephone speech of `names`."""
    rate = tc.TELEPHONE["rate"]
    total, weight = None, 0
    for name in names:
        x, sr = read_wav(data_dir / f"{name}.wav")
        freqs, psd = signal.welch(telephone_channel(x, sr), fs=rate, nperseg=512)
        total = psd * len(x) if total is None else total + psd * len(x)
        weight += len(x)
    amplitude = np.sqrt(total / weight)
    amplitude /= amplitude.max()
    return signal.firwin2(257, freqs, amplitude, fs=rate)


def speech_shaped_noise(n: int, taps: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """White Gaussian noise through the LTAS filter (extra samples absorb the filter's start-up)."""
    white = rng.standard_normal(n + len(taps))
    return signal.lfilter(taps, [1.0], white)[len(taps):]


def make_condition(condition: str, name: str, x: np.ndarray, rate: int,
                   taps: np.ndarray | None) -> tuple[np.ndarray, int]:
    """Returns the condition's audio for one source file."""
    if condition == "clean":
        return resample(x, rate, PROTOCOL["clean_rate"]), PROTOCOL["clean_rate"]
    tel = telephone_channel(x, rate)
    out_rate = tc.TELEPHONE["rate"]
    if condition == "telephone":
        return tel, out_rate
    rng = rng_for(name, condition)
    if condition == "telephone_white10":
        noise = rng.standard_normal(len(tel))
    elif condition == "telephone_speech10":
        noise = speech_shaped_noise(len(tel), taps, rng)
    else:
        raise ValueError(condition)
    return add_noise(tel, noise, PROTOCOL["snr_db"]), out_rate


def prepare_conditions(data_dir: Path, cache: Path, conditions: list[str],
                       names: list[str], all_names: list[str]) -> dict[str, dict[str, Path]]:
    """Creates the missing condition files; returns condition -> name -> WAV path.

    The files live in a folder named after a hash of PROTOCOL, so a protocol change
    (or another --seed) gets fresh files and never mixes with old ones.
    """
    cond_dir = condition_dir(cache)
    cond_dir.mkdir(parents=True, exist_ok=True)
    (cond_dir / "protocol.json").write_text(json.dumps(PROTOCOL, indent=2) + "\n")

    taps = None
    paths: dict[str, dict[str, Path]] = {}
    for condition in conditions:
        paths[condition] = {}
        made = 0
        for name in names:
            path = cond_dir / condition / f"{name}.wav"
            paths[condition][name] = path
            if path.exists():
                continue
            if condition == "telephone_speech10" and taps is None:
                taps = load_or_make_ltas(data_dir, cond_dir, all_names)
            x, rate = read_wav(data_dir / f"{name}.wav")
            y, out_rate = make_condition(condition, name, x, rate, taps)
            write_wav(path, y, out_rate)
            made += 1
        if made:
            log(f"[{condition}] made {made} condition files")
    return paths


def condition_dir(cache: Path) -> Path:
    digest = hashlib.sha256(json.dumps(PROTOCOL, sort_keys=True).encode()).hexdigest()[:10]
    return cache / f"conditions-{digest}"


def load_or_make_ltas(data_dir: Path, cond_dir: Path, all_names: list[str]) -> np.ndarray:
    """The LTAS filter always uses all files, so a subset run produces identical noise."""
    path = cond_dir / "ltas_fir.npy"
    if not path.exists():
        log("computing the long-term average spectrum of the FDA telephone speech")
        np.save(path, ltas_filter(data_dir, all_names))
    return np.load(path)


# --------------------------------------------------------------------------- trackers

@dataclass
class Track:
    """A tracker's output for one file: frame times (s) and F0 (Hz, 0 = unvoiced)."""
    times: np.ndarray
    f0: np.ndarray


@dataclass
class TrackerRun:
    tracks: dict[str, Track] = field(default_factory=dict)
    cpu_seconds: float = 0.0
    wall_seconds: float = 0.0


def run_praat(praat: str, wavs: dict[str, Path], out_dir: Path, args) -> TrackerRun:
    """All files of a condition in one Praat process (batch list), Praat's defaults otherwise."""
    out_dir.mkdir(parents=True, exist_ok=True)
    outputs = {name: (out_dir / f"{name}.txt").resolve() for name in wavs}
    for path in outputs.values():
        path.unlink(missing_ok=True)
    listing = (out_dir / "files.list").resolve()
    listing.write_text("".join(f"{wavs[n].resolve()}\t{outputs[n]}\n" for n in wavs))
    marker = (out_dir / "done.txt").resolve()
    cmd = [praat, "--run", str(PRAAT_SCRIPT), str(listing), str(marker),
           str(args.floor), str(args.ceiling), str(args.time_step)]
    cpu0, wall0 = children_cpu(), time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    run = TrackerRun(cpu_seconds=children_cpu() - cpu0, wall_seconds=time.perf_counter() - wall0)
    if proc.returncode != 0:
        raise RuntimeError(f"praat failed ({proc.returncode}): {proc.stderr.strip()}")
    for name, path in outputs.items():
        table = np.loadtxt(path, skiprows=1, ndmin=2)
        run.tracks[name] = Track(table[:, 0], table[:, 1])
    return run


class SwiftF0Runner:
    """SwiftF0 through its Python API: 16 ms frames, voiced where confidence >= 0.5.

    The model works at 16 kHz only; detect() resamples other rates with soxr.
    """

    def __init__(self, args):
        from swift_f0 import SwiftF0
        self.model = SwiftF0(threads=1)
        self.band = (args.floor, args.ceiling) if args.swiftf0_range == "floor-ceiling" else (None, None)

    def run(self, wavs: dict[str, Path]) -> TrackerRun:
        run = TrackerRun()
        cpu0, wall0 = time.process_time(), time.perf_counter()
        for name, path in wavs.items():
            x, rate = read_wav(path)
            result = self.model.detect(x.astype(np.float32), rate, fmin=self.band[0], fmax=self.band[1])
            f0 = np.where(result.confidence >= 0.5, result.pitch_hz, 0.0)
            run.tracks[name] = Track(result.timestamps, f0)
        run.cpu_seconds, run.wall_seconds = time.process_time() - cpu0, time.perf_counter() - wall0
        return run


def run_undertone(binary: Path, wavs: dict[str, Path], args) -> TrackerRun:
    """One `undertone pitch FILE --format csv` process per file."""
    run = TrackerRun()
    cpu0, wall0 = children_cpu(), time.perf_counter()
    for name, path in wavs.items():
        cmd = [str(binary), "pitch", str(path), "--format", "csv",
               "--floor", str(args.floor), "--ceiling", str(args.ceiling), *shlex.split(args.undertone_args)]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            raise RuntimeError(f"undertone failed on {name} ({proc.returncode}): {proc.stderr.strip()}")
        run.tracks[name] = parse_undertone_csv(proc.stdout)
    run.cpu_seconds, run.wall_seconds = children_cpu() - cpu0, time.perf_counter() - wall0
    return run


def parse_undertone_csv(text: str) -> Track:
    """Parses `time_s,f0_hz,voicing` rows; a frame is voiced when f0_hz > 0."""
    rows = list(csv.DictReader(text.splitlines()))
    if not rows or "time_s" not in rows[0] or "f0_hz" not in rows[0]:
        raise RuntimeError("undertone output lacks the header time_s,f0_hz,voicing")
    times = np.array([float(r["time_s"]) for r in rows])
    f0 = np.array([float(r["f0_hz"]) for r in rows])
    return Track(times, np.where(np.isfinite(f0) & (f0 > 0), f0, 0.0))


# --------------------------------------------------------------------------- scoring

def estimate_at(track: Track, t: np.ndarray, f0_at: str) -> np.ndarray:
    """The tracker's F0 at times t (0 = unvoiced); voicing always from the nearest frame."""
    times, f0 = track.times, track.f0
    if len(times) == 0:
        return np.zeros_like(t)
    step = float(np.median(np.diff(times))) if len(times) > 1 else REF_STEP
    idx = np.clip(np.searchsorted(times, t), 1, max(len(times) - 1, 1))
    left = idx - 1
    right = np.minimum(idx, len(times) - 1)
    # A reference time exactly half-way between two frames (every other FDA frame with a 10 ms
    # tracker grid) goes to the earlier frame; the tolerance absorbs rounding in printed times.
    nearest = np.where(np.abs(times[right] - t) < np.abs(t - times[left]) - TIE_TOLERANCE, right, left)
    est = f0[nearest].copy()
    outside = (t < times[0] - step / 2) | (t > times[-1] + step / 2)
    est[outside] = 0.0
    if f0_at == "linear":
        both = (f0[left] > 0) & (f0[right] > 0) & (right > left) & (est > 0)
        span = np.where(right > left, times[right] - times[left], 1.0)
        w = np.clip((t - times[left]) / span, 0.0, 1.0)
        est = np.where(both, (1 - w) * f0[left] + w * f0[right], est)
    return est


def is_harmonic_error(ratio: np.ndarray, max_n: int = 10) -> np.ndarray:
    """est/ref within +-20 % of n or 1/n for an integer n in 2..max_n."""
    hit = np.zeros(ratio.shape, dtype=bool)
    for n in range(2, max_n + 1):
        hit |= np.abs(ratio / n - 1) <= GROSS
        hit |= np.abs(ratio * n - 1) <= GROSS
    return hit


COUNT_KEYS = ["frames", "ref_voiced", "est_voiced", "v_to_u", "u_to_v",
              "both_voiced", "gross", "octave_up", "octave_down", "fine", "fine_cents_sum"]


def frame_counts(ref: np.ndarray, est: np.ndarray) -> dict[str, float]:
    """Per-file counts; all metrics are ratios of pooled counts."""
    rv, ev = ref > 0, est > 0
    both = rv & ev
    ratio = est[both] / ref[both]
    gross = np.abs(ratio - 1) > GROSS
    harmonic = is_harmonic_error(ratio)
    cents = np.abs(1200 * np.log2(ratio[~gross]))
    return {
        "frames": int(len(ref)),
        "ref_voiced": int(rv.sum()),
        "est_voiced": int(ev.sum()),
        "v_to_u": int((rv & ~ev).sum()),        # reference voiced, estimate unvoiced
        "u_to_v": int((~rv & ev).sum()),        # reference unvoiced, estimate voiced
        "both_voiced": int(both.sum()),
        "gross": int(gross.sum()),
        "octave_up": int((harmonic & (ratio > 1)).sum()),
        "octave_down": int((harmonic & (ratio < 1)).sum()),
        "fine": int((~gross).sum()),
        "fine_cents_sum": round(float(cents.sum()), 3),
    }


def pool(counts: list[dict[str, float]]) -> dict[str, float]:
    return {k: sum(c[k] for c in counts) for k in COUNT_KEYS}


def metrics(c: dict[str, float]) -> dict[str, float | None]:
    """GPE, FPE, VDE and octave-error rate from pooled counts (None when undefined)."""
    def pct(num, den):
        return 100.0 * num / den if den else None
    return {
        "gpe_pct": pct(c["gross"], c["both_voiced"]),
        "fpe_cents": c["fine_cents_sum"] / c["fine"] if c["fine"] else None,
        "vde_pct": pct(c["v_to_u"] + c["u_to_v"], c["frames"]),
        "octave_pct": pct(c["octave_up"] + c["octave_down"], c["both_voiced"]),
        "v_to_u_pct": pct(c["v_to_u"], c["frames"]),
        "u_to_v_pct": pct(c["u_to_v"], c["frames"]),
        "octave_up_pct": pct(c["octave_up"], c["both_voiced"]),
        "octave_down_pct": pct(c["octave_down"], c["both_voiced"]),
    }


def score(tracks: dict[str, Track], refs: dict[str, np.ndarray], f0_at: str) -> dict:
    per_file = {}
    for name, track in tracks.items():
        ref = refs[name]
        t = np.arange(len(ref)) * REF_STEP
        per_file[name] = frame_counts(ref, estimate_at(track, t, f0_at))
    groups = {"pooled": list(per_file)}
    for prefix in SPEAKERS:
        groups[prefix] = [n for n in per_file if n.startswith(prefix)]
    summary = {}
    for group, names in groups.items():
        if names:
            c = pool([per_file[n] for n in names])
            summary[group] = {"files": len(names), **metrics(c), "counts": c}
    # Per file only the raw counts (ordered as COUNT_KEYS), enough to recompute any metric.
    return {"summary": summary, "per_file_counts": {n: [c[k] for k in COUNT_KEYS] for n, c in per_file.items()}}


# --------------------------------------------------------------------------- reporting

def fmt(value, digits=2) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def markdown(results: dict, conditions: list[str], trackers: list[str], protocol_note: str) -> str:
    lines = ["| Condition | Tracker | Speakers | Files | GPE % | FPE (cents) | VDE % | Octave err. % |",
             "|---|---|---|---:|---:|---:|---:|---:|"]
    labels = {"pooled": "all", **SPEAKERS}
    for condition in conditions:
        for tracker in trackers:
            entry = results.get(condition, {}).get(tracker)
            if not entry:
                continue
            for group, label in labels.items():
                m = entry["summary"].get(group)
                if m:
                    lines.append(f"| {condition} | {tracker} | {label} | {m['files']} | {fmt(m['gpe_pct'])} | "
                                 f"{fmt(m['fpe_cents'], 1)} | {fmt(m['vde_pct'])} | {fmt(m['octave_pct'])} |")
    return "\n".join(lines) + "\n\n" + protocol_note + "\n"


def protocol_note(args) -> str:
    return (f"FDA database, reference F0 every 15 ms; estimates taken at the reference times "
            f"({args.f0_at} frame for F0, nearest frame for voicing). Praat `To Pitch (ac)` floor {args.floor:g} Hz, "
            f"ceiling {args.ceiling:g} Hz, time step {args.time_step:g} s, other settings default. "
            f"SwiftF0 voiced at confidence ≥ 0.5 "
            f"({'search band ' + f'{args.floor:g}–{args.ceiling:g} Hz' if args.swiftf0_range == 'floor-ceiling' else 'full model range'}). "
            f"GPE: % of voiced-in-both frames with |est/ref − 1| > 20 %; FPE: mean |error| in cents over the "
            f"other voiced-in-both frames; VDE: % of all frames with a wrong voicing decision; octave error: % of "
            f"voiced-in-both frames with est/ref within ±20 % of an integer n ≥ 2 or of 1/n. "
            f"Telephone: 300–3400 Hz band-pass (Butterworth order 5, zero phase), 8 kHz, µ-law; noise added after the channel at 10 dB SNR "
            f"(whole-file mean-square power)."
            + (f" Diagnostic: every tracker's frame times shifted by {args.shift_ms:+g} ms before scoring." if args.shift_ms else ""))


def compact_json(data) -> str:
    """Indented JSON with lists of numbers kept on one line (short, readable diffs)."""
    text = json.dumps(data, indent=1, ensure_ascii=False)
    return re.sub(r"\[\s+([^\[\]{}\"]*?)\s+\]", lambda m: "[" + " ".join(m.group(1).split()) + "]", text)


def tool_versions(args, trackers: list[str], undertone: Path) -> dict:
    versions = {"python": platform.python_version(), "numpy": np.__version__}
    import scipy
    versions["scipy"] = scipy.__version__
    if "praat" in trackers:
        out = subprocess.run([args.praat, "--version"], capture_output=True, text=True).stdout.strip()
        versions["praat"] = out
    if "swiftf0" in trackers:
        for pkg in ["swift-f0", "onnxruntime", "soxr"]:
            try:
                versions[pkg] = importlib.metadata.version(pkg)
            except importlib.metadata.PackageNotFoundError:
                versions[pkg] = None
    if "undertone" in trackers:
        proc = subprocess.run([str(undertone), "--version"], capture_output=True, text=True)
        versions["undertone"] = proc.stdout.strip() if proc.returncode == 0 else f"{undertone} (no --version)"
    return versions


# --------------------------------------------------------------------------- main

def add_run_options(p: argparse.ArgumentParser) -> None:
    """The options every pitch driver shares: data, cache, the trackers' executables, the search range."""
    p.add_argument("--data", type=Path, default=DEFAULT_DATA, help="FDA folder (read only)")
    p.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="where condition files and tracker outputs go")
    p.add_argument("--praat", default="praat", help="Praat executable")
    p.add_argument("--undertone", type=Path, default=DEFAULT_UNDERTONE, help="Undertone executable")
    p.add_argument("--floor", type=float, default=60.0, help="pitch floor (Hz)")
    p.add_argument("--ceiling", type=float, default=500.0, help="pitch ceiling (Hz)")
    p.add_argument("--time-step", type=float, default=0.01, help="Praat time step (s)")


def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    add_run_options(p)
    p.add_argument("--conditions", default=",".join(CONDITIONS), help="comma-separated subset of " + ",".join(CONDITIONS))
    p.add_argument("--trackers", default=",".join(TRACKERS), help="comma-separated subset of " + ",".join(TRACKERS))
    p.add_argument("--files", help="comma-separated utterance names, e.g. rl001,sb002")
    p.add_argument("--limit", type=int, help="only the first N files (after --files)")
    p.add_argument("--undertone-args", default="", help="extra options for `undertone pitch` (tuning experiments)")
    p.add_argument("--f0-at", choices=["nearest", "linear"], default="nearest",
                   help="how the estimate's F0 is read at a reference time")
    p.add_argument("--swiftf0-range", choices=["full", "floor-ceiling"], default="floor-ceiling",
                   help="SwiftF0 search band: the model's full range or --floor..--ceiling")
    p.add_argument("--shift-ms", type=float, default=0.0,
                   help="a diagnostic: add this to every tracker's frame times before scoring (does the "
                        "alignment with the reference explain a loss?)")
    p.add_argument("--seed", type=int, default=PROTOCOL["seed"],
                   help="noise seed (another value shows how much the noisy conditions vary by realisation)")
    p.add_argument("--output", type=Path, help=f"JSON results (default {DEFAULT_OUTPUT.relative_to(REPO)} for a "
                   "full run, <cache>/last_run.json for a subset)")
    p.add_argument("--markdown", type=Path, help="also write the Markdown table here")
    return p.parse_args(argv)


def select_names(data_dir: Path, args) -> tuple[list[str], list[str]]:
    all_names = sorted(p.stem for p in data_dir.glob("*.f0ref") if (data_dir / f"{p.stem}.wav").exists())
    if not all_names:
        sys.exit(f"no FDA files (*.wav + *.f0ref) in {data_dir}")
    names = all_names
    if args.files:
        wanted = [n.strip() for n in args.files.split(",") if n.strip()]
        unknown = sorted(set(wanted) - set(all_names))
        if unknown:
            sys.exit(f"unknown files: {', '.join(unknown)}")
        names = wanted
    if args.limit:
        names = names[: args.limit]
    return names, all_names


def is_tuning_file(name: str) -> bool:
    """The odd-numbered utterances (rl001, rl003, …, sb029) tune the defaults; the even ones are held out."""
    return int(re.sub(r"\D", "", name)) % 2 == 1


def split_list(text: str, allowed: list[str], what: str) -> list[str]:
    items = [s.strip() for s in text.split(",") if s.strip()]
    bad = [s for s in items if s not in allowed]
    if bad:
        sys.exit(f"unknown {what}: {', '.join(bad)} (choose from {', '.join(allowed)})")
    return items


def main(argv=None) -> int:
    args = parse_args(argv)
    PROTOCOL["seed"] = args.seed
    conditions = split_list(args.conditions, CONDITIONS, "conditions")
    trackers = split_list(args.trackers, TRACKERS, "trackers")
    names, all_names = select_names(args.data, args)

    undertone = args.undertone if args.undertone.is_absolute() else (Path.cwd() / args.undertone)
    if "undertone" in trackers and not (undertone.is_file() and undertone.stat().st_mode & 0o111):
        log(f"Undertone skipped: no executable at {undertone} (build it, or pass --undertone PATH)")
        trackers.remove("undertone")
    if "praat" in trackers and shutil.which(args.praat) is None:
        sys.exit(f"Praat not found ({args.praat}); run Tools/setup_eval.sh")

    refs = {n: np.loadtxt(args.data / f"{n}.f0ref", ndmin=1) for n in names}
    wavs = prepare_conditions(args.data, args.cache, conditions, names, all_names)
    swift = SwiftF0Runner(args) if "swiftf0" in trackers else None

    results: dict = {}
    timing: dict = {}
    for condition in conditions:
        results[condition], timing[condition] = {}, {}
        audio_seconds = sum(wav_seconds(p) for p in wavs[condition].values())
        for tracker in trackers:
            log(f"[{condition}] {tracker}: {len(names)} files ...")
            if tracker == "praat":
                run = run_praat(args.praat, wavs[condition], args.cache / "praat" / condition, args)
            elif tracker == "swiftf0":
                run = swift.run(wavs[condition])
            else:
                run = run_undertone(undertone, wavs[condition], args)
            tracks = {n: Track(t.times + args.shift_ms / 1000, t.f0) for n, t in run.tracks.items()}
            results[condition][tracker] = score(tracks, refs, args.f0_at)
            timing[condition][tracker] = {"cpu_s": run.cpu_seconds, "wall_s": run.wall_seconds,
                                          "audio_s": audio_seconds}
            m = results[condition][tracker]["summary"]["pooled"]
            log(f"[{condition}] {tracker}: GPE {fmt(m['gpe_pct'])} %  FPE {fmt(m['fpe_cents'], 1)} c  "
                f"VDE {fmt(m['vde_pct'])} %  OCT {fmt(m['octave_pct'])} %  ({run.cpu_seconds:.1f} s CPU)")

    note = protocol_note(args)
    table = markdown(results, conditions, trackers, note)
    print(table)

    subset = (bool(args.files or args.limit) or conditions != CONDITIONS or args.seed != DEFAULT_SEED
              or args.shift_ms != 0)
    output = args.output or (args.cache / "last_run.json" if subset else DEFAULT_OUTPUT)
    report = {
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "command": shlex.join(sys.argv),
        "tools": tool_versions(args, trackers, undertone),
        "settings": {"undertone_args": args.undertone_args, "floor_hz": args.floor, "ceiling_hz": args.ceiling, "praat_time_step_s": args.time_step,
                     "f0_at": args.f0_at, "voicing_at": "nearest", "swiftf0_range": args.swiftf0_range,
                     "swiftf0_confidence_threshold": 0.5, "reference_step_s": REF_STEP, "gross_threshold": GROSS},
        "protocol": PROTOCOL,
        "files": names,
        "conditions": conditions,
        "trackers": trackers,
        "count_keys": COUNT_KEYS,
        "timing": timing,
        "results": results,
    }
    write_results(output, compact_json(report), args.markdown, table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
