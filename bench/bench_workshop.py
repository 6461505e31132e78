"""Synthesis time of every default stack for workshop rosters of 1, 140 and 1000 attendees,
against the import floor (the engine and every provider module the app imports)."""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path

from common import floor_seconds, median_seconds

SIZES = (1, 140, 1000)
ROUNDS = 5
"""Each round times the floor and every size once, so that load on the machine hits them alike."""
GOAL_ATTENDEES = 140
GOAL_SECONDS_OVER_FLOOR = 1.0
NOISE_SECONDS = 0.3
"""Spread of one process's wall time on a busy two-core machine; smaller differences are noise."""


def roster(count: int) -> str:
    """``count`` distinct attendees, a few of them with keys that need a hash."""
    lines = []
    for i in range(count):
        separator = "-" if i % 10 == 0 else "."
        lines.append(f"attendee{separator}{i:04d}@example.com")
    return "\n".join(lines) + "\n"


def main() -> int:
    floors: list[float] = []
    runs: dict[int, list[float]] = {count: [] for count in SIZES}
    with tempfile.TemporaryDirectory() as tmp:
        rosters = {count: Path(tmp) / f"roster-{count}.txt" for count in SIZES}
        for count, path in rosters.items():
            path.write_text(roster(count))
        outdir = str(Path(tmp) / "out")
        for _ in range(ROUNDS):
            floors.append(floor_seconds(runs=1))
            for count, path in rosters.items():
                argv = [sys.executable, "main.py", "--attendees", str(path), "--outdir", outdir]
                runs[count].append(median_seconds(argv, runs=1))
    floor = statistics.median(floors)
    timings = {count: statistics.median(times) for count, times in runs.items()}
    print(f"import floor              {floor:6.2f} s   ($ENGINE + every provider module used)")
    for count, seconds in timings.items():
        spread = max(runs[count]) - min(runs[count])
        print(
            f"synth, {count:4d} attendees    {seconds:6.2f} s   "
            f"({seconds - floor:+.2f} s over the floor, spread {spread:.2f} s; main.py, "
            "every default stack)"
        )
    low, mid, high = (timings[n] for n in SIZES)
    # Linear growth predicts the 140->1000 step from the 1->140 step; more than that (beyond
    # the noise) would mean work per attendee that grows with the roster.
    predicted = max(mid - low, 0.0) * (SIZES[2] - SIZES[1]) / (SIZES[1] - SIZES[0])
    growth = "linear or better" if high - mid <= predicted + NOISE_SECONDS else "SUPER-LINEAR"
    print(
        f"growth                    {mid - low:+.2f} s for 1->140, {high - mid:+.2f} s for "
        f"140->1000: {growth} (noise margin {NOISE_SECONDS} s)"
    )
    over = timings[GOAL_ATTENDEES] - floor
    verdict = "met" if over < GOAL_SECONDS_OVER_FLOOR else "NOT met"
    print(
        f"goal                      {GOAL_ATTENDEES} attendees under "
        f"{GOAL_SECONDS_OVER_FLOOR:.0f} s over the floor: {verdict} ({over:+.2f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
