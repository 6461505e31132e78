"""Run every benchmark script in this directory (bench_*.py) and print its figures."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def main() -> int:
    here = Path(__file__).resolve().parent
    failed = 0
    for script in sorted(here.glob("bench_*.py")):
        print(f"== {script.stem.removeprefix('bench_')}", flush=True)
        failed |= subprocess.call([sys.executable, str(script)], cwd=here.parent)
    return failed


if __name__ == "__main__":
    sys.exit(main())
