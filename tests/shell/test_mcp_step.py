"""The Databricks MCP servers on the node (the ``mcp`` step): registered for the user in
~/.claude.json, or, locked, as Claude Code's managed-mcp.json (then the only servers); each
authenticated by claude-mcp-headers-helper; an allowlist drop-in when another managed list
would block them; ours removed when the cluster no longer asks for them, nothing else touched."""

from __future__ import annotations

import json
from pathlib import Path

from coding_assistants import facts, policy
from tests.shell.sandbox import HOST, Sandbox

SERVERS = {
    "CLAUDE_MCP_SQL": "true",
    "CLAUDE_MCP_GENIE_SPACES": "01ef0123,abc9",
    "CLAUDE_MCP_UC_FUNCTIONS": "main.tools",
    "CLAUDE_MCP_VECTOR_SEARCH": "main.docs.docs_index,main.kb",
}
MCP = f"{HOST}/api/2.0/mcp"
URLS = {
    "databricks-sql": f"{MCP}/sql",
    "genie-01ef0123": f"{MCP}/genie/01ef0123",
    "genie-abc9": f"{MCP}/genie/abc9",
    "uc-functions-main-tools": f"{MCP}/functions/main/tools",
    "vector-search-main-docs-docs_index": f"{MCP}/vector-search/main/docs/docs_index",
    "vector-search-main-kb": f"{MCP}/vector-search/main/kb",
}
LOCKED = {"CLAUDE_MCP_LOCKED": "true"}


def path(box: Sandbox, absolute: str) -> Path:
    return box.root / absolute.lstrip("/")


def user_servers(box: Sandbox) -> dict:
    return json.loads((box.home / ".claude.json").read_text()).get("mcpServers", {})


def managed_servers(box: Sandbox) -> dict:
    return json.loads(path(box, facts.MANAGED_MCP_PATH).read_text())["mcpServers"]


def expected(box: Sandbox) -> dict:
    helper = str(box.bin / "claude-mcp-headers-helper")
    return {n: {"type": "http", "url": u, "headersHelper": helper} for n, u in URLS.items()}


def test_servers_are_registered_for_the_user_with_the_headers_helper(sandbox):
    assert sandbox.install(SERVERS).returncode == 0
    assert user_servers(sandbox) == expected(sandbox)
    assert sandbox.status()["mcp"][0] == "ok"
    assert sandbox.status()["mcp"][1].startswith(f"6 Databricks MCP server(s) in {sandbox.home}")
    assert not path(sandbox, facts.MANAGED_MCP_PATH).exists()
    assert allowlisted(sandbox) == {"allowedMcpServers": [{"serverUrl": u} for u in URLS.values()]}
    assert (sandbox.home / ".claude.json").stat().st_mode & 0o777 == 0o600
    assert json.loads((sandbox.home / ".claude.json").read_text())["hasCompletedOnboarding"]


def test_second_run_changes_nothing(sandbox):
    sandbox.install(SERVERS)
    before = (sandbox.home / ".claude.json").stat().st_mtime_ns
    sandbox.install(SERVERS)
    assert sandbox.status()["mcp"][0] == "skipped"
    assert (sandbox.home / ".claude.json").stat().st_mtime_ns == before


def test_the_users_own_servers_and_state_stay(sandbox):
    sandbox.install(SERVERS)
    state = json.loads((sandbox.home / ".claude.json").read_text())
    state["projects"] = {"/root/x": {"allowedTools": []}}
    state["mcpServers"]["mine"] = {"type": "http", "url": "https://mine.example/mcp"}
    (sandbox.home / ".claude.json").write_text(json.dumps(state))
    sandbox.install({"CLAUDE_MCP_SQL": "true"})
    after = json.loads((sandbox.home / ".claude.json").read_text())
    assert set(after["mcpServers"]) == {"databricks-sql", "mine"}
    assert after["projects"] == state["projects"]


