"""The admin policy with the real Claude Code: a deny rule of claude_policy, written by the init
script as a drop-in of the managed settings, is honoured, and nothing a user or a repository
sets loosens it.

The fake workspace plays a model that asks to run ``cat secret.txt`` (a ``tool_use`` of Bash);
the request that follows carries what Claude Code made of it. Each way to allow that command
(the user's settings, a trusted repository's settings, ``--allowedTools``, ``--settings``) is
first shown to work on the same node with the policy's drop-in taken away (the controls), so
the refusal seen with the policy is the policy's doing.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from coding_assistants import facts, policy
from tests.real_client import node
from tests.real_client.conftest import Timer
from tests.real_client.runs import REPLY, ROUTE, Run, run_claude
from tests.shell.sandbox import Sandbox

pytestmark = pytest.mark.real_client

SECRET = "SECRET-CONTENT-7c1e"
RULE = "Bash(cat:*)"
POLICY = {
    "permissions": {"deny": [RULE], "disableBypassPermissionsMode": "disable"},
    "companyAnnouncements": ["Governed by the data platform's agent policy"],
}
ALLOW = {"permissions": {"allow": [RULE]}}
TOOL = ("Bash", json.dumps({"command": "cat secret.txt", "description": "Show the secret"}))
VECTORS = ("user", "project", "allowed-tools", "settings-flag")
"""Ways a user or a repository allows the command the policy denies."""


def project(box: Sandbox, name: str, settings: dict | None) -> Path:
    """A checked-out repository holding secret.txt (and ``settings`` as its
    .claude/settings.json), trusted as if its trust dialog had been accepted."""
    path = box.home / name
    (path / ".claude").mkdir(parents=True, exist_ok=True)
    (path / "secret.txt").write_text(SECRET + "\n")
    if settings is not None:
        (path / ".claude" / "settings.json").write_text(json.dumps(settings))
    state_file = box.home / ".claude.json"
    state = json.loads(state_file.read_text())
    state.setdefault("projects", {})[str(path)] = {"hasTrustDialogAccepted": True}
    state_file.write_text(json.dumps(state))
    return path


def loosening_step(box: Sandbox, vector: str, ca_cert: Path):
    """``claude -p`` in a repository, with the command allowed one way (``vector``)."""
    args: tuple[str, ...] = ()
    if vector == "project":
        cwd = project(box, "repo-allows", ALLOW)
    else:
        cwd = project(box, "repo-plain", None)
    if vector == "allowed-tools":
        args = ("--allowedTools", RULE)
    elif vector == "settings-flag":
        args = ("--settings", json.dumps(ALLOW))
    return node.claude_step(
        vector, box, "non-login", ca_cert, "Show secret.txt", args=args, cwd=cwd
    )


@pytest.fixture(scope="module")
def governed(tmp_path_factory, real_tools, claude_exe, tls) -> Sandbox:
    """A node whose cluster sets claude_policy, and whose user allows the command."""
    env = {"CLAUDE_POLICY": policy.encode(POLICY)}
    with Timer("init script with the real Claude Code (policy)"):
        base = tmp_path_factory.mktemp("policy-node")
        box = node.provision(base, real_tools, claude_exe, tls.ca_cert, env)
    user = json.loads(box.settings_file.read_text())
    user["permissions"] = ALLOW["permissions"]
    box.settings_file.write_text(json.dumps(user))
    return box


def drop_in(box: Sandbox) -> Path:
    return box.root / facts.POLICY_DROP_IN.lstrip("/")


@pytest.fixture(scope="module")
def runs(governed, tls, tmp_path_factory) -> dict[str, dict[str, Run]]:
    """Every vector with the policy, and again with the node's /etc minus the policy."""
    without = tmp_path_factory.mktemp("etc-without-policy") / "etc"
    shutil.copytree(governed.root / "etc", without)
    (without / drop_in(governed).relative_to(governed.root / "etc")).unlink()
    found = {}
    for label, etc in (("policy", governed.root / "etc"), ("control", without)):
        steps = [loosening_step(governed, v, tls.ca_cert) for v in VECTORS]
        work = tmp_path_factory.mktemp(f"{label}-runs")
        found[label] = run_claude(governed, tls, work, steps, etc=etc, tool=TOOL)
    return found


def results(run: Run) -> list[str]:
    """The tool results the requests after the tool use carried back."""
    return [text for request in run.workspace for text in request["tool_results"]]


def test_policy_is_the_managed_drop_in_the_cluster_set(governed):
    assert governed.status()["policy"][0] == "ok"
    assert json.loads(drop_in(governed).read_text()) == POLICY


@pytest.mark.parametrize("vector", VECTORS)
def test_control_without_the_policy_each_vector_allows_the_command(runs, vector):
    """The harness sees a loosening when there is one: the command ran, and its output went
    back to the model."""
    run = runs["control"][vector]
    assert run.outcome.returncode == 0, run.outcome.stderr
    (result,) = results(run)
    assert SECRET in result and not result.startswith("error: ")


@pytest.mark.parametrize("vector", VECTORS)
def test_policy_deny_rule_is_honoured_whatever_the_user_or_repository_allows(runs, vector):
    run = runs["policy"][vector]
    assert not run.outcome.timed_out
    assert run.outcome.returncode == 0, run.outcome.stderr
    assert REPLY in run.outcome.stdout
    (result,) = results(run)  # Claude Code's refusal is the next request's tool result
    assert result.startswith("error: ") and "denied" in result, result
    assert SECRET not in json.dumps(run.workspace) + run.outcome.stdout


@pytest.mark.parametrize("vector", VECTORS)
def test_policy_runs_keep_the_workspace_route(runs, vector):
    run = runs["policy"][vector]
    assert run.other == []
    assert {r["path"] for r in run.workspace} == {ROUTE}
    assert all(r["token_in_authorization"] for r in run.workspace)
    assert len(run.workspace) == 2  # the tool use, then the request carrying its result
