"""Telephone-channel simulation and WAV helpers shared by the evaluation drivers.

One definition of "telephone" for every harness (pitch, speech rate, ...), so results
stay comparable:
  1. 300-3400 Hz band-pass: Butterworth, order 5, applied forward and backward
     (scipy sosfiltfilt: zero phase, so reference timings are kept), at the input rate;
  2. polyphase resampling to 8 kHz (scipy resample_poly);
  3. G.711-style mu-law round trip: mu = 255, the compressed value quantised to 256
     uniform levels over -1..1 (8 bits), then expanded. Full scale = 1.0.
The result is stored as 16-bit PCM (the decoded signal, not mu-law bytes).
There is no level change: input near full scale clips in the mu-law step, as on a real
line (EmoDB, peak-normalised: 114 of 535 files, 0.003 % of their samples).

    import telephone_channel as tc
    x, rate = tc.read_wav(path)
    y = tc.telephone_channel(x, rate)          # 8 kHz float64
    tc.write_wav(out_path, y, tc.TELEPHONE["rate"])

Changing anything in TELEPHONE changes the audio; drivers hash it into their cache folder
names so that old files are never mixed with new ones.
"""
from __future__ import annotations

import math
import sys
import warnings
from pathlib import Path

import numpy as np
from scipy import signal
from scipy.io import wavfile

TELEPHONE = {
    "rate": 8000,
    "band_hz": [300, 3400],
    "filter_order": 5,
    "filter": "Butterworth band-pass, applied forward and backward (sosfiltfilt) at the input rate, "
              "then polyphase resampling to 8 kHz",
    "mu_law": "mu = 255, 8-bit uniform quantisation of the compressed value, full scale = 1.0",
}


def read_wav(path: Path) -> tuple[np.ndarray, int]:
    """Reads a WAV as mono float64 in -1..1 (channels averaged)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", wavfile.WavFileWarning)    # EmoDB's extra RIFF chunks
        rate, data = wavfile.read(path)
    if data.dtype == np.int16:
        x = data.astype(np.float64) / 32768.0
    elif data.dtype == np.int32:
        x = data.astype(np.float64) / 2147483648.0
    elif data.dtype == np.uint8:
        x = (data.astype(np.float64) - 128.0) / 128.0
    else:
        x = data.astype(np.float64)
    if x.ndim > 1:
        x = x.mean(axis=1)
    return x, rate


def write_wav(path: Path, x: np.ndarray, rate: int) -> None:
    """Writes 16-bit PCM atomically (temp file + rename); warns when the signal clips
    (beyond -1.0 .. 32767/32768, the 16-bit range)."""
    if len(x) and (np.max(x) > 32767 / 32768 or np.min(x) < -1.0):
        peak = float(np.max(np.abs(x)))
        print(f"warning: {Path(path).name} clips ({peak:.3f} full scale)", file=sys.stderr)
    pcm = np.clip(np.round(x * 32768.0), -32768, 32767).astype(np.int16)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp.wav")
    wavfile.write(tmp, rate, pcm)
    tmp.replace(path)


def wav_seconds(path: Path) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", wavfile.WavFileWarning)
        rate, data = wavfile.read(path, mmap=True)
    return len(data) / rate


def resample(x: np.ndarray, rate_in: int, rate_out: int) -> np.ndarray:
    """Polyphase resampling (scipy's default Kaiser window)."""
    if rate_in == rate_out:
        return x.copy()
    g = math.gcd(rate_in, rate_out)
    return signal.resample_poly(x, rate_out // g, rate_in // g)


def mu_law_round_trip(x: np.ndarray, mu: float = 255.0) -> np.ndarray:
    """G.711-style mu-law companding: compress, quantise to 8 bits, expand."""
    x = np.clip(x, -1.0, 1.0)
    y = np.sign(x) * np.log1p(mu * np.abs(x)) / np.log1p(mu)
    y = np.round((y + 1.0) * 127.5) / 127.5 - 1.0        # 256 levels over -1..1
    return np.sign(y) * np.expm1(np.abs(y) * np.log1p(mu)) / mu


def band_pass(x: np.ndarray, rate: int) -> np.ndarray:
    """The channel's 300-3400 Hz zero-phase Butterworth band-pass at the input rate."""
    lo, hi = TELEPHONE["band_hz"]
    sos = signal.butter(TELEPHONE["filter_order"], [lo, hi], btype="bandpass", fs=rate, output="sos")
    return signal.sosfiltfilt(sos, x)


def telephone_channel(x: np.ndarray, rate: int) -> np.ndarray:
    """300-3400 Hz band-pass (zero phase), 8 kHz, mu-law round trip. Returns 8 kHz samples."""
    return mu_law_round_trip(resample(band_pass(x, rate), rate, TELEPHONE["rate"]))
