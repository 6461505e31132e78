"""The Databricks MCP servers with the real Claude Code: registered by the init script, listed
by ``claude mcp list``, and reached over streamable HTTP on the fake workspace with the
workspace's token (from claude-mcp-headers-helper); no other host is contacted.

Two nodes: one whose servers are registered for the user (allowed by URL in a managed
drop-in), one whose cluster locks them (managed-mcp.json: the only servers). On each, the user
has added a server of their own on the other host, handing it the same headers helper: no
managed list names it, so it is not loaded, and it would get no token. A third node's admin
policy keeps an allowlist of MCP servers that names none of them: the node's allowlist drop-in
lets the Databricks servers in (Claude Code joins the lists of managed-settings.d), the user's
own server stays out.
"""

from __future__ import annotations

import json
import shutil

import pytest

from coding_assistants import facts, policy
from tests.real_client import node
from tests.real_client.conftest import Timer
from tests.real_client.runs import REPLY, ROUTE, Run, leaked, run_claude
from tests.shell.sandbox import CLI_TOKEN, TOKEN, Sandbox

pytestmark = pytest.mark.real_client

SERVERS = {"CLAUDE_MCP_SQL": "true", "CLAUDE_MCP_GENIE_SPACES": "01efa1b2c3d4e5f6"}
PATHS = {
    "databricks-sql": "/api/2.0/mcp/sql",
    "genie-01efa1b2c3d4e5f6": "/api/2.0/mcp/genie/01efa1b2c3d4e5f6",
}
TOOLS = {"mcp__databricks-sql__sql_tool", "mcp__genie-01efa1b2c3d4e5f6__genie_tool"}
THEIRS = "theirs"
"""The user's own server, on the other host, with the node's headers helper."""


def add_users_server(box: Sandbox) -> None:
    state_file = box.home / ".claude.json"
    state = json.loads(state_file.read_text())
    state.setdefault("mcpServers", {})[THEIRS] = {
        "type": "http",
        "url": f"{node.OTHER_HOST}/api/2.0/mcp/sql",
        "headersHelper": str(box.bin / "claude-mcp-headers-helper"),
    }
    state_file.write_text(json.dumps(state))


def provisioned(tmp_path_factory, real_tools, claude_exe, tls, label: str, env: dict) -> Sandbox:
    with Timer(f"init script with the real Claude Code (mcp, {label})"):
        base = tmp_path_factory.mktemp(f"mcp-{label}")
        box = node.provision(base, real_tools, claude_exe, tls.ca_cert, env)
    add_users_server(box)
    return box


LISTING = ("claude", "mcp", "list")


def steps(box: Sandbox, ca_cert) -> list:
    return [
        node.helper_step("list", box, "non-login", ca_cert, LISTING, box.home),
        node.claude_step("prompt", box, "non-login", ca_cert, "Say hello"),
    ]


@pytest.fixture(scope="module")
def open_node(tmp_path_factory, real_tools, claude_exe, tls) -> tuple[Sandbox, dict[str, Run]]:
    box = provisioned(tmp_path_factory, real_tools, claude_exe, tls, "open", SERVERS)
    work = tmp_path_factory.mktemp("mcp-open-runs")
    return box, run_claude(box, tls, work, steps(box, tls.ca_cert))


@pytest.fixture(scope="module")
def locked_node(tmp_path_factory, real_tools, claude_exe, tls) -> tuple[Sandbox, dict[str, Run]]:
    env = {**SERVERS, "CLAUDE_MCP_LOCKED": "true"}
    box = provisioned(tmp_path_factory, real_tools, claude_exe, tls, "locked", env)
    work = tmp_path_factory.mktemp("mcp-locked-runs")
    return box, run_claude(box, tls, work, steps(box, tls.ca_cert))


NODES = ("open_node", "locked_node")


def mcp_requests(run: Run) -> list[dict]:
    return [r for r in run.workspace if r["path"].startswith("/api/2.0/mcp/")]


@pytest.mark.parametrize("which", NODES)
def test_claude_mcp_list_shows_the_databricks_servers_connected(request, which):
    _, runs = request.getfixturevalue(which)
    out = runs["list"].outcome
    assert out.returncode == 0, out.stderr
    for name, path in PATHS.items():
        assert f"{name}: {node.WORKSPACE}{path} (HTTP) - ✔ Connected" in out.stdout, out.stdout


