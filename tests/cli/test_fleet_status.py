"""``coding-assistants status`` against the fake fleet: every attendee's cluster from the
workspace APIs alone (list and events), the reason of each failure and wait, a bounded cost per
refresh, live refreshes until stopped, and the JSON and CSV forms."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coding_assistants.cli.core.api import WorkspaceApi
from coding_assistants.cli.core.deadline import Deadline
from coding_assistants.cli.core.output import Console
from coding_assistants.cli.services.fleet_watch import EVENT_BUDGET, FleetWatch
from coding_assistants.cli.services.workshop import load_workshop
from tests.cli.fake_fleet import EVENTS, QUOTA_MESSAGE, FakeFleetWorkspace, fleet, shape
from tests.cli.fake_workspace import CANARY_TOKEN, leaked

LIST = "/api/2.1/clusters/list"
MIX = {
    "ada@example.com": "ready",
    "bob@example.com": "starting",
    "cy@example.com": "init_failed",
    "dee@example.com": "quota",
    "eve@example.com": "idle",
    "fay@example.com": "spot_lost",
    "gus@example.com": "ready",
}


@pytest.fixture(scope="module")
def server():
    fake = FakeFleetWorkspace().start()
    yield fake
    fake.stop()


@pytest.fixture
def mixed(workspace):
    fleet(workspace, MIX)
    return workspace


@pytest.fixture
def roster(tmp_path) -> Path:
    path = tmp_path / "roster.txt"
    path.write_text("\n".join([*MIX, "late@example.com"]) + "\n")
    return path


def _rows(out: str) -> dict[str, list[str]]:
    """Table rows by attendee: the cells split on two or more spaces."""
    import re

    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("ATTENDEE"))
    rows = {}
    for line in lines[start + 1 :]:
        if "@" not in line.split("  ")[0]:
            break
        cells = re.split(r" {2,}", line)
        rows[cells[0]] = cells[1:]
    return rows


def test_fleet_status_reports_ready_starting_failed_and_quota_blocked(mixed, cli, roster):
    code, out, err = cli("status", "--once", "--attendees", str(roster))

    assert code == 1, err  # an init script failed
    rows = _rows(out)
    assert rows["ada@example.com"][:3] == ["ready", "RUNNING", "ok 58 s"]
    assert rows["bob@example.com"][:3] == ["starting", "PENDING", "running"]
    assert rows["cy@example.com"][:3] == ["failed", "TERMINATED", "FAILED_EXECUTION"]
    assert rows["cy@example.com"][-1] == (
        "init script FAILED_EXECUTION after 31 s: Script exit status is non-zero"
    )
    assert rows["dee@example.com"][:2] == ["blocked", "PENDING"]
    assert rows["dee@example.com"][-1].startswith(
        "waiting for a VM (quota): AZURE_QUOTA_EXCEEDED_EXCEPTION: Operation could not be"
    )
    assert rows["eve@example.com"][0] == "not started"
    assert rows["eve@example.com"][-1] == "stopped after its idle time"
    assert rows["fay@example.com"][0] == "failed"
    assert rows["fay@example.com"][-1] == "SPOT_INSTANCE_TERMINATION"
    assert rows["late@example.com"][:2] == ["no cluster", "-"]
    # What needs the facilitator comes first, ready last.
    assert list(rows)[:2] == ["cy@example.com", "fay@example.com"]
    assert list(rows)[-2:] == ["ada@example.com", "gus@example.com"]
    assert (
        "8 attendees: 2 ready, 1 starting, 1 blocked (quota 1), 2 failed (init script 1, "
        "spot loss 1), 1 not started, 1 no cluster"
    ) in out
    assert "[########----------------------] 25% ready" in out
    # Only workspace reads: the list and the events; no cluster was started or touched.
    assert {p for p in mixed.paths() if p.startswith("/api/")} == {LIST, EVENTS}
    assert not mixed.bodies("/api/1.2/contexts/create")


def test_fleet_status_json_and_csv_forms(mixed, cli, roster):
    code, out, _ = cli("status", "--json", "--attendees", str(roster))

    assert code == 1
    document = json.loads(out)
    assert document["summary"] == {
        "attendees": 8,
        "ready": 2,
        "starting": 1,
        "blocked": 1,
        "failed": 2,
        "not started": 1,
        "no cluster": 1,
        "failed_causes": {"init script": 1, "spot loss": 1},
        "blocked_causes": {"quota": 1},
    }
    by_email = {a["email"]: a for a in document["attendees"]}
    assert by_email["cy@example.com"]["init_script"] == "FAILED_EXECUTION"
    assert by_email["cy@example.com"]["init_seconds"] == 31
    assert by_email["dee@example.com"]["cause"] == "quota"
    assert QUOTA_MESSAGE in by_email["dee@example.com"]["why"]
    assert by_email["ada@example.com"]["last_activity"].endswith("Z")

    code, out, _ = cli("status", "--csv", "--attendees", str(roster))

    records = list(csv.DictReader(io.StringIO(out)))
    assert [r["email"] for r in records] == [*MIX, "late@example.com"]  # roster order
    assert records[0]["status"] == "ready" and records[0]["init_seconds"] == "58"


def test_fleet_status_without_a_roster_lists_each_cluster_of_the_workshop(mixed, cli):
    mixed.clusters[0]["custom_tags"]["Workshop"] = "another-workshop"

    _, out, _ = cli("status", "--once")

    assert "ada@example.com" not in _rows(out)
    assert sorted(_rows(out)) == sorted(set(MIX) - {"ada@example.com"})
    assert "6 attendees:" in out


def test_fleet_status_finds_nothing_and_names_the_file_it_needs(mixed, cli, tmp_path):
    settings = tmp_path / "workshop.json"
    settings.write_text(json.dumps({"workshop_name": "spring", "cluster_name_prefix": "ccw"}))

    code, _, err = cli("status", "--once", "--workshop-file", str(settings))

    assert code == 1
    assert "no cluster tagged Workshop=spring with an Attendee tag" in err
    assert f"the workshop file {settings}" in err

    mixed.clusters.clear()
    code, _, err = cli("status", "--once")

    assert code == 1
    assert "the default workshop_name 'claude-code-workshop' (no --workshop-file" in err


def test_fleet_status_reads_the_workshop_name_from_the_file(workspace, cli, tmp_path):
    fleet(workspace, {"ada@example.com": "ready"}, workshop="spring", prefix="ccw")
    settings = tmp_path / "workshop.json"
    settings.write_text(json.dumps({"workshop_name": "spring", "cluster_name_prefix": "ccw"}))

    code, out, err = cli("status", "--once", "--workshop-file", str(settings))

    assert code == 0, err
    assert _rows(out)["ada@example.com"][0] == "ready"


def _watch(api_url: str, workshop, budget: int = EVENT_BUDGET) -> FleetWatch:
    api = WorkspaceApi(api_url, {"Authorization": f"Bearer {CANARY_TOKEN}"}, Deadline(60))
    return FleetWatch(api, Console(), workshop, timeout=60, budget=budget)


def test_fleet_status_refresh_costs_the_list_and_the_changed_clusters_only(workspace, server):
    emails = {f"a{i:04d}@example.com": "ready" for i in range(1000)}
    fleet(workspace, emails)
    watch = _watch(server.url, load_workshop(None))

    first = watch.refresh()
    assert first.requests == 10 + EVENT_BUDGET  # 10 pages of 100, then the budget of events
    assert first.events_waiting == 1000 - EVENT_BUDGET
    assert all(r.phase == "ready" for r in first.rows)

    for _ in range(30):  # the rest arrive over later refreshes, a budget at a time
        if not watch.refresh().events_waiting:
            break
    steady = watch.refresh()
    assert (steady.requests, steady.events_read) == (10, 0)

    cluster = workspace.clusters[500]
    cluster.update(state="RESTARTING", last_restarted_time=int(time.time() * 1000))
    changed = watch.refresh()

    assert (changed.requests, changed.events_read) == (11, 1)
    assert [r.email for r in changed.rows if r.phase != "ready"] == ["a0500@example.com"]


def test_fleet_status_honours_rate_limits_and_says_so(mixed, cli):
    mixed.rate_limit = (4, 1.0)

    code, out, err = cli("status", "--once", "--timeout", "30")

    assert code == 1, err  # still a complete answer: the failed clusters are there
    assert "7 attendees: 2 ready" in out
    assert "slowed down" in out
    assert mixed.paths().count(EVENTS) > 5  # some 429s, each retried after its Retry-After


def test_fleet_status_a_failed_event_read_is_retried_next_refresh(workspace, server):
    fleet(workspace, {"ada@example.com": "init_failed"})
    workspace.retry_after[EVENTS] = ("", 1)  # a 429 without Retry-After: not retried at once
    watch = _watch(server.url, load_workshop(None))

    first = watch.refresh()
    second = watch.refresh()

    assert (first.events_read, first.events_waiting) == (0, 1)
    assert first.rows[0].phase == "failed" and first.rows[0].init is None
    assert second.events_read == 1
    assert second.rows[0].why.startswith("init script FAILED_EXECUTION")


def test_fleet_status_events_come_from_the_current_run_only(workspace, cli):
    fleet(workspace, {"ada@example.com": "ready"})
    cid = workspace.clusters[0]["cluster_id"]
    older_failure = shape(dict(workspace.clusters[0]), "init_failed")
    for event in older_failure:  # an earlier run, before this run's CREATING
        event["timestamp"] -= 3_600_000
    workspace.events[cid] = older_failure + workspace.events[cid]

    _, out, _ = cli("status", "--once")

    assert _rows(out)["ada@example.com"][:3] == ["ready", "RUNNING", "ok 58 s"]


def test_fleet_status_pages_through_events_the_server_caps(workspace, cli):
    fleet(workspace, {"ada@example.com": "init_failed"})
    cid = workspace.clusters[0]["cluster_id"]
    workspace.event_page_cap = 2  # the failure is on the second page, newest first

    _, out, _ = cli("status", "--once")

    assert _rows(out)["ada@example.com"][2] == "FAILED_EXECUTION"
    assert [b.get("page_token") is not None for b in workspace.bodies(EVENTS)] == [False, True]
    assert all(b["cluster_id"] == cid and b["order"] == "DESC" for b in workspace.bodies(EVENTS))


def test_fleet_status_table_fits_the_terminal(mixed, cli, monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")

    _, out, _ = cli("status", "--once")

    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 100
    dee = next(i for i, line in enumerate(lines) if line.startswith("dee@example.com"))
    assert lines[dee].split() == ["dee@example.com", "blocked", "PENDING", "-", "5", "min", "ago"]
    assert lines[dee + 1].startswith("    waiting for a VM (quota): AZURE_QUOTA_EXCEEDED_EXCEPTION")


def test_fleet_status_fake_speaks_the_sdk_events_shape(mixed, server):
    """The SDK's own paging (limit/offset, following next_page) reads every event of a
    cluster from the fake, so the fake's answers are the shape the SDK expects."""
    from databricks.sdk import WorkspaceClient

    client = WorkspaceClient(host=server.url, token=CANARY_TOKEN)
    cid = mixed.clusters[0]["cluster_id"]
    mixed.events[cid] *= 30  # 120 events: three pages of the SDK's 50

    events = list(client.clusters.events(cluster_id=cid))

    assert len(events) == 120
    assert events[0].type.value in ("RUNNING", "INIT_SCRIPTS_FINISHED")
    finished = next(e for e in events if e.type.value == "INIT_SCRIPTS_FINISHED")
    assert finished.details.init_scripts.cluster[0].status.value == "SUCCEEDED"
    assert finished.details.init_scripts.cluster[0].execution_duration_seconds == 58


