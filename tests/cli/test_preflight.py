"""``coding-assistants preflight`` against the fake workspace: every row of the check table."""

from __future__ import annotations

import json
import re
import socket

import pytest

from coding_assistants.cli.commands import preflight
from coding_assistants.cli.core.api import WorkspaceApi
from coding_assistants.cli.core.deadline import Deadline
from coding_assistants.cli.core.output import Console
from coding_assistants.facts import DEFAULT_CLAUDE_MODEL
from tests.cli.fake_workspace import CANARY_TOKEN

TIMEOUT = "2"
"""The whole command's deadline in the tests that expect no wait: roomy on a busy machine."""
CHECKS = (
    "credentials",
    "workspace",
    "model endpoint",
    "serving endpoint",
    "messages API",
    "node type",
    "runtime",
    "databricks CLI",
    "roster",
    "attendees",
    "capacity",
)
MODEL = DEFAULT_CLAUDE_MODEL
MESSAGES = "/serving-endpoints/anthropic/v1/messages"


def _table(out: str) -> dict[str, tuple[str, str]]:
    """Rows of the check table by check name: (status, rest of the line)."""
    rows = {}
    for line in out.splitlines():
        match = re.match(rf"({'|'.join(CHECKS)})\s+(OK|FAIL|SKIP|WARN)\s+(.*)", line)
        if match:
            rows[match[1]] = (match[2], match[3])
    return rows


def _statuses(out: str) -> dict[str, str]:
    return {name: status for name, (status, _) in _table(out).items()}


@pytest.fixture
def roster(tmp_path):
    path = tmp_path / "attendees.txt"
    path.write_text("# attendees\n\nada@example.com\nbob@example.com\n")
    return path


def test_preflight_passes_every_check(cli, workspace, databricks_cli, roster):
    databricks_cli("Databricks CLI v0.270.0")

    code, out, _ = cli("preflight", "--attendees", str(roster), "--timeout", TIMEOUT)

    assert code == 0
    assert _statuses(out) == {
        "credentials": "OK",
        "workspace": "OK",
        "model endpoint": "OK",
        "serving endpoint": "OK",
        "messages API": "OK",
        "node type": "OK",
        "runtime": "OK",
        "databricks CLI": "OK",
        "roster": "OK",
        "attendees": "OK",
        "capacity": "WARN",
    }
    rows = _table(out)
    assert "token dapi**** from DATABRICKS_TOKEN" in rows["credentials"][1]
    assert "signed in as facilitator@example.com" in rows["workspace"][1]
    assert "anthropic: reachable (400" in rows["serving endpoint"][1]
    assert f"anthropic/v1/messages, model {MODEL}: reachable (400" in rows["messages API"][1]
    assert "0.270.0" in rows["databricks CLI"][1]
    assert "2 attendees, keys unique" in rows["roster"][1]
    assert f"{MODEL}: exists (READY)" in rows["model endpoint"][1]
    assert "all 2 are active users of the workspace" in rows["attendees"][1]
    assert rows["node type"][1] == "Standard_DS3_v2: 4 cores, 14 GB"  # the workshop default
    assert rows["runtime"][1] == "17.3.x-cpu-ml-scala2.13: offered"
    assert "no limit known for the endpoint" in rows["capacity"][1]
    assert out.rstrip().endswith("10 OK, 0 FAIL, 0 SKIP, 1 WARN: ready, but read the WARN row.")


def test_preflight_probes_the_invocations_url_with_the_token(cli, workspace, databricks_cli):
    databricks_cli()
    workspace.endpoints["claude-sonnet"] = 200
    workspace.messages_routes["claude-sonnet"] = 200

    code, out, _ = cli("preflight", "--endpoint", "claude-sonnet", "--timeout", TIMEOUT)

    assert code == 0
    assert "/serving-endpoints/claude-sonnet/invocations" in workspace.paths("POST")
    assert _table(out)["serving endpoint"] == ("OK", "claude-sonnet: answers (200)")
    assert _table(out)["roster"] == ("SKIP", "no --attendees FILE given")


