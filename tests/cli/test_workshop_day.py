"""The facilitator guide's timeline, pasted and run, for 1,000 attendees and one workshop file.

Every command of the guide's timeline table is taken from docs/facilitator-guide.md as it is
written and run in order: each ``coding-assistants`` line by the installed console script
against the fake workspace (1,000 clusters, paged lists, SCIM, events, pools, grants); ``make
synth`` by ``main.py`` with the same arguments; ``cdktf deploy`` and ``cdktf destroy`` by what
they leave in the workspace and the state files (``fleet_deploy``). Between the steps the world
moves as on a real day: users are missing two weeks before, the facilitator's own cluster is
started, attendees' clusters start, fail and wait for quota while ``status`` watches.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli.conftest import STUB_CLI
from tests.cli.fake_fleet import shape
from tests.cli.fake_workspace import CANARY_TOKEN, leaked
from tests.cli.fleet_deploy import deploy, deploy_shared, destroy_fleet, synthesize
from tests.conftest import EXAMPLES, REPO

GUIDE = REPO / "docs" / "facilitator-guide.md"
SCRIPT = Path(sys.executable).parent / "coding-assistants"
ME = "facilitator@example.com"
ATTENDEES = 1000
MISSING = 24
PLACEHOLDER = re.compile(r"<[a-z ]+>")
"""A value the guide cannot know (a SQL warehouse's id, a date): such a line is not run."""
NOT_RUN = [
    "coding-assistants report --workshop-file workshop.json --warehouse <id>",
    "coding-assistants report --workshop-file workshop.json --warehouse <id> --day <date> "
    "--attendees roster.txt --hours 4 --csv day.csv --html day.html",
]
"""The timeline's lines with a placeholder: ``report`` needs a SQL warehouse of the workspace
(its own tests run it against a fake Statement Execution API)."""


def timeline() -> list[tuple[str, list[str]]]:
    """The timeline's steps: each table row's label and its commands, in order."""
    text = GUIDE.read_text().split("<!-- BEGIN timeline -->")[1].split("<!-- END timeline -->")[0]
    steps = []
    for row in text.splitlines():
        if row.startswith("| ") and not row.startswith(("| step", "|---")):
            label, cell = row.strip("| ").split(" | ", 1)
            commands = re.findall(r"`([^`]+)`", cell)
            runnable = [
                c for c in commands if c.startswith(("coding-assistants ", "make ", "cdktf "))
            ]
            if runnable:
                steps.append((label, runnable))
    return steps


@pytest.fixture
def day(workspace, server, tmp_path, monkeypatch):
    """The project directory: the workshop file (the example's settings, with the pool sized
    by the roster) and a roster of 1,000, the facilitator on it; the fake workspace knows all
    but ``MISSING`` of them. A Databricks CLI 0.270 stub comes first on PATH."""
    stubs = tmp_path / "bin"
    stubs.mkdir()
    (stubs / "databricks").write_text(STUB_CLI.format(output="Databricks CLI v0.270.0", code=0))
    (stubs / "databricks").chmod(0o755)
    monkeypatch.setenv("PATH", f"{stubs}{os.pathsep}{os.environ['PATH']}")
    settings = json.loads((EXAMPLES / "workshop.json").read_text())
    del settings["pool_max_capacity"]  # one VM per attendee plus the headroom
    emails = [ME, *(f"attendee{n:04d}@example.com" for n in range(1, ATTENDEES))]
    project = tmp_path / "project"
    project.mkdir()
    (project / "workshop.json").write_text(json.dumps(settings, indent=2))
    (project / "roster.txt").write_text("\n".join(emails) + "\n")
    (project / "test-roster.txt").write_text(f"{ME}\nco-host@example.com\n")
    workspace.users = {e: True for e in [*emails[:-MISSING], "co-host@example.com"]}
    workspace.grants, workspace.policies, workspace.acls = {}, [], {}
    workspace.gateways = {settings["claude_model"]: {}}  # the model's endpoint, no limits yet
    workspace.max_page_size = 100  # the cluster list's pages, as the real API sends them
    return project, settings, emails


def _env(server_url: str, home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CODING_ASSISTANTS_")}
    return {
        **env,
        "DATABRICKS_HOST": server_url,
        "DATABRICKS_TOKEN": CANARY_TOKEN,
        "HOME": str(home),
        "DATABRICKS_CONFIG_FILE": str(home / "cfg"),
        "PYTHONUNBUFFERED": "1",
    }


def _run(command: str, project: Path, env: dict[str, str]) -> tuple[int, str, str]:
    argv = shlex.split(command)
    done = subprocess.run(
        [str(SCRIPT), *argv[1:]], cwd=project, env=env, capture_output=True, text=True, timeout=600
    )
    assert not leaked(CANARY_TOKEN, done.stdout + done.stderr)
    return done.returncode, done.stdout, done.stderr


def _watch(command: str, project: Path, env: dict[str, str], until: str) -> tuple[int, str]:
    """Run the live ``status`` until its summary reads ``until`` (or every waiting cluster's
    events are read), then stop it as a person does (Ctrl-C)."""
    argv = [str(SCRIPT), *shlex.split(command)[1:]]
    process = subprocess.Popen(argv, cwd=project, env=env, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    seen, end = "", time.monotonic() + 300
    while time.monotonic() < end:
        line = process.stdout.readline()
        seen += line
        if not line or until in line or ("% ready;" in line and "next time" not in line):
            break
    process.send_signal(signal.SIGINT)
    rest, _ = process.communicate(timeout=60)
    return process.returncode, seen + rest


def _synth(command: str, project: Path) -> Path:
    """``make synth ATTENDEES=... WORKSHOP_FILE=...`` as main.py runs it."""
    args = dict(a.split("=", 1) for a in shlex.split(command)[2:])
    return synthesize(project, roster=args["ATTENDEES"], workshop=args["WORKSHOP_FILE"])


def _the_day_begins(workspace) -> dict[str, str]:
    """Attendees connect: most clusters start and run, some still start, some init scripts
    fail, some wait for a quota; the facilitator's own cluster runs."""
    kinds = {}
    for number, cluster in enumerate(workspace.clusters):
        email = cluster["single_user_name"]
        kind = "ready" if number % 10 < 6 or email == ME else "starting"
        kind = {7: "init_failed", 8: "quota"}.get(number % 50, kind) if email != ME else kind
        kind = "idle" if number % 10 == 9 and kind == "starting" else kind
        workspace.events[cluster["cluster_id"]] = shape(cluster, kind)
        kinds[email] = kind
    return kinds


def test_the_workshop_day_runs_as_the_guide_says(day, workspace, server, tmp_path):
    project, settings, _ = day
    env = _env(server.url, tmp_path)
    stacks = project / "cdktf.out" / "stacks"
    results: list[tuple[str, int, str, str]] = []
    kinds: dict[str, str] = {}
    steps = timeline()
    assert len(steps) >= 18, steps
    placeholders = [c for _, commands in steps for c in commands if PLACEHOLDER.search(c)]
    assert placeholders == NOT_RUN
    for label, commands in steps:
        if label == "a late attendee":  # "add the line to roster.txt"
            with (project / "roster.txt").open("a") as roster:
                roster.write("late@example.com\n")
        for command in commands:
            if command in NOT_RUN:
                continue
            if command.startswith("make synth"):
                stacks = _synth(command, project)
            elif command.startswith("cdktf deploy"):
                deploy(stacks, "https://adb-1.azuredatabricks.net", workspace)
                roster = (project / _roster_of(stacks)).read_text().split()
                deploy_shared(workspace, settings, roster, ME)
            elif command.startswith("cdktf destroy"):
                destroy_fleet(stacks, workspace, settings["workshop_name"])
            elif command.startswith("coding-assistants status"):
                kinds = _the_day_begins(workspace)
                code, out = _watch(command, project, env, _summary(kinds))
                results.append((command, code, out, ""))
            else:
                if command.startswith("coding-assistants smoke"):  # you start your cluster
                    mine = next(c for c in workspace.clusters if c["single_user_name"] == ME)
                    workspace.events[mine["cluster_id"]] = shape(mine, "ready")
                results.append((command, *_run(command, project, env)))
    _check(results, workspace, project, kinds)


def _roster_of(stacks: Path) -> str:
    """The roster the last synthesis used (the test's or the real one)."""
    fleet = json.loads((stacks / "workshop-fleet" / "cdk.tf.json").read_text())
    capacity = fleet["resource"]["databricks_instance_pool"]["workshop"]["max_capacity"]
    return "test-roster.txt" if capacity < 100 else "roster.txt"


def _summary(kinds: dict[str, str]) -> str:
    """The status summary of a fleet whose clusters are ``kinds`` (email -> kind)."""
    n = {
        k: sum(v == k for v in kinds.values())
        for k in ("ready", "starting", "quota", "init_failed", "idle")
    }
    return (
        f"{len(kinds)} attendees: {n['ready']} ready, {n['starting']} starting, {n['quota']} "
        f"blocked (quota {n['quota']}), {n['init_failed']} failed (init script "
        f"{n['init_failed']}), {n['idle']} not started"
    )


def _check(results, workspace, project: Path, kinds: dict[str, str]) -> None:
    by_command: dict[str, list[tuple[int, str, str]]] = {}
    for command, code, out, err in results:
        by_command.setdefault(command.split(" --")[0], []).append((code, out, err))
    preflights = by_command["coding-assistants preflight"]
    code, out, _ = preflights[0]
    assert code == 1 and f"Attendees who cannot log in ({MISSING}):" in out
    assert all(code == 0 for code, _, _ in preflights[1:]), preflights[1][1]
    adds = by_command["coding-assistants users add"]
    assert adds[0][0] == 0 and "Dry run: nothing was changed" in adds[0][1]
    assert adds[1][0] == 0 and f"{MISSING} done, 0 failed." in adds[1][1]
    show, apply = (
        by_command["coding-assistants gateway show"] + by_command["coding-assistants gateway apply"]
    )
    assert show[0] == 0 and apply[0] == 0, (show, apply)
    assert workspace.gateways["databricks-claude-sonnet-4-6"]["usage_tracking_config"] == {
        "enabled": True
    }
    cost = by_command["coding-assistants cost"][0]
    assert cost[0] == 0 and "Standard_DS4_v2" in cost[1]
    smokes = by_command["coding-assistants smoke"]
    assert all(code == 0 for code, _, _ in smokes), smokes
    assert "1 ready, 0 failed, 0 skipped (not running), 999 not checkable" in smokes[-1][1]
    handouts = by_command["coding-assistants handout"]
    assert [code for code, _, _ in handouts] == [0, 0, 0], handouts
    assert "Wrote 2 handouts" in handouts[0][1] and "Wrote 1000 handouts" in handouts[1][1]
    assert "Wrote 1001 handouts" in handouts[2][1]  # the late attendee's too
    assert len(list((project / "handouts").glob("*.md"))) == ATTENDEES + 1
    warm = by_command["coding-assistants pool warm"][0]
    assert warm[0] == 0 and "Warm: 1005 idle VMs." in warm[1], warm
    code, out, _ = by_command["coding-assistants status"][0]
    assert code == 1  # some init scripts failed
    assert _summary(kinds) in out
    assert "1000 attendees: 600 ready, 260 starting, 20 blocked (quota 20), 20 failed" in out
    assert out.rstrip().endswith("Stopped.")
    assert by_command["coding-assistants pool cool"][0][0] == 0
    dry, execute = by_command["coding-assistants cleanup"]
    assert dry[0] == 0 and "would remove 1000 attendees" in dry[1], dry
    assert execute[0] == 0, execute
    for held in workspace.grants.values():  # every attendee's grant is gone, others' stay
        assert {p for p, privileges in held.items() if privileges} == {"data-team"}
