"""The commands against a hostile or overloaded workspace: nothing leaked, every wait bounded,
and the messages say what really happened. The ``cli`` fixture asserts no piece of the canary
token (5 characters or more) is printed, on any path."""

from __future__ import annotations

import pytest

from coding_assistants.cli.core.api import WorkspaceApi
from coding_assistants.cli.core.deadline import Deadline
from coding_assistants.cli.services.clusters import MAX_PAGES
from tests.cli.fake_workspace import CANARY_TOKEN, cluster, leaked
from tests.cli.test_preflight import MODEL, _table

ME = "/api/2.0/preview/scim/v2/Me"
LIST = "/api/2.1/clusters/list"
DELETE = "/api/2.1/clusters/permanent-delete"
PREFIX = "claude-code-workshop-"
WORKSHOP = "claude-code-workshop"


@pytest.fixture
def ready(workspace, databricks_cli):
    databricks_cli()
    return workspace


# --- nothing leaked ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "echo",
    [
        f"token {CANARY_TOKEN[:20]}... refused",
        f"token ...{CANARY_TOKEN[-12:]} refused",
        f"{'x' * 140} token {CANARY_TOKEN} refused",  # cut for display right across the token
        f"{CANARY_TOKEN[:12]}|{CANARY_TOKEN[8:30]}|{CANARY_TOKEN}",
    ],
    ids=["prefix", "tail", "beyond-the-cut", "many"],
)
def test_preflight_masks_pieces_of_the_token_in_error_bodies(cli, ready, echo):
    ready.me_status = 403
    ready.echo = echo

    code, out, _ = cli("preflight", "--timeout", "1")

    assert code == 1
    status, rest = _table(out)["workspace"]
    assert status == "FAIL"
    assert rest.startswith("403: PERMISSION_DENIED: token dapi**** lacks access")


def test_cleanup_masks_the_token_echoed_by_a_failed_delete(cli, workspace):
    workspace.clusters = [cluster("0101-ada", f"{PREFIX}ada", Workshop=WORKSHOP)]
    workspace.delete_failures["0101-ada"] = (403, "PERMISSION_DENIED", "not yours")
    workspace.echo = f"(request token {CANARY_TOKEN[:16]} / {CANARY_TOKEN[-10:]})"

    code, out, _ = cli("cleanup", "--execute", "--timeout", "2")

    assert code == 1
    assert f"  FAIL  0101-ada  {PREFIX}ada: PERMISSION_DENIED: not yours" in out
    assert "dapi****" in out


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (f"[DEFAULT]\nhost = {{url}}\n{CANARY_TOKEN}\n", "line 3 not of the form `key = value`"),
        (f"{CANARY_TOKEN}\n[DEFAULT]\nhost = {{url}}\n", "line 1 comes before any [profile]"),
    ],
    ids=["line-without-equals", "before-any-header"],
)
def test_preflight_reports_a_malformed_config_file_without_quoting_it(
    cli, ready, monkeypatch, tmp_path, server, text, line
):
    monkeypatch.delenv("DATABRICKS_HOST")
    monkeypatch.delenv("DATABRICKS_TOKEN")
    (tmp_path / "databrickscfg").write_text(text.format(url=server.url))

    code, out, _ = cli("preflight", "--timeout", "1")

    assert code == 1
    status, rest = _table(out)["credentials"]
    assert status == "FAIL"
    assert line in rest
    assert "dapi" not in out


def test_main_masks_an_unexpected_exception_and_exits_1(cli, ready, monkeypatch):
    def explode() -> None:
        raise RuntimeError(f"header Authorization: Bearer {CANARY_TOKEN[:-2]} rejected")

    monkeypatch.setattr("coding_assistants.cli.commands.preflight.check_cli", explode)

    code, _, err = cli("preflight", "--timeout", "1")

    assert code == 1
    line = "error: internal error: RuntimeError: header Authorization: Bearer dapi**** rejected"
    assert err == line + "\n"


