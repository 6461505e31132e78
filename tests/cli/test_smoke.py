"""``coding-assistants smoke`` against the fake workspace: check-claude through the command
execution API, one row per cluster, stopped clusters skipped, one deadline for all."""

from __future__ import annotations

import pytest

from coding_assistants.cli.commands import smoke
from coding_assistants.cli.services import check_run
from tests.cli.fake_pool_and_commands import FakePoolAndCommandWorkspace
from tests.cli.fake_workspace import CANARY_TOKEN, cluster

CREATE, DESTROY = "/api/1.2/contexts/create", "/api/1.2/contexts/destroy"
EXECUTE, LIST = "/api/1.2/commands/execute", "/api/2.1/clusters/list"


@pytest.fixture(scope="module")
def server():
    fake = FakePoolAndCommandWorkspace().start()
    yield fake
    fake.stop()


@pytest.fixture
def fleet(workspace, monkeypatch):
    monkeypatch.setattr(check_run, "POLL_SECONDS", 0.05)
    workspace.clusters = [
        cluster("c-ada", "claude-code-workshop-ada", Workshop="claude-code-workshop", Attendee="a"),
        cluster("c-bob", "claude-code-workshop-bob", Workshop="claude-code-workshop", Attendee="b"),
        cluster(
            "c-eve", "claude-code-workshop-eve", "TERMINATED", Workshop="claude-code-workshop",
            Attendee="e",
        ),
        cluster("c-x", "claude-code-workshop-x", Workshop="another-workshop", Attendee="x"),
        cluster("c-test", "facilitator-test", Workshop="claude-code-workshop"),
    ]  # fmt: skip
    workspace.outcomes = {
        "c-ada": {"exit": 0, "output": "check-claude: ready"},
        "c-bob": {"exit": 1, "output": "FAIL claude not on PATH"},
    }
    return workspace


def test_smoke_all_tabulates_every_attendee_cluster_of_the_workshop(fleet, cli):
    code, out, err = cli("smoke", "--all")
    assert code == 1, err  # bob's check failed
    lines = out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("CLUSTER"))
    assert lines[header].split() == ["CLUSTER", "STATE", "RESULT"]
    rows = lines[header + 1 : header + 4]
    assert "claude-code-workshop-ada (c-ada)" in rows[0]
    assert rows[0].endswith("ready: check-claude: ready")
    assert rows[1].endswith("not ready (exit 1): FAIL claude not on PATH")
    assert "TERMINATED" in rows[2] and "skipped: not running" in rows[2]
    assert "c-x" not in out and "facilitator-test" not in out  # other workshop; no Attendee tag
    assert "1 ready, 1 failed, 1 skipped (not running), 0 not checkable" in out
    # The stopped cluster is never started, and every context made is destroyed again.
    assert sorted(b["clusterId"] for b in fleet.bodies(CREATE)) == ["c-ada", "c-bob"]
    assert not fleet.contexts
    assert "/api/2.1/clusters/start" not in fleet.paths()


def test_smoke_runs_check_claude_in_python_on_the_driver(fleet, cli):
    code, _, err = cli("smoke", "--cluster", "c-ada")
    assert code == 0, err
    [execute] = fleet.bodies("/api/1.2/commands/execute")
    assert execute["language"] == "python"
    assert "/usr/local/bin/check-claude" in execute["command"]


def test_smoke_stops_waiting_at_the_deadline(fleet, cli):
    fleet.outcomes["c-ada"] = {"hang": True}
    code, out, _ = cli("smoke", "--cluster", "c-ada", "--timeout", "0.3")
    assert code == 1
    assert "timed out running check-claude" in out
    assert not fleet.contexts  # destroyed even after a timeout


def test_smoke_counts_a_refused_dedicated_cluster_as_not_checkable(fleet, cli):
    fleet.outcomes["c-ada"] = {
        "refuse": "Single-user check failed: user facilitator@example.com attempted to run a "
        "command on single-user cluster c-ada, but the single user of this cluster is ada"
    }
    code, out, err = cli("smoke", "--cluster", "c-ada", "--verbose")
    assert code == 1  # nothing could be checked
    assert "not checked: dedicated to another user" in out
    assert "0 ready, 0 failed, 0 skipped (not running), 1 not checkable" in out
    assert "no cluster was checked" in err


def test_smoke_all_never_tries_the_attendees_own_clusters(fleet, cli):
    for entry in fleet.clusters:
        entry["single_user_name"] = entry["cluster_name"].rsplit("-", 1)[1] + "@example.com"
    fleet.clusters[0]["single_user_name"] = "Facilitator@example.com"  # the caller's own
    fleet.clusters[2]["termination_reason"] = {"code": "INACTIVITY", "type": "SUCCESS"}
    fleet.clusters[2]["single_user_name"] = "facilitator@example.com"

    code, out, err = cli("smoke", "--all")

    assert code == 0, err
    assert [b["clusterId"] for b in fleet.bodies(CREATE)] == ["c-ada"]
    assert "1 ready, 0 failed, 1 skipped (not running), 1 not checkable" in out
    assert "c-bob" not in out  # counted, listed only with --verbose
    assert "skipped: not running (stopped after its idle time); smoke never starts" in out
    assert "`coding-assistants status` shows how they stand" in out

    _, out, _ = cli("smoke", "--all", "--verbose")

    assert "not checked: dedicated to bob@example.com, who alone can run commands on it" in out