@pytest.mark.parametrize(
    ("status", "detail", "fix"),
    [
        (401, "401, the token was refused", "databricks auth login"),
        (403, "403, no permission to query it", "CAN QUERY"),
        (404, "404, no endpoint of that name", "--endpoint NAME"),
        (429, "429, rate limited by the workspace's queries", "provisioned-throughput endpoint"),
        (500, "unexpected HTTP 500", "state and events"),
    ],
)
def test_preflight_fails_when_the_endpoint_refuses(
    cli, workspace, databricks_cli, status, detail, fix
):
    databricks_cli()
    workspace.endpoints["anthropic"] = status

    code, out, _ = cli("preflight", "--timeout", TIMEOUT)

    assert code == 1
    row_status, rest = _table(out)["serving endpoint"]
    assert row_status == "FAIL"
    assert f"anthropic: {detail}" in rest
    assert fix in rest
    assert "7 OK, 1 FAIL, 3 SKIP" in out


def test_preflight_fails_when_the_endpoint_does_not_answer_in_time(cli, workspace, databricks_cli):
    """--timeout bounds the whole command: the slow endpoint uses it up, the next call says
    the deadline had passed instead of waiting again."""
    databricks_cli()
    workspace.endpoint_delay_seconds = 2.0

    code, out, _ = cli("preflight", "--timeout", "0.8")

    assert code == 1
    status, rest = _table(out)["serving endpoint"]
    assert status == "FAIL"
    assert "anthropic: connected, but no answer within --timeout 0.8 s" in rest
    assert "raise --timeout" in rest
    assert "VPN" not in rest
    status, rest = _table(out)["messages API"]
    assert status == "FAIL"
    assert f"model {MODEL}: not called: --timeout 0.8 s had passed" in rest
    assert MESSAGES not in workspace.paths("POST")


def test_preflight_fails_without_credentials(cli, workspace, databricks_cli, monkeypatch):
    databricks_cli()
    monkeypatch.delenv("DATABRICKS_HOST")
    monkeypatch.delenv("DATABRICKS_TOKEN")

    code, out, _ = cli("preflight", "--timeout", TIMEOUT)

    assert code == 1
    assert _statuses(out) == {
        "credentials": "FAIL",
        "workspace": "SKIP",
        "model endpoint": "SKIP",
        "serving endpoint": "SKIP",
        "messages API": "SKIP",
        "node type": "SKIP",
        "runtime": "SKIP",
        "databricks CLI": "OK",
        "roster": "SKIP",
        "attendees": "SKIP",
        "capacity": "SKIP",
    }
    rest = _table(out)["credentials"][1]
    assert "DATABRICKS_HOST unset, DATABRICKS_TOKEN unset, profile DEFAULT" in rest
    assert "databricks auth login" in rest
    assert workspace.requests == []


def test_preflight_reads_a_profile(cli, workspace, databricks_cli, monkeypatch, tmp_path, server):
    databricks_cli()
    monkeypatch.delenv("DATABRICKS_HOST")
    monkeypatch.delenv("DATABRICKS_TOKEN")
    (tmp_path / "databrickscfg").write_text(
        f"[workshop]\nhost = {server.url}\ntoken = {CANARY_TOKEN}\n"
    )

    code, out, _ = cli("preflight", "--profile", "workshop", "--timeout", TIMEOUT)

    assert code == 0
    assert "token dapi**** from profile workshop" in _table(out)["credentials"][1]


def test_preflight_fails_when_the_profile_is_missing(cli, workspace, databricks_cli, monkeypatch):
    databricks_cli()
    monkeypatch.delenv("DATABRICKS_HOST")
    monkeypatch.delenv("DATABRICKS_TOKEN")

    code, out, _ = cli("preflight", "--profile", "nope", "--timeout", TIMEOUT)

    assert code == 1
    assert "profile nope" in _table(out)["credentials"][1]


def test_preflight_fails_when_the_workspace_refuses_the_token(cli, workspace, databricks_cli):
    databricks_cli()
    workspace.me_status = 401

    code, out, _ = cli("preflight", "--timeout", TIMEOUT)

    assert code == 1
    status, rest = _table(out)["workspace"]
    assert (status, rest.split("  ")[0]) == ("FAIL", "401: the token was refused")
    assert _table(out)["serving endpoint"] == ("SKIP", "skipped: the workspace did not answer")
    assert _table(out)["messages API"] == ("SKIP", "skipped: the workspace did not answer")
    assert not [path for path in workspace.paths() if path.startswith("/serving-endpoints/")]


def test_preflight_masks_a_token_echoed_by_the_server(cli, workspace, databricks_cli):
    databricks_cli()
    workspace.me_status = 403

    code, out, _ = cli("preflight", "--timeout", TIMEOUT)

    assert code == 1
    status, rest = _table(out)["workspace"]
    assert status == "FAIL"
    assert "token dapi**** lacks access" in rest  # the cli fixture asserts the rest never shows


