"""Shared pieces of the fusion / early-warning evaluation (eval_arousal.py, make_scenarios.py,
eval_warnings.py): paths, running `undertone analyze`, reading its JSON Lines, and the statistics.

Nothing here knows about Undertone's internals: the only contract is the CLI
(`undertone analyze FILE [--transcript T.jsonl] [--config C.yaml] [--channels ...]` printing
JSON Lines with `"type": "second"` and `"type": "warning"` records), see Benchmarks/README-fusion.md.
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import shlex
import subprocess
import sys
from pathlib import Path

import warnings

import numpy as np
from scipy import stats
from scipy.io.wavfile import WavFileWarning

# EmoDB's WAVs carry a chunk scipy does not know ("Chunk (non-data) not understood"): harmless.
warnings.filterwarnings("ignore", category=WavFileWarning)

REPO = Path(__file__).resolve().parents[1]
def _find_data() -> Path:
    """../shared/data beside the repository (UNDERTONE_SHARED_DATA overrides)."""
    if os.environ.get("UNDERTONE_SHARED_DATA"):
        return Path(os.environ["UNDERTONE_SHARED_DATA"])
    for up in (REPO.parent, REPO.parent.parent):
        if (up / "shared" / "data").is_dir():
            return up / "shared" / "data"
    return REPO.parent / "shared" / "data"


DEFAULT_DATA = _find_data()
DEFAULT_EMODB = DEFAULT_DATA / "emodb"
DEFAULT_UNDERTONE = REPO / ".build" / "release" / "undertone"
# Derived audio, generated configs and raw engine outputs; git-ignored (.build-eval/ in .gitignore).
DEFAULT_CACHE = Path(os.environ.get("UNDERTONE_EVAL_CACHE", REPO / ".build-eval" / "fusion"))
RESULTS = REPO / "Benchmarks" / "results"

EMOTIONS = {"W": "anger", "N": "neutral", "A": "fear", "F": "happiness", "T": "sadness",
            "E": "disgust", "L": "boredom"}


def log(*parts) -> None:
    print(*parts, file=sys.stderr, flush=True)


def stable_hash(obj, n: int = 10) -> str:
    return hashlib.sha256(json.dumps(obj, sort_keys=True).encode()).hexdigest()[:n]


def read_labels(emodb: Path) -> list[dict]:
    import csv
    with open(emodb / "labels.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        r["duration_s"] = float(r["duration_s"])
        r["path"] = emodb / "wav" / r["file"]
    return rows


def undertone_cmd(undertone: str) -> list[str]:
    """`--undertone` may be a binary or a command line (e.g. 'python3 scratch/standin.py')."""
    return shlex.split(undertone)


def undertone_available(undertone: str) -> bool:
    cmd = undertone_cmd(undertone)
    if not cmd:
        return False
    exe = cmd[0]
    if os.sep in exe:
        return Path(exe).exists()
    from shutil import which
    return which(exe) is not None


def run_analyze(undertone: str, audio: Path, out_path: Path, extra: list[str] | None = None,
                reuse: bool = False, timeout: float = 900.0) -> list[dict]:
    """Runs `undertone analyze audio [extra...]`, stores stdout (JSON Lines) at out_path, returns records.

    Raises RuntimeError with the command's stderr on a non-zero exit. With reuse=True an existing
    out_path (written completely: renamed into place at the end) is read instead of running again.
    """
    if reuse and out_path.exists():
        return parse_jsonl(out_path.read_text())
    # One thread per process: the evaluations run several calls side by side (--jobs).
    cmd = undertone_cmd(undertone) + ["analyze", str(audio), "--threads", "1"] + list(extra or [])
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(shlex.quote(c) for c in cmd)} exited {proc.returncode}: "
                           f"{proc.stderr.strip()[-2000:]}")
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_suffix(".tmp")
    tmp.write_text(proc.stdout)
    tmp.replace(out_path)
    return parse_jsonl(proc.stdout)


def parse_jsonl(text: str) -> list[dict]:
    out = []
    for i, line in enumerate(text.splitlines()):
        line = line.strip()
        if not line:
            continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as e:
            raise RuntimeError(f"line {i + 1} of undertone's output is not JSON: {e}: {line[:200]}")
    return out


def auc(pos, neg) -> float:
    """Area under the ROC curve = P(score_pos > score_neg) + 0.5 P(tie) (Mann-Whitney U / n1 n0)."""
    pos = np.asarray(pos, float)
    neg = np.asarray(neg, float)
    if len(pos) == 0 or len(neg) == 0:
        return float("nan")
    ranks = stats.rankdata(np.concatenate([pos, neg]))
    u = ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2
    return float(u / (len(pos) * len(neg)))


def auc_bootstrap_ci(pos, neg, n: int = 2000, seed: int = 1) -> list[float]:
    """95 % percentile bootstrap interval, resampling positives and negatives separately."""
    pos = np.asarray(pos, float)
    neg = np.asarray(neg, float)
    if len(pos) < 2 or len(neg) < 2:
        return [float("nan"), float("nan")]
    rng = np.random.default_rng(seed)
    vals = [auc(rng.choice(pos, len(pos)), rng.choice(neg, len(neg))) for _ in range(n)]
    return [round(float(np.percentile(vals, 2.5)), 4), round(float(np.percentile(vals, 97.5)), 4)]


def wilson(k: int, n: int, z: float = 1.96) -> list[float] | None:
    """95 % Wilson score interval for a proportion k/n; None when n is 0 (JSON null, not NaN)."""
    if n == 0:
        return None
    p = k / n
    d = 1 + z * z / n
    c = (p + z * z / (2 * n)) / d
    h = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / d
    return [round(max(0.0, c - h), 4), round(min(1.0, c + h), 4)]


def rnd(x, nd: int = 4):
    if x is None:
        return None
    if isinstance(x, float) and not math.isfinite(x):
        return None
    return round(float(x), nd)


def fmt(x, nd: int = 3) -> str:
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return "–"
    return f"{x:.{nd}f}"


def write_json(path: Path, obj) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n")
    tmp.replace(path)


def tool_versions() -> dict:
    import importlib.metadata as md
    import platform
    out = {"python": platform.python_version()}
    for pkg in ["numpy", "scipy", "opensmile", "scikit-learn", "praat-parselmouth", "vaderSentiment"]:
        try:
            out[pkg] = md.version(pkg)
        except md.PackageNotFoundError:
            pass
    return out


def undertone_identity(undertone: str) -> dict:
    """What was run: the command, and for a file its size and modification time (for the record)."""
    cmd = undertone_cmd(undertone)
    info = {"command": undertone}
    exe = Path(cmd[-1] if cmd and cmd[0].startswith("python") else cmd[0]) if cmd else None
    if exe is not None and exe.exists():
        st = exe.stat()
        info.update(size=st.st_size, mtime=int(st.st_mtime))
        try:
            v = subprocess.run(undertone_cmd(undertone) + ["--version"], capture_output=True, text=True, timeout=20)
            if v.returncode == 0:
                info["version"] = v.stdout.strip()
        except Exception:
            pass
    return info
