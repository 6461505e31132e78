"""Default synthesis on both engines, in the same run: wall and CPU time, and cdktn's ratio.

Runs ``main.py`` with each engine's own virtual environment (``make bench`` creates both),
alternating the engines so that both see the same machine load. CPU time is user + system of
the whole process tree (Python and its jsii Node.js process), from the children's rusage.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ENV, REPO

sys.path.insert(0, str(REPO))
from coding_assistants.facts import DEFAULT_ENGINE, ENGINE_ENV, ENGINE_VENVS, ENGINES

PAIRS = int(os.environ.get("BENCH_ENGINE_PAIRS", "5"))
GOAL_CPU_RATIO = 0.65
"""cdktn's CPU time for the default stacks, as a share of cdktf's."""


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def synth_once(engine: str) -> tuple[float, float]:
    """Wall and CPU seconds of one ``main.py`` synthesis of the default stacks on ``engine``."""
    python = REPO / ENGINE_VENVS[engine] / "bin" / "python"
    with tempfile.TemporaryDirectory() as outdir:
        cpu, wall = children_cpu(), time.perf_counter()
        subprocess.run(
            [str(python), "main.py", "--outdir", str(Path(outdir) / "out")],
            cwd=REPO,
            env={**ENV, ENGINE_ENV: engine},
            check=True,
            capture_output=True,
            timeout=300,
        )
        return time.perf_counter() - wall, children_cpu() - cpu


def main() -> int:
    missing = [e for e in ENGINES if not (REPO / ENGINE_VENVS[e] / "bin" / "python").exists()]
    if missing:
        print(f"skipped: run `make install ENGINE={missing[0]}` (or `make bench`) first")
        return 1
    runs: dict[str, list[tuple[float, float]]] = {engine: [] for engine in ENGINES}
    for _ in range(PAIRS):
        for engine in ENGINES:
            runs[engine].append(synth_once(engine))
    medians = {
        engine: tuple(statistics.median(r[i] for r in found) for i in (0, 1))
        for engine, found in runs.items()
    }
    for engine, (wall, cpu) in medians.items():
        print(
            f"{engine} default synth   wall {wall:6.2f} s   cpu {cpu:6.2f} s   (median of {PAIRS})"
        )
    base_wall, base_cpu = medians[DEFAULT_ENGINE]
    for engine in ENGINES:
        if engine != DEFAULT_ENGINE:
            wall, cpu = medians[engine]
            print(
                f"{engine}/{DEFAULT_ENGINE} ratio      wall {wall / base_wall:6.2f} x "
                f"  cpu {cpu / base_cpu:6.2f} x   (goal: cpu <= {GOAL_CPU_RATIO} x)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
