"""The real bundle, staged once per session for the tests that prove it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import clock

CLAUDE_VERSION = "2.1.332"
"""The version FACTS.md §11 tried for real."""
CACHE = Path.home() / ".cache" / "coding-assistants-tests" / "offline"
CLI = Path(sys.executable).parent / "coding-assistants"


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("bundle")
    argv = [str(CLI), "stage-offline", "--claude-version", CLAUDE_VERSION, "--out", str(out)]
    result = subprocess.run(
        [*argv, "--cache", str(CACHE)],
        env=clock.real(os.environ),  # npm and pip may reach the registries: the true date
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    digest = result.stdout.split("offline_bundle_sha256 = ")[1].split()[0]
    return out, digest