def test_locked_servers_are_the_managed_set(sandbox):
    sandbox.install({**SERVERS, **LOCKED})
    assert managed_servers(sandbox) == expected(sandbox)
    assert path(sandbox, facts.MANAGED_MCP_PATH).stat().st_mode & 0o777 == 0o644
    assert user_servers(sandbox) == {}
    state, detail = sandbox.status()["mcp"]
    assert state == "ok" and "(locked: the only servers)" in detail


def test_unlocking_moves_them_back_to_the_user(sandbox):
    sandbox.install({**SERVERS, **LOCKED})
    sandbox.install(SERVERS)
    assert not path(sandbox, facts.MANAGED_MCP_PATH).exists()
    assert user_servers(sandbox) == expected(sandbox)


def test_an_admins_own_managed_server_is_kept(sandbox):
    managed = path(sandbox, facts.MANAGED_MCP_PATH)
    managed.parent.mkdir(parents=True)
    theirs = {"type": "http", "url": "https://tools.example/mcp"}
    managed.write_text(json.dumps({"mcpServers": {"theirs": theirs}}))
    sandbox.install({**SERVERS, **LOCKED})
    assert set(managed_servers(sandbox)) == {"theirs", *URLS}
    sandbox.install()
    assert managed_servers(sandbox) == {"theirs": theirs}


def test_locked_without_servers_turns_mcp_off(sandbox):
    sandbox.install(LOCKED)
    assert managed_servers(sandbox) == {}
    assert sandbox.status()["mcp"][1].startswith("0 Databricks MCP server(s) in")


def test_no_servers_removes_ours_only(sandbox):
    sandbox.install(SERVERS)
    sandbox.install()
    assert user_servers(sandbox) == {}
    assert sandbox.status()["mcp"] == ("ok", "no Databricks MCP servers (ours removed)")
    sandbox.install()
    assert sandbox.status()["mcp"] == ("skipped", "no Databricks MCP servers")


def allowlisted(box: Sandbox) -> dict:
    return json.loads(path(box, facts.MCP_ALLOW_DROP_IN).read_text())


def test_the_managed_allowlist_gets_the_servers_added(sandbox):
    """The managed settings allow only the MCP servers a managed list names (the node's own
    list is empty, an admin's policy may add to it): a drop-in lists ours by URL beside the
    admin's entries; with no server, none is written."""
    only_theirs = {"allowedMcpServers": [{"serverName": "theirs"}]}
    sandbox.install({**SERVERS, "CLAUDE_POLICY": policy.encode(only_theirs)})
    assert allowlisted(sandbox) == {"allowedMcpServers": [{"serverUrl": u} for u in URLS.values()]}
    managed = json.loads(path(sandbox, "/etc/claude-code/managed-settings.json").read_text())
    assert managed["allowManagedMcpServersOnly"] is True and managed["allowedMcpServers"] == []
    sandbox.install()
    assert not path(sandbox, facts.MCP_ALLOW_DROP_IN).exists()


def test_without_a_workspace_no_server_is_registered(sandbox):
    sandbox.install(SERVERS)
    sandbox.install({**SERVERS, "DATABRICKS_HOST": ""})
    assert sandbox.status()["mcp"] == (
        "failed",
        "DATABRICKS_HOST is not set: no Databricks MCP server registered",
    )
    assert user_servers(sandbox) == {}


def test_the_token_is_in_no_file(sandbox):
    from tests.shell.sandbox import TOKEN

    sandbox.install({**SERVERS, **LOCKED})
    assert TOKEN not in sandbox.text_everywhere()


def test_check_claude_names_the_policy_and_every_server(sandbox):
    given = {"permissions": {"deny": ["WebSearch"]}}
    sandbox.install({**SERVERS, **LOCKED, "CLAUDE_POLICY": policy.encode(given)})
    out = sandbox.helper("check-claude").stdout
    section = out.split("\nPolicy and MCP servers\n", 1)[1].split("\n\n", 1)[0]
    drop_in = path(sandbox, facts.POLICY_DROP_IN)
    assert f"  ok    admin policy in {drop_in}: permissions" in section
    assert "  info  deny WebSearch" in section
    assert "(locked)" in section
    for name, url in URLS.items():
        assert f"  ok    MCP server {name}: {url}" in section
