"""`make deploy STACKS='workshop-*'` of a 1,000-attendee workshop against the stub provider.

The real Terraform (``tfcheck env``: the stub Databricks provider, local state files) applies
the 16 workshop stacks (shared, the pool, 7 fleet shards and 7 grant shards), 3 at a time.
One fleet shard is made to fail (its state file is a directory); the figures are the first
run's wall time, the resume's (which applies that shard alone), each stack's init+apply time
as the deploy printed it, the largest state file, and the progress lines of the resume.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
from pathlib import Path

from common import REPO

sys.path.insert(0, str(REPO))
from tests.backend.stub import stub_environment
from tests.backend.test_backend_make_deploy import deploy_env, deploy_variables, make_deploy
from tests.project_copy import copy_project

ATTENDEES = 1000
FLEET_STACKS = 7  # what the split chooses for 1,000 attendees: 150 or fewer per stack
BROKEN = "workshop-fleet-03"
TFCHECK = Path(
    os.environ.get("TFCHECK") or REPO.parent / "shared" / "tools" / "tfcheck" / "tfcheck"
)


def timed_deploy(
    project: Path, env: dict[str, str], variables: tuple[str, ...]
) -> tuple[float, str]:
    started = time.perf_counter()
    code, output = make_deploy(project, env, *variables)
    print(f"  make deploy exited {code}")
    return time.perf_counter() - started, output


def stack_seconds(output: str) -> dict[str, int]:
    return {m[0]: int(m[1]) for m in re.findall(r"^done +(\S+) in (\d+) s", output, re.M)}


def main() -> int:
    if not os.access(TFCHECK, os.X_OK):
        print(f"tfcheck not found at {TFCHECK}: deploy timings skipped")
        return 0
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        env = deploy_env(stub_environment(TFCHECK, tmp / "tf"), tmp)
        project = copy_project(tmp / "project")
        variables = deploy_variables(tmp, ATTENDEES, FLEET_STACKS)
        (project / f"terraform.{BROKEN}.tfstate").mkdir()
        first, output = timed_deploy(project, env, variables)
        seconds = stack_seconds(output)
        failed = [line for line in output.splitlines() if line.startswith("FAILED")]
        print(f"deploy, {ATTENDEES} attendees   {first:6.1f} s   ({len(seconds)} stacks applied, "
              f"{BROKEN} failed; slowest stack {max(seconds.values())} s, sum "
              f"{sum(seconds.values())} s at 3 at a time)")  # fmt: skip
        print("\n".join(f"  {line[:150]}" for line in failed))
        (project / f"terraform.{BROKEN}.tfstate").rmdir()
        again, output = timed_deploy(project, env, variables)
        print(f"resume                   {again:6.1f} s   (synthesis again, then {BROKEN} alone)")
        sizes = {p.name: p.stat().st_size for p in project.glob("terraform.*.tfstate")}
        largest = max(sizes, key=sizes.__getitem__)
        print(f"largest state            {sizes[largest] / 1024:6.0f} KB ({largest})")
        for line in output.splitlines():
            if re.match(r"(deploying|start |done  |applied)", line):
                print(f"  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
