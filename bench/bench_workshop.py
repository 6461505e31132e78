"""Synthesis and plan time of the workshop for rosters of 140, 400 and 1000 attendees.

Synthesis: main.py (every default stack) against the import floor ($ENGINE and every
provider module the app imports). Plan: tfcheck (Terraform with the stub provider) on every workshop
stack, one after the other, so the sum is what a facilitator waits for; the figure to watch is
plan seconds per attendee, which should stay about constant as the roster grows (the fleet is
split into stacks of about 150 attendees, and so are the attendees' grants, see
coding_assistants/workshop/split.py).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ENV, REPO, floor_seconds, median_seconds

sys.path.insert(0, str(REPO))
from coding_assistants.facts import FLEET_STACK, SHARED_PART_STACK, SHARED_STACK

SIZES = (140, 400, 1000)
ROUNDS = 3
"""Each synth round times the floor and every size once, so that load hits them alike."""
GOAL_ATTENDEES = 140
GOAL_SECONDS_OVER_FLOOR = 1.0
TFCHECK = REPO.parent / "shared" / "tools" / "tfcheck" / "tfcheck"
ENDPOINT_FIELDS = (
    "ai_gateway", "budget_policy_id", "config", "creation_timestamp", "creator", "description",
    "id", "last_updated_timestamp", "name", "state", "tags", "task", "usage_policy_id",
)  # fmt: skip


def roster(count: int) -> str:
    """``count`` distinct attendees, a few of them with keys that need a hash."""
    lines = []
    for i in range(count):
        separator = "-" if i % 10 == 0 else "."
        lines.append(f"attendee{separator}{i:04d}@example.com")
    return "\n".join(lines) + "\n"


def _data_values(path: Path) -> Path:
    """The stub's serving endpoints: the default model's endpoint, so the shared stack plans."""
    sys.path.insert(0, str(REPO))
    from coding_assistants.facts import DEFAULT_CLAUDE_MODEL

    endpoint = {**dict.fromkeys(ENDPOINT_FIELDS), "name": DEFAULT_CLAUDE_MODEL, "id": "ep-1"}
    path.write_text(json.dumps({"databricks_serving_endpoints": {"endpoints": [endpoint]}}))
    return path


def plan_seconds(outdir: Path, values: Path) -> dict[str, float]:
    """Wall time of ``tfcheck plan`` of each workshop stack in ``outdir``."""
    env = {**ENV, "TFCHECK_DATA_VALUES": str(values)}
    times = {}
    for stack in sorted((outdir / "stacks").glob("workshop-*")):
        started = time.perf_counter()
        subprocess.run(
            [str(TFCHECK), "plan", str(stack), "--compact"],
            env=env, check=True, capture_output=True,
        )  # fmt: skip
        times[stack.name] = time.perf_counter() - started
    return times


def synth_report(tmp: Path, rosters: dict[int, Path]) -> None:
    floors: list[float] = []
    runs: dict[int, list[float]] = {count: [] for count in SIZES}
    outdir = str(tmp / "synth-out")
    for _ in range(ROUNDS):
        floors.append(floor_seconds(runs=1))
        for count, path in rosters.items():
            argv = [sys.executable, "main.py", "--attendees", str(path), "--outdir", outdir]
            runs[count].append(median_seconds(argv, runs=1))
    floor = statistics.median(floors)
    print(f"import floor              {floor:6.2f} s   ($ENGINE + every provider module used)")
    for count, times in runs.items():
        seconds = statistics.median(times)
        print(
            f"synth, {count:4d} attendees    {seconds:6.2f} s   ({seconds - floor:+.2f} s over "
            f"the floor, {(seconds - floor) / count * 1000:.2f} ms per attendee)"
        )
    over = statistics.median(runs[GOAL_ATTENDEES]) - floor
    verdict = "met" if over < GOAL_SECONDS_OVER_FLOOR else "NOT met"
    print(
        f"goal                      {GOAL_ATTENDEES} attendees under "
        f"{GOAL_SECONDS_OVER_FLOOR:.0f} s over the floor: {verdict} ({over:+.2f} s)"
    )


def plan_report(tmp: Path, rosters: dict[int, Path]) -> None:
    values = _data_values(tmp / "data-values.json")
    per_attendee = {}
    for count, path in rosters.items():
        outdir = tmp / f"plan-{count}"
        argv = [sys.executable, "main.py", "--attendees", str(path), "--outdir", str(outdir)]
        subprocess.run(argv, cwd=REPO, env=ENV, check=True, capture_output=True)
        times = plan_seconds(outdir, values)
        total = sum(times.values())
        per_attendee[count] = total / count
        fleet = [t for name, t in times.items() if name.startswith(FLEET_STACK)]
        part = SHARED_PART_STACK.split("{")[0]  # workshop-shared-NN
        grants = [t for name, t in times.items() if name.startswith(part)]
        split_grants = f", {len(grants)} grant stacks {sum(grants):.1f} s" if grants else ""
        print(
            f"plan,  {count:4d} attendees  {total:7.1f} s   ({per_attendee[count] * 1000:.0f} ms "
            f"per attendee; {len(fleet)} fleet stacks, slowest {max(fleet):.1f} s; "
            f"shared {times[SHARED_STACK]:.1f} s{split_grants})"
        )
    low, high = per_attendee[SIZES[0]], per_attendee[SIZES[-1]]
    print(
        f"growth                    plan time per attendee x{high / low:.2f} from "
        f"{SIZES[0]} to {SIZES[-1]} attendees (1.00 = linear)"
    )


def main() -> int:
    if not os.access(TFCHECK, os.X_OK):
        print(f"tfcheck not found at {TFCHECK}: plan times skipped")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        rosters = {count: tmp / f"roster-{count}.txt" for count in SIZES}
        for count, path in rosters.items():
            path.write_text(roster(count))
        synth_report(tmp, rosters)
        if os.access(TFCHECK, os.X_OK):
            plan_report(tmp, rosters)
    return 0


if __name__ == "__main__":
    sys.exit(main())