def test_fleet_status_refreshes_until_stopped(mixed, server, tmp_path, monkeypatch):
    env = {
        **os.environ,
        "DATABRICKS_HOST": server.url,
        "DATABRICKS_TOKEN": CANARY_TOKEN,
        "DATABRICKS_CONFIG_FILE": str(tmp_path / "cfg"),
        "HOME": str(tmp_path),
        "PYTHONUNBUFFERED": "1",
    }
    command = [sys.executable, "-m", "coding_assistants.cli.main", "status", "--interval", "0.2"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        seen = _read_until(process, "% ready;")
        bob = mixed.clusters[1]
        mixed.events[bob["cluster_id"]] = shape(bob, "ready")  # bob's cluster comes up
        seen += _read_until(process, "bob@example.com: starting -> ready")
    finally:
        process.send_signal(signal.SIGINT)
        rest, err = process.communicate(timeout=30)
    out = seen + rest.decode()

    assert "bob@example.com: starting -> ready (init script ok 58 s)" in out
    assert out.rstrip().endswith("Stopped.")
    assert process.returncode == 1  # cy's init script failed
    assert not leaked(CANARY_TOKEN, out + err.decode())


def _read_until(process: subprocess.Popen, marker: str, seconds: float = 60) -> str:
    """Lines of the process's output up to and including the one holding ``marker``."""
    assert process.stdout is not None
    seen, end = "", time.monotonic() + seconds
    while time.monotonic() < end:
        line = process.stdout.readline().decode()
        seen += line
        if marker in line or not line:
            break
    assert marker in seen, seen
    return seen