def test_smoke_shows_which_limit_rate_limited_the_model(fleet, cli):
    fleet.outcomes["c-bob"] = {
        "exit": 1,
        "output": "Endpoint\n  FAIL  the model is rate limited (429) by the AI Gateway's limit "
        "per user: raise gateway_user_queries_per_minute\n\n1 problem(s), 0 warning(s)",
    }

    code, out, _ = cli("smoke", "--all")

    assert code == 1
    bob = next(line for line in out.splitlines() if "(c-bob)" in line)
    assert (
        "not ready (exit 1): FAIL the model is rate limited (429) by the AI Gateway's limit" in bob
    )
    assert "raise gateway_user_queries_per_minute" in bob


def test_fails_without_cluster_or_all(cli):
    code, _, err = cli("smoke")
    assert code == 2
    assert "give --cluster ID or --all" in err


def test_smoke_says_when_no_cluster_matches(fleet, cli, tmp_path):
    code, _, err = cli("smoke", "--all", "--workshop", "spring")
    assert code == 1
    assert "no cluster tagged Workshop=spring with an Attendee tag" in err

    fleet.clusters.clear()
    code, _, err = cli("smoke", "--all")
    assert code == 1
    assert "the default workshop_name 'claude-code-workshop' (no --workshop-file" in err


def test_smoke_all_reads_the_workshop_file(fleet, cli, tmp_path):
    settings = tmp_path / "workshop.json"
    settings.write_text('{"workshop_name": "another-workshop", "cluster_name_prefix": "ccw"}')

    code, _, err = cli("smoke", "--all", "--workshop-file", str(settings))

    assert code == 0, err
    assert [b["clusterId"] for b in fleet.bodies(CREATE)] == ["c-x"]


def test_fails_when_the_cluster_cannot_be_read(fleet, cli):
    code, _, err = cli("smoke", "--cluster", "c-none")
    assert code == 1
    assert "cannot read the cluster 'c-none': HTTP 400: INVALID_PARAMETER_VALUE" in err
    assert not fleet.bodies(CREATE)


# --- a hostile or overloaded workspace ----------------------------------------------------------


def test_masks_the_token_echoed_by_a_refusal_and_printed_by_the_check(fleet, cli):
    fleet.outcomes["c-ada"] = {"refuse": "single-user cluster: not yours"}
    fleet.outcomes["c-bob"] = {"exit": 1, "output": f"FAIL token {CANARY_TOKEN[:-2]} refused"}
    fleet.echo = f"(request token {CANARY_TOKEN[:16]} / ...{CANARY_TOKEN[-10:]})"

    code, out, _ = cli("smoke", "--all", "--verbose")

    assert code == 1
    assert "not checked: dedicated to another user (HTTP 403: PERMISSION_DENIED: single-user" in out
    assert "(request token dapi**** / ...****)" in out
    assert "not ready (exit 1): FAIL token dapi**** refused" in out


def test_stops_on_a_repeated_page_token(fleet, cli):
    fleet.page_tokens = "repeat"

    code, _, err = cli("smoke", "--all", "--timeout", "2")

    assert code == 1
    assert "cannot list the clusters: the workspace sent the page token 'again' twice" in err
    assert fleet.paths().count(LIST) == 2
    assert not fleet.bodies(CREATE)


def test_stops_after_the_page_limit(fleet, cli):
    fleet.page_tokens = "endless"

    code, _, err = cli("smoke", "--all", "--timeout", "10")

    assert code == 1
    assert f"cannot list the clusters: stopped after {smoke.MAX_PAGES} pages" in err
    assert fleet.paths().count(LIST) == smoke.MAX_PAGES
    assert not fleet.bodies(CREATE)


def test_reports_a_retry_after_beyond_the_deadline(fleet, cli):
    fleet.retry_after[LIST] = ("60", 5)

    code, _, err = cli("smoke", "--all", "--timeout", "1")

    assert code == 1
    assert "rate limited: the workspace asked to wait 60 s, beyond --timeout 1 s" in err
    assert fleet.paths().count(LIST) == 1


def test_hanging_context_creations_share_one_deadline(fleet, cli):
    fleet.hang_seconds[CREATE] = 5.0  # ends early, when the next test resets the state

    code, out, _ = cli("smoke", "--all", "--timeout", "1")

    assert code == 1
    rows = [line for line in out.splitlines() if "connected, but no answer" in line]
    assert len(rows) == 2 and all("within --timeout 1 s" in row for row in rows)
    assert "0 ready, 2 failed, 1 skipped (not running)" in out
    assert not fleet.bodies(EXECUTE)


def test_a_malformed_cluster_row_is_named_and_the_others_still_checked(fleet, cli):
    fleet.clusters.append({**cluster("c-zed", "claude-code-workshop-zed"), "custom_tags": [1]})
    code, out, err = cli("smoke", "--all")
    assert code == 1, err  # bob's check failed, as before
    assert "1 row(s) of the cluster listing are malformed and were not checked" in out
    assert "custom_tags: expected an object" in out
    assert "1 ready, 1 failed, 1 skipped (not running)" in out
    assert "unexpected" not in out + err and "internal error" not in out + err