@pytest.mark.parametrize("which", NODES)
@pytest.mark.parametrize("step", ["list", "prompt"])
def test_mcp_servers_get_initialize_and_tools_list_with_the_workspace_token(request, which, step):
    _, runs = request.getfixturevalue(which)
    calls = mcp_requests(runs[step])
    for path in PATHS.values():
        methods = [r["mcp_method"] for r in calls if r["path"] == path and r["method"] == "POST"]
        assert "initialize" in methods and "tools/list" in methods, (path, methods)
    assert calls and all(r["token_in_authorization"] for r in calls)
    assert {r["authorization"] for r in calls} == {f"Bearer {node.token_of('non-login')[:4]}****"}


@pytest.mark.parametrize("which", NODES)
def test_mcp_tools_reach_the_model_through_the_workspace_route(request, which):
    _, runs = request.getfixturevalue(which)
    run = runs["prompt"]
    assert run.outcome.returncode == 0, run.outcome.stderr
    assert REPLY in run.outcome.stdout
    (message,) = [r for r in run.workspace if r["path"] == ROUTE]
    offered = {t for t in message["tools"] if t.startswith("mcp__")}
    assert offered >= TOOLS
    assert not any(THEIRS in t for t in offered)


@pytest.mark.parametrize("which", NODES)
@pytest.mark.parametrize("step", ["list", "prompt"])
def test_mcp_no_token_reaches_another_host(request, which, step):
    """The user's own server on the other host asks the node's headers helper for the token
    and is refused: whatever reaches that host carries no token."""
    _, runs = request.getfixturevalue(which)
    assert runs[step].carrying_token() == []


def test_mcp_open_node_loads_the_users_own_server_only_when_a_managed_list_names_it(open_node):
    """Not locked: the Databricks servers load through the node's allowlist drop-in; the
    user's own server is named by no managed list, so it is not even contacted."""
    _, runs = open_node
    assert THEIRS not in runs["list"].outcome.stdout
    assert runs["list"].other == [] and runs["prompt"].other == []


def test_mcp_locked_node_loads_no_other_server(locked_node):
    """Locked: only the Databricks servers load; the other host is never contacted."""
    _, runs = locked_node
    assert THEIRS not in runs["list"].outcome.stdout
    assert runs["list"].other == [] and runs["prompt"].other == []


@pytest.mark.parametrize("which", NODES)
def test_mcp_token_shows_in_no_output_and_no_file(request, which):
    box, runs = request.getfixturevalue(which)
    seen = "".join(r.outcome.stdout + r.outcome.stderr for r in runs.values())
    for secret in (TOKEN, CLI_TOKEN):
        assert not leaked(seen + box.text_everywhere(), secret)


@pytest.fixture(scope="module")
def allowlisted_node(
    tmp_path_factory, real_tools, claude_exe, tls
) -> tuple[Sandbox, dict[str, Run]]:
    only = {"allowedMcpServers": [{"serverName": "approved"}]}
    env = {**SERVERS, "CLAUDE_POLICY": policy.encode(only)}
    box = provisioned(tmp_path_factory, real_tools, claude_exe, tls, "allowlisted", env)
    work = tmp_path_factory.mktemp("mcp-allowlisted-runs")
    runs = run_claude(box, tls, work, steps(box, tls.ca_cert)[:1])
    without = work / "etc"  # the control: the node's /etc minus the allowlist drop-in
    shutil.copytree(box.root / "etc", without)
    (without / facts.MCP_ALLOW_DROP_IN.removeprefix("/etc/")).unlink()
    step = node.helper_step("control", box, "non-login", tls.ca_cert, LISTING, box.home)
    runs.update(run_claude(box, tls, work, [step], etc=without))
    return box, runs


def test_mcp_servers_pass_an_admins_allowlist_through_the_nodes_drop_in(allowlisted_node):
    _, runs = allowlisted_node
    out = runs["list"].outcome.stdout
    for name, path in PATHS.items():
        assert f"{name}: {node.WORKSPACE}{path} (HTTP) - ✔ Connected" in out, out
    assert THEIRS not in out  # the admin's list does not name the user's own server
    assert runs["list"].other == []


def test_control_without_the_drop_in_the_admins_mcp_allowlist_blocks_them(allowlisted_node):
    """What the drop-in is for: without it, the admin's list keeps the servers out."""
    _, runs = allowlisted_node
    out = runs["control"].outcome.stdout
    assert all(name not in out for name in PATHS), out
    assert mcp_requests(runs["control"]) == []
