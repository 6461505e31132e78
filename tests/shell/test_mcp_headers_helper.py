"""claude-mcp-headers-helper, an MCP server's headersHelper: the token as an Authorization
header, for the workspace's own MCP servers only (the key helper's rules, another URL)."""

from __future__ import annotations

import json

import pytest

from tests.shell.sandbox import CLI_TOKEN, HOST, TOKEN

HELPER = "claude-mcp-headers-helper"
SQL = f"{HOST}/api/2.0/mcp/sql"


def run(box, url: str | None, **env: str):
    given = {"CLAUDE_CODE_MCP_SERVER_URL": url} if url is not None else {}
    return box.helper(HELPER, env={**given, **env})


def test_prints_the_workspace_token_as_a_header(provisioned):
    result = run(provisioned.box, SQL)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"Authorization": f"Bearer {TOKEN}"}


def test_asks_the_cli_without_a_token_in_the_environment(provisioned):
    result = run(provisioned.box, SQL, DATABRICKS_TOKEN="", STUB_CLI_TOKEN=CLI_TOKEN)
    assert json.loads(result.stdout) == {"Authorization": f"Bearer {CLI_TOKEN}"}


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("https://other.example/api/2.0/mcp/sql", "is not the workspace"),
        (f"{HOST}:8443/api/2.0/mcp/sql", "is not the workspace"),
        ("https://user@" + SQL.removeprefix("https://"), "is not the workspace"),
        (f"{HOST}/api/2.0/clusters/list", "is not one of the workspace's MCP servers"),
        (f"{HOST}/api/2.0/mcp/", "is not one of the workspace's MCP servers"),
        ("", "is not the workspace"),
        (None, "is not the workspace"),
    ],
)
def test_refuses_any_other_url(provisioned, url, why):
    result = run(provisioned.box, url)
    assert (result.returncode, result.stdout) == (1, "")
    assert f"{HELPER}: refusing to hand out the Databricks token: " in result.stderr
    assert why in result.stderr and result.stderr.count("\n") == 1
    assert TOKEN[4:] not in result.stderr


def test_a_token_for_another_workspace_stays_home(provisioned):
    result = run(provisioned.box, SQL, DATABRICKS_HOST="https://other.example")
    assert result.returncode == 1
    assert "DATABRICKS_TOKEN belongs to DATABRICKS_HOST" in result.stderr


def test_help_describes_the_mcp_helper(provisioned):
    result = provisioned.box.helper(HELPER, "--help")
    assert result.returncode == 0
    assert result.stdout.startswith(f"usage: {HELPER}\n")
    assert "CLAUDE_CODE_MCP_SERVER_URL" in result.stdout