def test_preflight_masks_a_partial_token_in_an_sdk_exception(cli, ready, monkeypatch):
    def refuse(self):
        raise ValueError(f"cannot use token {CANARY_TOKEN[:-3]}")

    monkeypatch.setattr("databricks.sdk.core.Config.authenticate", refuse)

    code, out, _ = cli("preflight", "--timeout", "1")

    assert code == 1
    assert "cannot use token dapi****" in _table(out)["credentials"][1]


@pytest.mark.parametrize(
    "secret",
    [CANARY_TOKEN, "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl", "dose0a9f7b"],
    ids=["pat", "oauth", "short"],
)
def test_preflight_masks_a_profile_secret_quoted_before_the_credentials_are_read(
    cli, ready, monkeypatch, tmp_path, secret
):
    """The SDK may quote a secret of the configuration file before it hands the credentials
    over (say, a token given as the profile's name): every profile's secrets are masked first."""
    monkeypatch.delenv("DATABRICKS_TOKEN")
    (tmp_path / "databrickscfg").write_text(
        "[DEFAULT]\nhost = https://example.invalid\n"
        f"[other]\ntoken = {secret}\n[m2m]\nclient_secret = {secret}x\n"
    )

    def quote(options):
        raise ValueError(f"profile {secret} and {secret}x: not usable")

    monkeypatch.setattr("coding_assistants.cli.core.workspace._read_config", quote)

    code, out, _ = cli("preflight", "--timeout", "1")

    assert code == 1
    detail = _table(out)["credentials"][1]
    assert f"profile {secret[:4]}**** and {secret[:4]}****: not usable" in detail
    assert not leaked(secret, out)


def test_preflight_never_follows_a_redirect_with_the_token(cli, ready):
    ready.redirect_to[ME] = "http://127.0.0.2:9/collect"

    code, out, _ = cli("preflight", "--timeout", "1")

    assert code == 1
    status, rest = _table(out)["workspace"]
    assert status == "FAIL"
    assert rest.startswith("HTTP 302: redirected to http://127.0.0.2:9/collect, not followed")
    assert ready.paths().count(ME) == 1


# --- every wait bounded --------------------------------------------------------------------------


def test_preflight_reports_a_retry_after_beyond_the_deadline(cli, ready):
    ready.retry_after[ME] = ("60", 5)

    code, out, _ = cli("preflight", "--timeout", "1")

    assert code == 1
    status, rest = _table(out)["workspace"]
    assert status == "FAIL"
    assert rest.startswith("rate limited: the workspace asked to wait 60 s, beyond --timeout 1 s")
    assert "VPN" not in rest
    assert ready.paths().count(ME) == 1


def test_preflight_reports_a_workspace_that_drips_its_answer(cli, ready):
    ready.drip[ME] = 0.1  # a 60-byte answer takes 6 s; a per-read timeout would never fire

    code, out, _ = cli("preflight", "--timeout", "1")

    assert code == 1
    status, rest = _table(out)["workspace"]
    assert status == "FAIL"
    assert rest.startswith("answered HTTP 200, but the reply was incomplete at --timeout 1 s")
    assert "VPN" not in rest
    assert _table(out)["model endpoint"] == ("SKIP", "skipped: the workspace did not answer")


def test_preflight_deadline_covers_the_endpoint_probes_together(cli, ready):
    ready.drip["/serving-endpoints/anthropic/invocations"] = 0.1

    code, out, _ = cli("preflight", "--timeout", "1.5")

    assert code == 1
    status, rest = _table(out)["serving endpoint"]
    assert status == "FAIL"
    assert rest.startswith("anthropic: answered HTTP 400, but the reply was incomplete at")
    assert "not called: --timeout 1.5 s had passed" in _table(out)["messages API"][1]