def test_preflight_reports_a_workspace_that_does_not_answer():
    with socket.socket() as closed:  # a port nobody listens on
        closed.bind(("127.0.0.1", 0))
        host = f"http://127.0.0.1:{closed.getsockname()[1]}"
    api = WorkspaceApi(host, {"Authorization": "Bearer x"}, Deadline(1.0))

    check, identity = preflight.check_workspace(api, Console())

    assert check.status == "FAIL"
    assert check.detail.startswith(f"cannot connect to {host}: ")
    assert "DATABRICKS_HOST" in check.fix
    assert identity == ""


def test_preflight_posts_a_messages_request_that_spends_no_tokens(cli, workspace, databricks_cli):
    databricks_cli()

    code, _, _ = cli("preflight", "--timeout", TIMEOUT)

    assert code == 0
    assert workspace.bodies(MESSAGES) == [{"model": MODEL, "max_tokens": 1, "messages": []}]
    assert workspace.paths("POST").count(MESSAGES) == 1


def test_preflight_asks_the_messages_route_for_the_given_model(cli, workspace, databricks_cli):
    databricks_cli()
    workspace.models.add("databricks-claude-opus-4-1")
    workspace.messages_routes["anthropic"] = 200

    code, out, _ = cli("preflight", "--model", "databricks-claude-opus-4-1", "--timeout", TIMEOUT)

    assert code == 0
    assert workspace.bodies(MESSAGES)[0]["model"] == "databricks-claude-opus-4-1"
    assert _table(out)["messages API"] == (
        "OK",
        "anthropic/v1/messages, model databricks-claude-opus-4-1: answers (200)",
    )


def test_preflight_fails_when_the_model_does_not_exist(cli, workspace, databricks_cli):
    databricks_cli()

    code, out, _ = cli("preflight", "--model", "databricks-claude-nope", "--timeout", TIMEOUT)

    assert code == 1
    assert _table(out)["serving endpoint"][0] == "OK"
    status, rest = _table(out)["messages API"]
    assert status == "FAIL"
    assert "model databricks-claude-nope: 404, no such route or model" in rest
    assert "does not exist in this workspace or region" in rest
    status, rest = _table(out)["model endpoint"]
    assert status == "FAIL"
    assert "databricks-claude-nope: 404, no serving endpoint of that name" in rest
    assert "6 OK, 2 FAIL, 3 SKIP" in out


@pytest.mark.parametrize(
    ("status", "detail", "fix"),
    [
        (401, "401, not allowed to query the model", f"CAN QUERY on the model endpoint {MODEL}"),
        (403, "403, not allowed to query the model", f"CAN QUERY on the model endpoint {MODEL}"),
        (404, "404, no such route or model", "does not exist in this workspace or region"),
        (429, "429, rate limited by the workspace's queries", "provisioned-throughput endpoint"),
        (500, "unexpected HTTP 500", "state and events"),
    ],
)
def test_preflight_fails_when_the_messages_route_refuses(
    cli, workspace, databricks_cli, status, detail, fix
):
    databricks_cli()
    if status == 404:
        del workspace.messages_routes["anthropic"]  # the route itself is missing
    else:
        workspace.messages_routes["anthropic"] = status

    code, out, _ = cli("preflight", "--timeout", TIMEOUT)

    assert code == 1
    assert _table(out)["serving endpoint"][0] == "OK"
    row_status, rest = _table(out)["messages API"]
    assert row_status == "FAIL"
    assert f"anthropic/v1/messages, model {MODEL}: {detail}" in rest
    assert fix in rest
    assert "7 OK, 1 FAIL, 3 SKIP" in out


def test_preflight_messages_route_answering_200_is_ok(cli, workspace, databricks_cli):
    databricks_cli()
    workspace.messages_routes["anthropic"] = 200

    code, out, _ = cli("preflight", "--timeout", TIMEOUT)

    assert code == 0
    assert _table(out)["messages API"] == (
        "OK",
        f"anthropic/v1/messages, model {MODEL}: answers (200)",
    )


@pytest.mark.parametrize("flag", ["--model", "--endpoint"])
def test_fails_when_the_model_or_endpoint_is_empty(cli, flag):
    code, _, err = cli("preflight", f"{flag}= ")

    assert code == 2
    assert f"argument {flag}: must not be empty" in err


