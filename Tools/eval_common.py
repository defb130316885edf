"""Helpers every evaluation driver and speed benchmark shares: logging, timing whole child processes
(wall and CPU, median of runs after a warm-up), CPU time of finished children, and the machine's CPU
model for results files."""
from __future__ import annotations

import os
import platform
import resource
import shlex
import statistics
import subprocess
import sys
import time
from pathlib import Path


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def children_cpu() -> float:
    """User + system CPU seconds of all finished child processes so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_process(cmd: list[str], stdout_path: Path | None = None) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one whole child process; stdout to a file or nowhere."""
    out = open(stdout_path, "w") if stdout_path else subprocess.DEVNULL
    try:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        stderr = proc.stderr.read().decode(errors="replace")
        proc.stderr.close()
    finally:
        if stdout_path:
            out.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{shlex.join(cmd)} failed: {stderr.strip()}")
    return wall, usage.ru_utime + usage.ru_stime


def benchmark(commands: dict[str, tuple[list[str], Path | None]], runs: int) -> dict[str, dict]:
    """Times whole processes: one warm-up of each command, then `runs` rounds in which every command runs
    once, in turn (interleaved, so a machine that slows down or speeds up during the benchmark affects
    every tool alike); medians of wall and CPU seconds per command. `commands` maps a name to
    (argv, file for its stdout or None)."""
    for name, (cmd, stdout_path) in commands.items():
        log(f"{name}: warm-up: {shlex.join(cmd)}")
        time_process(cmd, stdout_path)
    walls: dict[str, list[float]] = {name: [] for name in commands}
    cpus: dict[str, list[float]] = {name: [] for name in commands}
    for i in range(runs):
        for name, (cmd, stdout_path) in commands.items():
            wall, cpu = time_process(cmd, stdout_path)
            walls[name].append(wall)
            cpus[name].append(cpu)
            log(f"  round {i + 1}, {name}: {wall:.2f} s wall, {cpu:.2f} s CPU")
    return {name: {"command": cmd, "wall_s": walls[name], "cpu_s": cpus[name],
                   "median_wall_s": statistics.median(walls[name]), "median_cpu_s": statistics.median(cpus[name])}
            for name, (cmd, _) in commands.items()}


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def write_results(output: Path, json_text: str, markdown: Path | None, table: str) -> None:
    """Writes a results file (JSON text) and, when asked, the Markdown table beside it."""
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json_text + "\n")
    log(f"results written to {output}")
    if markdown:
        markdown.parent.mkdir(parents=True, exist_ok=True)
        markdown.write_text(table)
        log(f"Markdown table written to {markdown}")
