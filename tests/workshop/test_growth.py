"""Growing a workshop never replaces anyone's cluster: the stack lock kept with the roster
keeps every attendee in their fleet stack, at the same Terraform addresses, and only the
newcomers' resources are added. Proven with the placement itself, with main.py writing and
reading the lock, and with real Terraform plans (tfcheck's stub provider) against the state
that applying the smaller workshop left: 140 -> 151 and 1,000 -> 1,051 plan creations for the
newcomers and in-place updates of the shared access lists and the pool, nothing else."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from coding_assistants.facts import DEFAULT_CLAUDE_MODEL, FLEET_STACK
from coding_assistants.untrusted import Node
from coding_assistants.workshop.placement import FleetLock, LockError, arrange, parse_lock
from tests import clock
from tests.conftest import REPO, TFCHECK
from tests.workshop.conftest import big_roster_text, roster, serving_endpoints_data

GROWTHS = [(140, 151), (1000, 1051)]


def _roster(count: int):
    return roster(big_roster_text(count), f"roster-{count}.txt")


def stack_of(arrangement) -> dict[str, str]:
    return {a.key: stack for stack, share in arrangement.parts.items() for a in share}


@pytest.mark.parametrize(("before", "after"), GROWTHS)
def test_growth_keeps_everyone_in_their_stack_and_places_only_newcomers(before, after):
    small, large = _roster(before), _roster(after)
    first = arrange(small, None, None)
    grown = arrange(large, None, first.lock)
    was, now = stack_of(first), stack_of(grown)
    assert {key: now[key] for key in was} == was, "no attendee changes stacks"
    assert sum(grown.added.values()) == after - before
    assert set(now) - set(was) == {a.key for a in large} - {a.key for a in small}
    assert all(len(grown.parts[stack]) <= 150 for stack in grown.added)  # filled to 150 at most
    assert all(len(share) <= 200 for share in grown.parts.values())
    assert len(grown.new_stacks) <= 1


def test_without_the_lock_the_same_growth_would_move_attendees():
    """What the lock prevents: placed afresh over one more stack, 1,051 attendees put about one
    in eight of the first 1,000 in the new stack (jump consistent hash)."""
    was = stack_of(arrange(_roster(1000), None, None))
    now = stack_of(arrange(_roster(1051), None, None))
    moved = [key for key in was if now[key] != was[key]]
    assert len(moved) > 100


def test_140_to_151_keeps_workshop_fleet_and_opens_one_stack_for_the_last():
    grown = arrange(_roster(151), None, arrange(_roster(140), None, None).lock)
    assert grown.added == {FLEET_STACK: 10, "workshop-fleet-01": 1}
    assert grown.new_stacks == ("workshop-fleet-01",)
    assert len(grown.parts[FLEET_STACK]) == 150


def test_a_stack_whose_attendees_left_stays_listed_so_terraform_can_destroy_them():
    lock = arrange(_roster(151), None, arrange(_roster(140), None, None).lock).lock
    shrunk = arrange(_roster(140), None, lock)
    assert list(shrunk.parts) == [FLEET_STACK, "workshop-fleet-01"]
    assert shrunk.parts["workshop-fleet-01"] == ()
    assert shrunk.added == {}


def _lock_node(data) -> Node:
    return Node(data, "roster.txt.lock.json")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"format": 2, "stacks": [FLEET_STACK], "attendees": {}}, r"format: must be 1"),
        ({"format": "1", "stacks": [], "attendees": {}}, r"format: expected a whole number"),
        ({"format": 1, "stacks": ["fleet"], "attendees": {}}, r"stacks\[0\]: not a fleet stack"),
        ({"format": 1, "stacks": [FLEET_STACK], "attendees": []}, r"attendees: expected an obj"),
        (
            {"format": 1, "stacks": [FLEET_STACK], "attendees": {"a": 1}},
            r"attendees\.a: expected t",
        ),
        (
            {"format": 1, "stacks": [FLEET_STACK], "attendees": {"a": "workshop-fleet-09"}},
            r"attendees\.a: names 'workshop-fleet-09', which stacks lacks",
        ),
        ({"stacks": [FLEET_STACK]}, r"format: missing; expected a whole number"),
    ],
)
def test_fails_when_the_lock_is_not_one_main_wrote_naming_the_field(data, message):
    with pytest.raises(LockError, match=rf"^roster\.txt\.lock\.json: {message}"):
        parse_lock(_lock_node(data))


def test_a_lock_renders_and_reads_back_the_same():
    lock = arrange(_roster(400), None, None).lock
    assert parse_lock(_lock_node(json.loads(lock.render()))) == FleetLock(lock.stacks, lock.placed)


# --- main.py keeps the lock beside the roster ---------------------------------------------------

sys.path.insert(0, str(REPO))
import main  # noqa: E402


def test_main_writes_the_lock_and_grows_from_it(tmp_path, capsys):
    roster_file = tmp_path / "roster.txt"
    roster_file.write_text(big_roster_text(140))
    assert main.main(["--attendees", str(roster_file), "--outdir", str(tmp_path / "out")]) == 0
    lock = tmp_path / "roster.txt.lock.json"
    assert set(json.loads(lock.read_text())["attendees"].values()) == {FLEET_STACK}
    capsys.readouterr()
    roster_file.write_text(big_roster_text(151))
    assert main.main(["--attendees", str(roster_file), "--outdir", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert (
        "fleet stacks: newcomers only: workshop-fleet +10, workshop-fleet-01 +1 (new stack)" in err
    )
    assert "stays put" in err
    placed = json.loads(lock.read_text())["attendees"]
    assert Counter(placed.values()) == {FLEET_STACK: 150, "workshop-fleet-01": 1}


@pytest.mark.parametrize(
    "text", ["[" * 100_000 + "]" * 100_000, '{"format": 1, "stacks": 3}', "not json", "{}"]
)
def test_a_file_in_the_locks_place_that_is_no_lock_is_refused_and_kept(text, tmp_path, capsys):
    roster_file = tmp_path / "roster.txt"
    roster_file.write_text("ada@example.com\n")
    lock = tmp_path / "roster.txt.lock.json"
    lock.write_text(text)
    code = main.main(["--attendees", str(roster_file), "--outdir", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 2 and "roster.txt.lock.json: " in err and "nothing was written" in err
    assert "Traceback" not in err
    assert lock.read_text() == text and not (tmp_path / "out").exists()


# --- real plans: the state of the smaller workshop, the configuration of the larger -----------


def _terraform_env(tmp_path: Path) -> dict[str, str]:
    if not TFCHECK.exists():
        pytest.skip(f"tfcheck not found at {TFCHECK}")
    env = clock.real(os.environ)
    exports = subprocess.run(
        [str(TFCHECK), "env", str(tmp_path / "tfstub")],
        capture_output=True, text=True, env=env, check=True, timeout=600,
    ).stdout  # fmt: skip
    for line in exports.splitlines():
        for assignment in line.removeprefix("export ").split():
            name, _, value = assignment.partition("=")
            env[name] = value
    data = tmp_path / "data-values.json"
    data.write_text(json.dumps(serving_endpoints_data(**{DEFAULT_CLAUDE_MODEL: "ep-1"})))
    env["TFCHECK_DATA_VALUES"] = str(data)
    return env


def _terraform(stack: Path, env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        ["terraform", f"-chdir={stack}", *args, "-no-color"],
        capture_output=True, text=True, env=env, check=False, timeout=1200,
    )  # fmt: skip
    assert result.returncode == 0, f"terraform {args[0]} in {stack.name}:\n{result.stderr[-3000:]}"
    return result.stdout


FAST = ("-parallelism=64",)
"""The stub provider answers at once: more calls at a time only save waiting."""


def _apply(stack: Path, env: dict[str, str]) -> None:
    _terraform(stack, env, "init", "-input=false")
    _terraform(stack, env, "apply", "-input=false", "-auto-approve", "-refresh=false", *FAST)


def _planned_changes(stack: Path, env: dict[str, str]) -> dict[tuple[str, str], list[str]]:
    """(actions, resource type) -> addresses, of every change but no-op."""
    _terraform(stack, env, "init", "-input=false")
    _terraform(stack, env, "plan", "-input=false", "-refresh=false", "-out=growth.plan", *FAST)
    shown = json.loads(_terraform(stack, env, "show", "-json", "growth.plan"))
    changes: dict[tuple[str, str], list[str]] = {}
    for change in shown.get("resource_changes", []):
        actions = "+".join(change["change"]["actions"])
        if actions != "no-op":
            changes.setdefault((actions, change["type"]), []).append(change["address"])
    return changes


SHARED_UPDATES = {
    ("update", "databricks_permissions"): [
        "databricks_permissions.model_endpoint",
        "databricks_permissions.policy",
    ],
    ("update", "databricks_instance_pool"): ["databricks_instance_pool.workshop"],
}
"""The only in-place updates growth may plan: the access lists that name every attendee (the
policy's, the model endpoint's) and the pool, whose capacity follows the roster."""


def _synthesize(project: Path, count: int) -> dict[str, bytes]:
    """main.py on a roster of ``count`` (the same file, grown): each workshop stack's JSON."""
    (project / "roster.txt").write_text(big_roster_text(count))
    result = subprocess.run(
        [sys.executable, str(REPO / "main.py"), "--attendees", "roster.txt"],
        cwd=project, capture_output=True, text=True, check=False, timeout=1200,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    stacks = project / "cdktf.out" / "stacks"
    return {
        p.name: (p / "cdk.tf.json").read_bytes()
        for p in sorted(stacks.iterdir())
        if p.name.startswith("workshop-")
    }


def _touched(before: int, after: int) -> set[str]:
    """The stacks growth changes: the pool's and the shared access lists', and those the
    newcomers go to (the others are asserted byte for byte unchanged)."""
    grown = arrange(_roster(after), None, arrange(_roster(before), None, None).lock)
    grants = {s.replace("workshop-fleet", "workshop-shared") for s in grown.added}
    return {FLEET_STACK, "workshop-shared", *grown.added, *grants}


@pytest.mark.terraform
@pytest.mark.parametrize(("before", "after"), GROWTHS)
def test_growth_plans_only_the_newcomers_resources(before, after, tmp_path):
    """Apply the smaller workshop (the stacks growth touches), synthesize the larger from the
    same roster file and its lock, and plan every stack: creations for the newcomers, in-place
    updates of the shared access lists and the pool, nothing destroyed or replaced; every
    other stack is unchanged byte for byte, so its plan is empty."""
    project = tmp_path / "project"
    project.mkdir()
    env = _terraform_env(tmp_path)
    stacks = project / "cdktf.out" / "stacks"
    deployed = _synthesize(project, before)
    touched = _touched(before, after)
    with ThreadPoolExecutor(2) as pool:
        list(pool.map(lambda name: _apply(stacks / name, env), sorted(touched & set(deployed))))
    grown = _synthesize(project, after)
    assert set(deployed) <= set(grown)
    for name in set(deployed) - touched:
        assert grown[name] == deployed[name], f"{name} changed, so it needs a plan"
    planned = sorted(touched & set(grown))
    with ThreadPoolExecutor(2) as pool:
        plans = list(pool.map(lambda n: _planned_changes(stacks / n, env), planned))
    changes: dict[tuple[str, str], list[str]] = {}
    for plan in plans:
        for kind, addresses in plan.items():
            changes.setdefault(kind, []).extend(addresses)
    actions = {kind[0] for kind in changes}
    assert actions <= {"create", "update"}, {k: v[:3] for k, v in changes.items()}
    updates = {kind: sorted(a) for kind, a in changes.items() if kind[0] == "update"}
    assert updates == SHARED_UPDATES
    newcomers = {a.key for a in _roster(after)} - {a.key for a in _roster(before)}
    created = Counter(kind[1] for kind, a in changes.items() for _ in a if kind[0] == "create")
    assert created == {
        "databricks_cluster": len(newcomers),
        "databricks_permissions": len(newcomers),
        "databricks_grant": 3 * len(newcomers),
    }
    keys = {
        a.split('["')[1].rstrip('"]') for k, v in changes.items() if k[0] == "create" for a in v
    }
    assert keys == newcomers
