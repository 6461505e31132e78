"""`make deploy STACKS='workshop-*'` on a split workshop, with the real Terraform against the
stub provider and the default local state files: every stack in dependency order, the shards
side by side, one shard made to fail (its state file is a directory, so Terraform cannot read
it), and a second run that applies that shard alone. `make bench` runs the same on 1,000
attendees (16 stacks of up to 150) and prints the timings (bench/bench_deploy.py)."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path

from coding_assistants.facts import DEFAULT_CLAUDE_MODEL, ENGINE_ENV, FLEET_STACK, SHARED_STACK
from tests.project_copy import copy_project
from tests.workshop.conftest import serving_endpoints_data

ATTENDEES = 40
FLEET_STACKS = 4
STACKS = 2 + 2 * FLEET_STACKS  # shared, fleet (the pool), and a fleet and a grant shard each
BROKEN = "workshop-fleet-03"


def roster(path: Path, count: int) -> Path:
    path.write_text("".join(f"attendee.{i:04d}@example.com\n" for i in range(count)))
    return path


def serving_endpoint(path: Path) -> Path:
    """The stub's answer for the model's serving endpoint, which workshop-shared looks up."""
    path.write_text(json.dumps(serving_endpoints_data(**{DEFAULT_CLAUDE_MODEL: "ep-1"})))
    return path


def make_deploy(project: Path, env: dict[str, str], *variables: str) -> tuple[int, str]:
    result = subprocess.run(
        ["make", "--no-print-directory", "-C", str(project), "deploy", *variables],
        env=env, capture_output=True, text=True, timeout=3600,
    )  # fmt: skip
    return result.returncode, result.stdout + result.stderr


def started(output: str) -> list[str]:
    return re.findall(r"^start +(\S+) ", output, re.MULTILINE)


def deploy_variables(tmp_path: Path, attendees: int, fleet_stacks: int) -> tuple[str, ...]:
    """make's variables for a workshop of ``attendees`` over ``fleet_stacks`` fleet stacks."""
    settings = tmp_path / "workshop.json"
    settings.write_text(json.dumps({"fleet_stacks": fleet_stacks}))
    people = roster(tmp_path / "roster.txt", attendees)
    return (
        "STACKS=workshop-*", f"ATTENDEES={people}", f"WORKSHOP_FILE={settings}",
        "JOBS=3", "PARALLELISM=20",
    )  # fmt: skip


def deploy_env(terraform_env: dict[str, str], tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in terraform_env.items() if k not in ("MAKEFLAGS", "MAKELEVEL")}
    return env | {
        ENGINE_ENV: "",
        "TFCHECK_DATA_VALUES": str(serving_endpoint(tmp_path / "values.json")),
    }


def test_backend_make_deploy_of_a_split_workshop_resumes_after_a_failed_shard(
    stub_terraform, tmp_path
):
    terraform = stub_terraform
    project = copy_project(tmp_path / "project")
    env = deploy_env(terraform.env, tmp_path)
    variables = deploy_variables(tmp_path, ATTENDEES, FLEET_STACKS)
    (project / f"terraform.{BROKEN}.tfstate").mkdir()  # Terraform cannot read this state

    code, first = make_deploy(project, env, *variables)
    assert code != 0, first[-3000:]
    assert (
        f"deploying {STACKS} stacks from cdktf.out, 3 at a time, terraform -parallelism=20" in first
    )
    assert started(first)[0] == SHARED_STACK
    assert started(first).index(FLEET_STACK) < started(first).index("workshop-fleet-01")
    assert re.search(rf"^FAILED  {BROKEN}: terraform (init|apply) exited 1: Error: ", first, re.M)
    assert f"applied {STACKS - 1}, done earlier 0, failed 1, blocked 0, stopped 0" in first
    assert f"[done {STACKS - 1}/{STACKS}, running 0, failed 1, waiting 0]" in first
    assert re.search(r"\[done \d+/\d+, running 3, failed 0, waiting \d+\]", first)
    assert len(started(first)) == STACKS
    states = sorted(p.name for p in project.glob("terraform.workshop-*.tfstate") if p.is_file())
    assert len(states) == STACKS - 1

    (project / f"terraform.{BROKEN}.tfstate").rmdir()
    code, second = make_deploy(project, env, *variables)
    assert code == 0, second[-3000:]
    assert started(second) == [BROKEN]  # nothing finished is applied again
    assert f"applied 1, done earlier {STACKS - 1}, failed 0" in second
    shard = project / "cdktf.out" / "stacks" / BROKEN
    assert terraform.no_change(shard)
    clusters = json.loads((project / f"terraform.{BROKEN}.tfstate").read_text())["resources"]
    assert any(r["type"] == "databricks_cluster" for r in clusters)


def test_backend_make_deploy_without_stacks_still_deploys_the_root_stack_only(tmp_path):
    """The single-cluster case is as before: the engine's CLI on coding-assistants-cluster."""
    project = copy_project(tmp_path / "project")
    dry = subprocess.run(
        ["make", "-n", "--no-print-directory", "-C", str(project), "deploy"],
        env={**os.environ, ENGINE_ENV: ""}, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert "deploy coding-assistants-cluster --skip-synth" in dry.stdout
    assert "coding_assistants.cli.main deploy" not in dry.stdout
