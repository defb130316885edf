#!/usr/bin/env python3
"""Speech-rate (syllable-nucleus) accuracy: Undertone side by side with a Praat script of
de Jong & Wempe (2009), Tools/praat/syllable_nuclei.praat, on the same files.

Conditions
  emodb_clean      EmoDB originals, 16 kHz, read in place from --data/emodb/wav
  emodb_telephone  the same through Tools/telephone_channel.py (300-3400 Hz Butterworth
                   order 5 zero phase, 8 kHz, mu-law round trip), made into the cache
  tts_telephone    espeak-ng at 120/170/230 wpm, telephone channel
                   (Tools/make_tts_rate_set.py; made into the cache on first use)
  tts_dev_telephone  the same for the development sentences (make_tts_rate_set.py
                   --sentences dev): not part of the default run, never a reported
                   accuracy figure; all of it counts as tuning (--split held-out skips it)
  tts_test_telephone  the same for the 60 test sentences (make_tts_rate_set.py
                   --sentences test, written after the last tuning round): all of it is
                   held out (--split tune skips it); reported beside tts_telephone, a
                   larger measurement of the same condition, never instead of it

Truth
  EmoDB: syllables and span from the hand-labelled silb/ files. A silb line is
  "onset_time label"; the last line "." marks the end of the last syllable and "("
  lines mark pauses. syllable_span_s = time of "." - time of the first line (pauses
  inside included; identical to labels.csv). n_syllables counts the lines that are
  neither "." nor "(" (--emodb-truth silb, default). labels.csv's n_syllables also
  counts the "(" pause markers (93 files, 124 markers); --emodb-truth labels uses it
  as given. 13a01Wb has an empty silb file and is left out (534 files).
  TTS: truth.csv of the set (syllables from espeak-ng's own phonemes; span = first to
  last sample within 40 dB of the peak).
  true rate = n_syllables / syllable_span_s (EmoDB's syllables_per_s).

Predicted rates, each compared with the true rate
  count-based  predicted count / TRUE syllable_span_s: isolates counting accuracy
               (the headline number)
  own          predicted count / the tool's own speech time (speech_s: Praat's sounding
               time after removing pauses >= min_pause; Undertone's speech_s): what
               the tool would report on its own, timing errors included

Metrics (per condition, per TTS rate, per EmoDB emotion; e = (pred - true) / true)
  MAPE %       mean |e| x 100: typical size of the error
  bias %       mean e x 100: signed; negative = undercounts / too slow
  r            Pearson correlation of predicted and true rates over the files: does the
               tool rank fast and slow speech correctly
  count MAPE % mean |n_pred - n_true| / n_true x 100 (and count bias %, signed)

Usage (from the repository root):
  python3 Tools/eval_rate.py [--conditions emodb_clean,emodb_telephone,tts_telephone]
      [--limit N] [--undertone .build/release/undertone] [--data ../shared/data]
      [--cache .build-eval/rate] [--markdown FILE]
A full run writes Benchmarks/results/rate_accuracy.json; a subset (--limit, fewer
conditions, other parameters) writes <cache>/last_run.json unless --output is given.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import hashlib
import json
import platform
import re
import shlex
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import make_tts_rate_set as tts  # noqa: E402
import telephone_channel as tc  # noqa: E402
from eval_common import children_cpu, log, write_results  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data"
DEFAULT_CACHE = REPO / ".build-eval" / "rate"
DEFAULT_OUTPUT = REPO / "Benchmarks" / "results" / "rate_accuracy.json"
DEFAULT_UNDERTONE = REPO / ".build" / "release" / "undertone"
PRAAT_SCRIPT = REPO / "Tools" / "praat" / "syllable_nuclei.praat"

CONDITIONS = ["emodb_clean", "emodb_telephone", "tts_telephone", "tts_test_telephone"]
DEV_CONDITIONS = ["tts_dev_telephone"]
TEST_CONDITIONS = ["tts_test_telephone"]
TTS_SENTENCE_SETS = {"tts_telephone": "eval", "tts_dev_telephone": "dev",   # condition -> make_tts_rate_set list
                     "tts_test_telephone": "test"}
TOOLS = ["praat", "undertone"]
RATE_KINDS = {"count": "count-based (pred count / true span)", "own": "own (pred count / tool's speech time)"}

# Praat script arguments in its form order: (option name, default, help)
PRAAT_PARAMS = [
    ("silence_db", -25.0, "threshold relative to the reference intensity (dB)"),
    ("min_dip", 2.0, "minimum dip between nuclei (dB)"),
    ("min_pause", 0.3, "minimum silent interval counted as a pause (s)"),
    ("intensity_min_pitch", 50.0, "To Intensity minimum pitch (Hz); window = 3.2 / this"),
    ("time_step", 0.01, "intensity time step (s)"),
    ("pitch_floor", 75.0, "To Pitch floor (Hz), for the voicing check"),
    ("pitch_ceiling", 600.0, "To Pitch ceiling (Hz)"),
    ("reference_quantile", 0.99, "reference intensity quantile (1 = maximum)"),
    ("min_sounding", 0.1, "minimum sounding interval (s)"),
    ("dip_rule", "both", "both: the dip must be min_dip below both neighbouring nuclei (else merged); "
                         "preceding: below the later one (else dropped)"),
]


# --------------------------------------------------------------------------- items and truth

@dataclass
class Item:
    """One evaluation file: its audio, its truth and the group it is reported under."""
    name: str
    wav: Path
    n_true: int
    span_true: float
    group: str                     # EmoDB emotion, or TTS rate ("120 wpm")
    voice: str = ""                # TTS voice (espeak-ng -v), empty for EmoDB
    only_split: str = ""           # "tune" (development data) or "held-out" (test data): that split whatever its number

    @property
    def rate_true(self) -> float:
        return self.n_true / self.span_true


def read_silb(path: Path) -> tuple[int, float] | None:
    """(syllables without pause markers, span) from an EmoDB silb file; None if empty."""
    lines = [ln.split(None, 1) for ln in path.read_text(encoding="latin-1").splitlines() if ln.strip()]
    if not lines:
        return None
    times = [float(parts[0]) for parts in lines]
    labels = [parts[1].strip() if len(parts) > 1 else "" for parts in lines]
    n = sum(1 for lab in labels if lab not in (".", "("))
    return n, times[-1] - times[0]


def emodb_items(data: Path, wav_dir: Path, truth: str) -> list[Item]:
    """EmoDB utterances with truth (see the module docstring); wav_dir holds the condition's audio."""
    items = []
    with open(data / "emodb" / "labels.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            stem = row["file"][:-4]
            silb = read_silb(data / "emodb" / "silb" / f"{stem}.silb")
            if silb is None or not row["n_syllables"]:
                continue
            n, span = silb
            if abs(span - float(row["syllable_span_s"])) > 0.002:
                log(f"warning: {stem}: silb span {span:.3f} s differs from labels.csv {row['syllable_span_s']}")
            if truth == "labels":
                n = int(row["n_syllables"])
            items.append(Item(stem, wav_dir / row["file"], n, span, row["emotion"]))
    return items


def emodb_telephone_dir(data: Path, cache: Path, items: list[Item]) -> Path:
    """Makes the missing telephone versions; returns their folder (named after the channel's hash)."""
    digest = hashlib.sha256(json.dumps(tc.TELEPHONE, sort_keys=True).encode()).hexdigest()[:10]
    out_dir = cache / f"emodb-telephone-{digest}"
    made = 0
    for item in items:
        path = out_dir / f"{item.name}.wav"
        if not path.exists():
            x, rate = tc.read_wav(data / "emodb" / "wav" / f"{item.name}.wav")
            tc.write_wav(path, tc.telephone_channel(x, rate), tc.TELEPHONE["rate"])
            made += 1
    if made:
        log(f"[emodb_telephone] made {made} telephone files in {out_dir}")
    return out_dir


def tts_items(cache: Path, sentence_set: str) -> list[Item]:
    truth = tts.build(cache, sentence_set)
    with open(truth, newline="", encoding="utf-8") as f:
        return [Item(row["file"][:-4], truth.parent / "telephone" / row["file"], int(row["n_syllables"]),
                     float(row["syllable_span_s"]), f"{row['rate_wpm']} wpm", row["voice"])
                for row in csv.DictReader(f)]


def in_split(item: Item, split: str) -> bool:
    """The documented tuning split: EmoDB speakers with an odd number (03, 09, 11, 13, 15) and TTS
    sentences with an odd number are for tuning; the rest is held out. `all` keeps everything.
    The development sentences are all tuning, the test sentences all held out."""
    if split == "all":
        return True
    if item.only_split:
        return split == item.only_split
    number = int(item.name[:2]) if item.name[:2].isdigit() else int(item.name.split("_s")[1])
    return (number % 2 == 1) == (split == "tune")


def limit_items(items: list[Item], limit: int | None) -> list[Item]:
    """The first `limit` files of each group (every emotion / rate stays represented)."""
    if not limit:
        return items
    seen: dict[str, int] = {}
    kept = []
    for item in items:
        seen[item.group] = seen.get(item.group, 0) + 1
        if seen[item.group] <= limit:
            kept.append(item)
    return kept


def condition_items(condition: str, args) -> list[Item]:
    return [item for item in condition_items_all(condition, args) if in_split(item, args.split)]


def condition_items_all(condition: str, args) -> list[Item]:
    data, cache = args.data, args.cache
    if condition == "emodb_clean":
        items = emodb_items(data, data / "emodb" / "wav", args.emodb_truth)
    elif condition == "emodb_telephone":
        items = emodb_items(data, Path(), args.emodb_truth)
        items = limit_items(items, args.limit)
        tel_dir = emodb_telephone_dir(data, cache, items)
        for item in items:
            item.wav = tel_dir / f"{item.name}.wav"
        return items
    elif condition in TTS_SENTENCE_SETS:
        items = tts_items(cache, TTS_SENTENCE_SETS[condition])
        if condition in DEV_CONDITIONS:
            for item in items:
                item.group, item.only_split = "dev " + item.group, "tune"
        if condition in TEST_CONDITIONS:
            for item in items:
                item.only_split = "held-out"
    else:
        raise ValueError(condition)
    return limit_items(items, args.limit)


# --------------------------------------------------------------------------- tools

@dataclass
class Estimate:
    """A tool's result for one file."""
    n: int
    speech_s: float | None
    duration_s: float | None
    nuclei: list[float] = field(default_factory=list)


@dataclass
class ToolRun:
    estimates: dict[str, Estimate] = field(default_factory=dict)
    cpu_s: float = 0.0
    wall_s: float = 0.0


def praat_args(args) -> list[str]:
    """The script's arguments after LIST and OUT, in its form order."""
    return [str(v) if isinstance(v, str) else repr(float(v))
            for v in (getattr(args, name) for name, _, _ in PRAAT_PARAMS)]


def praat_dir(args, condition: str) -> Path:
    """Where a Praat run keeps its list and table: one folder per script version and parameters,
    so runs with other settings (even concurrent ones) never overwrite each other's files."""
    key = PRAAT_SCRIPT.read_text() + "\n" + " ".join(praat_args(args))
    return args.cache / "praat" / f"{condition}-{hashlib.sha256(key.encode()).hexdigest()[:10]}"


def run_praat(items: list[Item], out_dir: Path, args) -> ToolRun:
    """All files of a condition in one Praat process: a list file in, a results table out."""
    out_dir.mkdir(parents=True, exist_ok=True)
    listing, table = (out_dir / "files.list").resolve(), (out_dir / "nuclei.tsv").resolve()
    listing.write_text("".join(f"{item.wav.resolve()}\n" for item in items))
    table.unlink(missing_ok=True)
    cmd = [args.praat, "--run", str(PRAAT_SCRIPT), str(listing), str(table), *praat_args(args)]
    cpu0, wall0 = children_cpu(), time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    run = ToolRun(cpu_s=children_cpu() - cpu0, wall_s=time.perf_counter() - wall0)
    if proc.returncode != 0:
        raise RuntimeError(f"praat failed ({proc.returncode}): {proc.stderr.strip()}")
    by_path = {str(item.wav.resolve()): item.name for item in items}
    with open(table, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            nuclei = [float(t) for t in row["nuclei_s"].split()]
            run.estimates[by_path[row["file"]]] = Estimate(int(row["n_syllables"]), float(row["speech_s"]),
                                                           float(row["duration_s"]), nuclei)
    return run


SUMMARY_PAIR = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)\s*=\s*([^\s,;]+)")


def parse_undertone(text: str) -> Estimate:
    """Parses `undertone syllables --format csv`: a `time_s,...` header, one row per nucleus,
    and `#` summary line(s) of key=value pairs. Tolerant: blank lines, extra columns, any
    order of keys; the count is the number of rows (the summary's `syllables` is checked)."""
    summary: dict[str, str] = {}
    nuclei: list[float] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if line.startswith("#"):
            summary.update(SUMMARY_PAIR.findall(line))
            continue
        first = line.split(",")[0].strip()
        try:
            nuclei.append(float(first))
        except ValueError:
            continue                      # the header (or any other non-numeric line)

    def number(key: str) -> float | None:
        try:
            return float(summary[key])
        except (KeyError, ValueError):
            return None

    n = len(nuclei)
    if summary.get("syllables") is not None and number("syllables") != n:
        log(f"warning: undertone summary says syllables={summary['syllables']} but printed {n} rows")
    return Estimate(n, number("speech_s"), number("duration_s"), nuclei)


def run_undertone(binary: Path, items: list[Item], extra_args: list[str]) -> ToolRun:
    """One `undertone syllables FILE --format csv` process per file (whole-process cost)."""
    run = ToolRun()
    cpu0, wall0 = children_cpu(), time.perf_counter()
    for item in items:
        proc = subprocess.run([str(binary), "syllables", str(item.wav), "--format", "csv", *extra_args],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            raise RuntimeError(f"undertone failed on {item.name} ({proc.returncode}): {proc.stderr.strip()}")
        run.estimates[item.name] = parse_undertone(proc.stdout)
    run.cpu_s, run.wall_s = children_cpu() - cpu0, time.perf_counter() - wall0
    return run


# --------------------------------------------------------------------------- metrics

def rate_metrics(pred: np.ndarray, true: np.ndarray) -> dict:
    """MAPE, bias (mean signed % error) and Pearson r of predicted against true rates."""
    ok = np.isfinite(pred)
    pred, true = pred[ok], true[ok]
    if len(pred) == 0:
        return {"n": 0, "mape_pct": None, "bias_pct": None, "r": None}
    rel = (pred - true) / true
    r = float(np.corrcoef(pred, true)[0, 1]) if len(pred) > 2 and np.std(pred) > 0 else None
    return {"n": int(len(pred)), "mape_pct": float(100 * np.mean(np.abs(rel))),
            "bias_pct": float(100 * np.mean(rel)), "r": r}


def score(items: list[Item], run: ToolRun) -> dict:
    """Metrics for one tool over `items` (files the tool gave no result for are counted as missing)."""
    have = [it for it in items if it.name in run.estimates]
    est = [run.estimates[it.name] for it in have]
    n_pred = np.array([e.n for e in est], dtype=float)
    n_true = np.array([it.n_true for it in have], dtype=float)
    span = np.array([it.span_true for it in have], dtype=float)
    speech = np.array([e.speech_s if e.speech_s else np.nan for e in est], dtype=float)
    rate_true = n_true / span
    count_rel = (n_pred - n_true) / n_true
    return {
        "files": len(have), "missing": len(items) - len(have),
        "true_rate_mean_sps": float(np.mean(rate_true)) if len(have) else None,
        "count": {"mape_pct": float(100 * np.mean(np.abs(count_rel))) if len(have) else None,
                  "bias_pct": float(100 * np.mean(count_rel)) if len(have) else None,
                  "pred_mean": float(np.mean(n_pred)) if len(have) else None,
                  "true_mean": float(np.mean(n_true)) if len(have) else None},
        "rate_count_based": rate_metrics(n_pred / span, rate_true),
        "rate_own": rate_metrics(n_pred / speech, rate_true),
    }


def score_groups(items: list[Item], run: ToolRun) -> dict:
    """Overall, per group (emotion or TTS rate) and, for TTS, per group and voice."""
    def by(label) -> dict:
        labels = sorted({label(it) for it in items}, key=lambda g: (len(g), g))
        return {g: score([it for it in items if label(it) == g], run) for g in labels}
    scored = {"all": score(items, run), "groups": by(lambda it: it.group)}
    if any(it.voice for it in items):
        scored["groups_by_voice"] = by(lambda it: f"{it.group}, {it.voice}")
    return scored


# --------------------------------------------------------------------------- report

def fmt(value, digits=1) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def table_rows(label: str, tool: str, s: dict) -> str:
    c, o = s["rate_count_based"], s["rate_own"]
    return (f"| {label} | {tool} | {s['files']} | {fmt(s['true_rate_mean_sps'], 2)} | "
            f"{fmt(c['mape_pct'])} | {fmt(c['r'], 2)} | {fmt(c['bias_pct'])} | "
            f"{fmt(s['count']['pred_mean'])} / {fmt(s['count']['true_mean'])} | "
            f"{fmt(o['mape_pct'])} | {fmt(o['r'], 2)} | {fmt(o['bias_pct'])} |")


# With the true span as denominator, the count-based rate's relative error IS the count's
# relative error, so its MAPE / bias are also the count MAPE / count bias.
HEADER = ("| {what} | tool | files | true syll/s | MAPE % | r | bias % | syllables pred / true | "
          "own MAPE % | own r | own bias % |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")


def markdown(results: dict, tools: list[str], note: str) -> str:
    out = ["### Speech-rate accuracy", "", note, "",
           "MAPE / r / bias: count-based rate = predicted syllables / true span (its MAPE and bias "
           "equal the syllable count's). own: predicted syllables / the tool's own speech time. "
           "Bias is signed (negative = undercount / too slow). Syllables: mean per file.", "", HEADER.format(what="condition")]
    for cond, per_tool in results.items():
        for tool in tools:
            out.append(table_rows(cond, tool, per_tool[tool]["all"]))
    for cond, per_tool in results.items():
        what = "rate" if cond.startswith("tts") else "emotion"
        out += ["", f"**{cond}** by {what}", "", HEADER.format(what=what)]
        for group in per_tool[tools[0]]["groups"]:
            for tool in tools:
                out.append(table_rows(group, tool, per_tool[tool]["groups"][group]))
        if "groups_by_voice" in per_tool[tools[0]]:
            out += ["", f"**{cond}** by rate and voice", "", HEADER.format(what="rate, voice")]
            for group in per_tool[tools[0]]["groups_by_voice"]:
                for tool in tools:
                    out.append(table_rows(group, tool, per_tool[tool]["groups_by_voice"][group]))
    return "\n".join(out) + "\n"


def protocol_note(args) -> str:
    values = ((name, getattr(args, name)) for name, _, _ in PRAAT_PARAMS)
    params = ", ".join(f"{name}={v}" if isinstance(v, str) else f"{name}={v:g}" for name, v in values)
    return (f"Praat script: {params}. EmoDB truth: {args.emodb_truth} "
            f"({'pause markers not counted' if args.emodb_truth == 'silb' else 'labels.csv as given'}). "
            f"Telephone: {tc.TELEPHONE['band_hz'][0]}-{tc.TELEPHONE['band_hz'][1]} Hz Butterworth order "
            f"{tc.TELEPHONE['filter_order']} zero phase, 8 kHz, mu-law.")


def tool_versions(args, tools: list[str], undertone: Path) -> dict:
    import scipy
    versions = {"python": platform.python_version(), "numpy": np.__version__, "scipy": scipy.__version__,
                "espeak-ng": tts.espeak_version() if any(c.startswith("tts") for c in args.conditions) else None}
    if "praat" in tools:
        versions["praat"] = subprocess.run([args.praat, "--version"], capture_output=True, text=True).stdout.strip()
    if "undertone" in tools:
        proc = subprocess.run([str(undertone), "--version"], capture_output=True, text=True)
        versions["undertone"] = proc.stdout.strip() if proc.returncode == 0 else f"{undertone} (no --version)"
    return versions


def write_predictions(path: Path, items_by_cond: dict, runs: dict, split: str) -> None:
    """Per-file predictions of the run's `split` (cache only: large and changes every run)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["split", "condition", "tool", "file", "group", "n_true", "span_true_s", "n_pred", "speech_s", "duration_s"])
        for cond, items in items_by_cond.items():
            for tool, run in runs[cond].items():
                for it in items:
                    e = run.estimates.get(it.name)
                    if e:
                        w.writerow([split, cond, tool, it.name, it.group, it.n_true, f"{it.span_true:.4f}", e.n,
                                    "" if e.speech_s is None else f"{e.speech_s:.4f}",
                                    "" if e.duration_s is None else f"{e.duration_s:.4f}"])


# --------------------------------------------------------------------------- main

def parse_args(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder (read only; holds emodb/)")
    p.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="derived audio and tool outputs (git-ignored)")
    p.add_argument("--conditions", default=",".join(CONDITIONS), help="comma-separated subset of " + ",".join(CONDITIONS)
                   + " (default: all of them), or the development set " + ",".join(DEV_CONDITIONS))
    p.add_argument("--tools", default=",".join(TOOLS), help="comma-separated subset of " + ",".join(TOOLS))
    p.add_argument("--limit", type=int, help="only the first N files of each emotion / TTS rate")
    p.add_argument("--praat", default="praat", help="Praat executable")
    p.add_argument("--undertone", type=Path, default=DEFAULT_UNDERTONE, help="Undertone executable")
    p.add_argument("--undertone-args", default="", help="extra arguments for `undertone syllables` (e.g. its hidden tuning knobs)")
    p.add_argument("--split", choices=["all", "tune", "held-out"], default="all",
                   help="tune: odd EmoDB speakers and odd TTS sentences (what parameters were tuned on); held-out: the rest")
    p.add_argument("--emodb-truth", choices=["silb", "labels"], default="silb",
                   help="silb: count syllables in silb/ without the '(' pause markers (default); "
                        "labels: labels.csv's n_syllables as given")
    for name, default, text in PRAAT_PARAMS:
        if isinstance(default, str):
            p.add_argument("--" + name.replace("_", "-"), dest=name, choices=["both", "preceding"], default=default,
                           help=f"Praat script: {text} (default {default})")
        else:
            p.add_argument("--" + name.replace("_", "-"), dest=name, type=float, default=default,
                           help=f"Praat script: {text} (default {default:g})")
    p.add_argument("--output", type=Path, help=f"JSON results (default {DEFAULT_OUTPUT.relative_to(REPO)} "
                   "for a full default run, <cache>/last_run.json otherwise)")
    p.add_argument("--markdown", type=Path, help="also write the Markdown tables here")
    return p.parse_args(argv)


def split_list(text: str, allowed: list[str], what: str) -> list[str]:
    items = [s.strip() for s in text.split(",") if s.strip()]
    bad = [s for s in items if s not in allowed]
    if bad:
        sys.exit(f"unknown {what}: {', '.join(bad)} (choose from {', '.join(allowed)})")
    return items


def is_default_run(args, conditions: list[str]) -> bool:
    defaults = all(getattr(args, name) == default for name, default, _ in PRAAT_PARAMS)
    return (defaults and not args.limit and conditions == CONDITIONS and args.emodb_truth == "silb"
            and args.split == "all" and not args.undertone_args)


def main(argv=None) -> int:
    args = parse_args(argv)
    args.data, args.cache = args.data.resolve(), args.cache.resolve()
    conditions = split_list(args.conditions, CONDITIONS + DEV_CONDITIONS, "conditions")
    # Conditions with no part in the chosen split: development data has no held-out part, test data no tuning part.
    other_split_only = {"held-out": DEV_CONDITIONS, "tune": TEST_CONDITIONS}.get(args.split, [])
    if skipped := [c for c in conditions if c in other_split_only]:
        log(f"--split {args.split}: skipping {', '.join(skipped)} (no {args.split} part)")
        conditions = [c for c in conditions if c not in skipped]
        if not conditions:
            sys.exit(f"nothing to evaluate: no {args.split} part in {', '.join(skipped)}")
    args.conditions = conditions
    tools = split_list(args.tools, TOOLS, "tools")
    undertone = args.undertone if args.undertone.is_absolute() else Path.cwd() / args.undertone
    if "undertone" in tools and not (undertone.is_file() and undertone.stat().st_mode & 0o111):
        log(f"Undertone skipped: no executable at {undertone} (build it with `swift build -c release`, "
            "or pass --undertone PATH)")
        tools.remove("undertone")
    if "praat" in tools and shutil.which(args.praat) is None:
        sys.exit(f"Praat not found ({args.praat}); install it (apt-get install praat)")
    if not tools:
        sys.exit("no tool to evaluate")
    if any(c.startswith("emodb") for c in conditions) and not (args.data / "emodb" / "labels.csv").is_file():
        sys.exit(f"no EmoDB at {args.data / 'emodb'} (pass --data, the folder that holds emodb/)")

    results, timing, items_by_cond, runs = {}, {}, {}, {}
    for cond in conditions:
        items = condition_items(cond, args)
        items_by_cond[cond], results[cond], timing[cond], runs[cond] = items, {}, {}, {}
        audio_s = sum(tc.wav_seconds(it.wav) for it in items)
        for tool in tools:
            log(f"[{cond}] {tool}: {len(items)} files ({audio_s:.0f} s of audio) ...")
            if tool == "praat":
                run = run_praat(items, praat_dir(args, cond), args)
            else:
                run = run_undertone(undertone, items, shlex.split(args.undertone_args))
            runs[cond][tool] = run
            results[cond][tool] = score_groups(items, run)
            timing[cond][tool] = {"cpu_s": round(run.cpu_s, 3), "wall_s": round(run.wall_s, 3),
                                  "audio_s": round(audio_s, 3)}
            s = results[cond][tool]["all"]
            log(f"[{cond}] {tool}: MAPE {fmt(s['rate_count_based']['mape_pct'])} %  "
                f"r {fmt(s['rate_count_based']['r'], 2)}  bias {fmt(s['rate_count_based']['bias_pct'])} %  "
                f"({run.wall_s:.1f} s wall)")

    note = protocol_note(args)
    text = markdown(results, tools, note)
    print(text)
    write_predictions(args.cache / "predictions.csv", items_by_cond, runs, args.split)

    output = args.output or (DEFAULT_OUTPUT if is_default_run(args, conditions) else args.cache / "last_run.json")
    report = {
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "command": shlex.join(sys.argv),
        "tools": tool_versions(args, tools, undertone),
        "parameters": {"praat": {name: getattr(args, name) for name, _, _ in PRAAT_PARAMS},
                       "undertone_args": args.undertone_args, "split": args.split,
                       "emodb_truth": args.emodb_truth, "limit_per_group": args.limit},
        "protocol": {
            "telephone": tc.TELEPHONE,
            "tts": {name: {k: v for k, v in tts.protocol(name).items() if k != "telephone"}
                    for cond, name in TTS_SENTENCE_SETS.items() if cond in conditions},
            "true_rate": "n_syllables / syllable_span_s",
            "rates": RATE_KINDS,
            "metrics": {"mape_pct": "mean |pred - true| / true x 100",
                        "bias_pct": "mean (pred - true) / true x 100 (negative = too low)",
                        "r": "Pearson correlation of predicted and true rates over files",
                        "count": "the same on syllable counts"},
        },
        "conditions": conditions,
        "timing": timing,
        "results": results,
    }
    write_results(output, json.dumps(report, indent=1, ensure_ascii=False), args.markdown, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
