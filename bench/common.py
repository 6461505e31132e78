"""Timing helpers shared by the benchmark scripts (wall-clock medians of whole processes)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

FLOOR_IMPORTS = ("import constructs", "from coding_assistants.engine import load", "load()")
"""The floor: a Python process that only imports the engine (``$ENGINE``, cdktf by default) and
the provider modules the app uses, through the engine seam (importing the seam alone loads
nothing)."""

ENV = {
    **os.environ,
    "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20",
    "JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION": "1",
}


def median_seconds(argv: list[str], runs: int = 3, cwd: Path = REPO) -> float:
    """Median wall time of ``argv`` over ``runs`` runs; fails loudly if the command fails."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(argv, cwd=cwd, env=ENV, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def floor_seconds(extra_imports: tuple[str, ...] = (), runs: int = 3) -> float:
    """Median time of a process that imports the engine and its provider modules, nothing else."""
    code = "; ".join(FLOOR_IMPORTS + extra_imports)
    return median_seconds([sys.executable, "-c", code], runs)