def test_cleanup_reports_a_hanging_delete_at_the_deadline(cli, workspace):
    workspace.clusters = [
        cluster("0101-ada", f"{PREFIX}ada", Workshop=WORKSHOP),
        cluster("0101-bob", f"{PREFIX}bob", Workshop=WORKSHOP),
    ]
    workspace.hang_seconds[DELETE] = 5.0  # ends early, when the next test resets the state

    code, out, _ = cli("cleanup", "--execute", "--timeout", "1")

    assert code == 1
    results = [line for line in out.splitlines() if line.startswith("  FAIL")]
    assert len(results) == 2
    for line in results:
        assert "connected, but no answer within --timeout 1 s" in line
        assert "it may or may not be done: run cleanup again to see" in line
    assert "0 done, 2 failed, 0 skipped." in out


def test_cleanup_stops_on_a_repeated_page_token(cli, workspace):
    workspace.clusters = [cluster(f"0101-{n}", f"{PREFIX}{n}") for n in range(5)]
    workspace.page_tokens = "repeat"

    code, _, err = cli("cleanup", "--execute", "--timeout", "2")

    assert code == 1
    assert "cannot list the clusters: the workspace sent the page token 'again' twice" in err
    assert workspace.paths("POST") == []
    assert workspace.paths("GET").count(LIST) == 2


def test_cleanup_stops_after_the_page_limit(cli, workspace):
    workspace.clusters = [cluster("0101-ada", f"{PREFIX}ada")]
    workspace.page_tokens = "endless"

    code, _, err = cli("cleanup", "--execute", "--timeout", "10")

    assert code == 1
    assert f"cannot list the clusters: stopped after {MAX_PAGES} pages" in err
    assert "kept sending page tokens; nothing was changed" in err
    assert workspace.paths("POST") == []
    assert workspace.paths("GET").count(LIST) == MAX_PAGES


def test_api_waits_for_a_retry_after_that_fits(server, workspace):
    workspace.retry_after[ME] = ("0", 2)
    api = WorkspaceApi(server.url, {"Authorization": f"Bearer {CANARY_TOKEN}"}, Deadline(2))

    reply = api.call("GET", ME)

    assert reply.status == 200
    assert workspace.paths().count(ME) == 3


def test_cleanup_says_a_closed_port_refused_rather_than_slow_credentials(
    cli, workspace, monkeypatch
):
    import socket

    with socket.socket() as probe:  # a port of this machine that nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("DATABRICKS_HOST", f"http://127.0.0.1:{port}")

    code, _, err = cli("cleanup", "--timeout", "6")

    assert code == 1
    assert f"cannot connect to http://127.0.0.1:{port}" in err
    assert "VPN" in err and "reading the credentials" not in err


@pytest.mark.parametrize("header", ["soon", "10 s", "nan", "Mon, 99 Foo 2026 25:61:00 GMT"])
def test_preflight_reports_an_unreadable_retry_after_as_the_429_it_came_with(cli, ready, header):
    ready.retry_after[ME] = (header, 5)

    code, out, _ = cli("preflight", "--timeout", "3")

    assert code == 1
    status, rest = _table(out)["workspace"]
    assert status == "FAIL"
    assert rest.startswith("HTTP 429: REQUEST_LIMIT_EXCEEDED: slow down"), rest
    assert ready.paths().count(ME) == 1, "not retried: the wait it asks for is unknown"


# --- model endpoint ------------------------------------------------------------------------------


def test_preflight_names_the_identity_that_may_not_see_the_model(cli, ready):
    ready.forbidden_endpoints.add(MODEL)

    code, out, _ = cli("preflight", "--timeout", "1")

    assert code == 1
    status, rest = _table(out)["model endpoint"]
    assert status == "FAIL"
    assert f"{MODEL}: 403, facilitator@example.com may not see or query it" in rest
    assert f"grant facilitator@example.com (and the attendees) CAN QUERY on {MODEL}" in rest
    assert f"/api/2.0/serving-endpoints/{MODEL}" in ready.paths("GET")


def test_preflight_says_when_the_model_endpoint_does_not_exist(cli, ready):
    ready.models.clear()

    code, out, _ = cli("preflight", "--timeout", "1")

    assert code == 1
    status, rest = _table(out)["model endpoint"]
    assert status == "FAIL"
    assert f"{MODEL}: 404, no serving endpoint of that name" in rest
    assert "databricks serving-endpoints list" in rest