@pytest.mark.parametrize(
    ("output", "code", "status", "detail"),
    [
        ("Databricks CLI v0.269.0", 0, "OK", "0.269.0 at "),
        ("Databricks CLI v1.2.3", 0, "OK", "1.2.3 at "),
        ("Databricks CLI v0.268.1", 0, "FAIL", "is older than 0.269"),
        ("Version 0.18.0", 0, "FAIL", "is the legacy Python CLI"),
        ("unexpected", 0, "FAIL", "--version said 'unexpected'"),
        ("Databricks CLI v0.270.0", 3, "FAIL", "--version said"),
    ],
)
def test_preflight_checks_the_databricks_cli_version(databricks_cli, output, code, status, detail):
    databricks_cli(output, code)

    check = preflight.check_cli()

    assert check.status == status
    assert detail in check.detail
    assert (check.fix == "") == (status == "OK")


def test_preflight_fails_when_the_databricks_cli_is_missing(cli, workspace, databricks_cli):
    # databricks_cli leaves PATH with only its (empty) stub directory
    code, out, _ = cli("preflight", "--timeout", TIMEOUT)

    assert code == 1
    status, rest = _table(out)["databricks CLI"]
    assert status == "FAIL"
    assert "`databricks` is not on PATH" in rest
    assert "install the Databricks CLI 0.269 or newer" in rest


def test_preflight_lists_every_roster_problem(cli, workspace, databricks_cli, tmp_path):
    databricks_cli()
    path = tmp_path / "attendees.txt"
    path.write_text("ada@example.com\nbob@\nADA@example.com\n")

    code, out, _ = cli("preflight", "--attendees", str(path), "--timeout", TIMEOUT)

    assert code == 1
    assert _table(out)["roster"][0] == "FAIL"
    assert f"{path}: 2 problems, listed below" in _table(out)["roster"][1]
    assert f"  {path}: line 2: 'bob@' is not a valid email" in out
    assert f"  {path}: line 3: ada@example.com is a duplicate of line 1" in out


def test_preflight_fails_when_the_roster_is_missing(cli, workspace, databricks_cli, tmp_path):
    databricks_cli()

    code, out, _ = cli("preflight", "--attendees", str(tmp_path / "no.txt"), "--timeout", TIMEOUT)

    assert code == 1
    assert "no.txt: file not found" in out


def test_fails_when_the_timeout_is_not_positive(cli):
    code, _, err = cli("preflight", "--timeout", "0")

    assert code == 2
    expected = "argument --timeout: must be a positive number of seconds, at most 604800, got '0'"
    assert expected in err
    code, _, err = cli("preflight", "--timeout", "1e10")  # the clocks would overflow
    assert code == 2 and "at most 604800, got '1e10'" in err


def test_console_masks_registered_secrets(capsys):
    console = Console()
    console.add_secret(CANARY_TOKEN)

    console.print(f"Authorization: Bearer {CANARY_TOKEN}")
    console.error(f"bad {CANARY_TOKEN}")

    out, err = capsys.readouterr()
    assert out == "Authorization: Bearer dapi****\n"
    assert err == "error: bad dapi****\n"


def test_preflight_names_the_identity_the_endpoint_refused(cli, workspace, databricks_cli):
    """A 403 from the invocations URL or the Messages route says who was tested, so the
    facilitator knows whose CAN_QUERY is missing."""
    databricks_cli()
    workspace.endpoints["anthropic"] = 403
    workspace.messages_routes["anthropic"] = 403

    code, out, _ = cli("preflight", "--timeout", TIMEOUT)

    assert code == 1
    for row in ("serving endpoint", "messages API"):
        status, rest = _table(out)[row]
        assert status == "FAIL"
        assert "tested as facilitator@example.com" in rest
        assert "grant facilitator@example.com and the attendees CAN QUERY" in rest


# --- the route and the workshop file -------------------------------------------------------

GATEWAY = "/ai-gateway/anthropic/v1/messages"
GATEWAY_MODEL = "system.ai.claude-sonnet-4-5"


