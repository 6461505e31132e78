"""Default synthesis time against the floor (importing cdktf and the provider modules only)."""

from __future__ import annotations

import sys
import tempfile

from common import floor_seconds, median_seconds

GOAL_RATIO = 1.5


def main() -> int:
    floor = floor_seconds()
    with tempfile.TemporaryDirectory() as outdir:
        synth = median_seconds([sys.executable, "main.py", "--outdir", outdir])
    ratio = synth / floor
    print(f"import floor        {floor:6.2f} s")
    print(f"default synth       {synth:6.2f} s   (main.py, every default stack)")
    print(f"ratio               {ratio:6.2f} x   (goal <= {GOAL_RATIO} x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
