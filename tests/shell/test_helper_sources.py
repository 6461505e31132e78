"""The helper commands run straight from their source files in init_scripts/src/helpers/."""

from __future__ import annotations

import pytest

from coding_assistants import init_script_build
from tests.shell.sandbox import HELPERS, HOST, TOKEN

SOURCES = init_script_build.helper_names()


def test_every_installed_helper_has_one_source():
    assert set(SOURCES) == set(HELPERS) - {"check-coding-assistants", "claude-mcp-headers-helper"}


@pytest.mark.parametrize("name", SOURCES)
def test_source_prints_usage(provisioned, name):
    result = provisioned.box.source_helper(name, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: ") and "Exit status:" in result.stdout


def test_check_claude_from_source_reads_the_node(provisioned):
    result = provisioned.box.source_helper("check-claude")
    assert result.returncode == 0, result.stdout
    assert "ok    init claude: ok, Claude Code 2.0.0 installed (native)" in result.stdout


def test_tracing_status_from_source(provisioned):
    result = provisioned.box.source_helper("claude-tracing-status")
    assert result.returncode == 0, result.stderr
    assert "MLFLOW_EXPERIMENT_NAME=" in result.stdout


def test_key_helper_from_source_ignores_init_root(provisioned):
    """INIT_ROOT points at a node with a recorded workspace, but the key helper only trusts
    workspace.env beside its own file, so a variable cannot redirect the token."""
    result = provisioned.box.source_helper(
        "claude-api-key-helper", env={"ANTHROPIC_BASE_URL": f"{HOST}/serving-endpoints/anthropic"}
    )
    assert (result.returncode, result.stdout) == (1, "")
    assert "no workspace recorded" in result.stderr and TOKEN not in result.stderr