def test_preflight_probes_the_ai_gateway_route_and_skips_the_endpoint_rows(
    cli, workspace, databricks_cli
):
    databricks_cli()
    workspace.gateway_status = 400

    code, out, _ = cli(
        "preflight", "--route", "ai-gateway", "--model", GATEWAY_MODEL, "--timeout", TIMEOUT
    )

    assert code == 0, out
    rows = _table(out)
    assert rows["messages API"][0] == "OK"
    assert rows["messages API"][1].startswith(
        f"ai-gateway/anthropic/v1/messages, model {GATEWAY_MODEL}"
    )
    assert rows["model endpoint"][0] == rows["serving endpoint"][0] == "SKIP"
    assert workspace.bodies(GATEWAY) == [{"model": GATEWAY_MODEL, "max_tokens": 1, "messages": []}]
    assert not [p for p in workspace.paths("POST") if p.startswith("/serving-endpoints/")]
    assert not [p for p in workspace.paths("GET") if "/serving-endpoints/" in p]


def test_preflight_on_the_ai_gateway_asks_for_the_model_the_node_asks_for(
    cli, workspace, databricks_cli
):
    databricks_cli()
    workspace.gateway_status = 400
    workspace.gateway_models = {"system.ai.claude-sonnet-4-6"}

    code, out, _ = cli("preflight", "--route", "ai-gateway", "--timeout", TIMEOUT)

    assert code == 0, out
    assert workspace.bodies(GATEWAY)[0]["model"] == "system.ai.claude-sonnet-4-6"


def test_preflight_on_a_workspace_without_the_ai_gateway_says_how_to_fix_it(
    cli, workspace, databricks_cli
):
    databricks_cli()  # gateway_status None: the preview is off, the route is 404

    code, out, _ = cli(
        "preflight", "--route", "ai-gateway", "--model", GATEWAY_MODEL, "--timeout", TIMEOUT
    )

    assert code == 1
    status, rest = _table(out)["messages API"]
    assert status == "FAIL" and "404, no such route or model" in rest
    assert "AI Gateway (Beta) is not enabled" in out and "--route serving-endpoints" in out


def _workshop_file(tmp_path, **settings):
    path = tmp_path / "workshop.json"
    path.write_text(json.dumps(settings))
    return path


def test_preflight_takes_model_endpoint_and_route_from_the_workshop_file(
    cli, workspace, databricks_cli, tmp_path, monkeypatch
):
    databricks_cli()
    workspace.gateway_status = 400
    path = _workshop_file(
        tmp_path,
        claude_api_route="ai-gateway",
        claude_model=GATEWAY_MODEL,
        serving_endpoint_query="none",
    )
    monkeypatch.setenv("CODING_ASSISTANTS_WORKSHOP_FILE", str(path))

    code, out, _ = cli("preflight", "--timeout", TIMEOUT)

    assert code == 0, out
    assert workspace.bodies(GATEWAY)[0]["model"] == GATEWAY_MODEL


def test_preflight_options_win_over_the_workshop_file(cli, workspace, databricks_cli, tmp_path):
    databricks_cli()
    workspace.endpoints["team-claude"] = 400
    workspace.messages_routes["team-claude"] = 400
    path = _workshop_file(tmp_path, claude_serving_endpoint="team-claude", claude_model="nope-x")

    code, out, _ = cli(
        "preflight", "--workshop-file", str(path), "--model", MODEL, "--timeout", TIMEOUT
    )

    assert code == 0, out
    assert workspace.bodies("/serving-endpoints/team-claude/v1/messages")[0]["model"] == MODEL
    assert "/serving-endpoints/team-claude/invocations" in workspace.paths("POST")


def test_preflight_checks_the_workshop_files_offline_bundle(
    cli, workspace, databricks_cli, tmp_path
):
    databricks_cli()
    bundle = "/Volumes/main/tools/offline/claude-2.1.332"
    path = _workshop_file(
        tmp_path,
        offline_bundle_path=bundle,
        offline_bundle_sha256="a" * 64,
        claude_code_version="2.1.332",
    )

    code, out, _ = cli("preflight", "--workshop-file", str(path), "--timeout", TIMEOUT)

    assert "offline bundle" in out and bundle in out
    assert code == 1  # the fake volume holds no bundle: the row fails, naming the path


def test_preflight_refuses_a_workshop_file_synthesis_would_refuse(cli, workspace, tmp_path):
    path = _workshop_file(tmp_path, claude_api_route="ai-gateway", claude_model="a b")

    code, _, err = cli("preflight", "--workshop-file", str(path))

    assert code == 2
    assert "claude_model: invalid format" in err
    assert "serving_endpoint_query: not possible with claude_api_route ai-gateway" in err
    assert workspace.requests == []
