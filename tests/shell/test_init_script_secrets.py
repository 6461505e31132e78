"""The Databricks token never reaches a file or an output (beyond its first 4 characters).

The one exception by design is claude-api-key-helper: its stdout is the token, read by Claude
Code through a pipe (it refuses to print to a terminal).
"""

from __future__ import annotations

import re

from tests.shell.sandbox import CLI_TOKEN, HELPERS, SCRIPT, TOKEN, Sandbox

CLI_ONLY = {"DATABRICKS_TOKEN": "", "STUB_CLI_TOKEN": CLI_TOKEN}
TALKERS = (
    "check-claude",
    "claude-debug",
    "claude-token-status",
    "claude-refresh-token",
    "claude-tracing-enable",
    "claude-tracing-status",
    "claude-vscode-setup",
    "claude-vscode-check",
    "claude-vscode-config",
)


def test_token_never_reaches_a_file_or_an_output(tmp_path, tools):
    box = Sandbox.create(tmp_path, tools)
    outputs = []
    for env in ({"STUB_FAIL": "network"}, {}, {}):
        result = box.install(env)
        outputs += [result.stdout, result.stderr]
    for name in TALKERS:
        for env in ({}, CLI_ONLY):
            result = box.helper(name, env=env)
            outputs += [result.stdout, result.stderr]
    seen = "\n".join(outputs) + box.text_everywhere()
    assert TOKEN not in seen
    assert CLI_TOKEN not in seen
    assert TOKEN[:4] + "****" in seen and CLI_TOKEN[:4] + "****" in seen


def test_install_code_never_reads_the_token():
    install_part = SCRIPT.read_text().split("\nhelper_files() {")[0]
    assert "DATABRICKS_TOKEN" not in install_part


def test_nothing_enables_xtrace(provisioned):
    paths = [SCRIPT, *(provisioned.box.bin / name for name in HELPERS)]
    for path in paths:
        text = path.read_text()
        assert not re.search(r"set\s+-[a-zA-Z]*x|set\s+-o\s+xtrace|^#!.*\s-x", text, re.M), path
