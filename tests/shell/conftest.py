"""Fixtures for the init-script tests: sandboxes built from tests/shell/sandbox.py."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.shell.sandbox import Sandbox, build_tools


@pytest.fixture(scope="session")
def tools(tmp_path_factory) -> Path:
    """Links to the real system commands the sandboxes use (shared by all of them)."""
    return build_tools(tmp_path_factory.mktemp("tools") / "bin")


@pytest.fixture
def sandbox(tmp_path, tools) -> Sandbox:
    """A fresh node where nothing has run yet."""
    return Sandbox.create(tmp_path, tools)


class Provisioned:
    """A node after one successful init-script run (shared: tests only read it)."""

    def __init__(self, box: Sandbox, result: subprocess.CompletedProcess[str]) -> None:
        self.box = box
        self.result = result


@pytest.fixture(scope="session")
def provisioned(tmp_path_factory, tools) -> Provisioned:
    box = Sandbox.create(tmp_path_factory.mktemp("provisioned"), tools)
    result = box.install()
    assert result.returncode == 0, result.stderr
    return Provisioned(box, result)


@pytest.fixture
def bare_helpers(sandbox, provisioned) -> Sandbox:
    """A node with only the helper commands (copied from the provisioned node's /usr/local)."""
    shutil.copytree(provisioned.box.root / "usr", sandbox.root / "usr", symlinks=True)
    return sandbox
