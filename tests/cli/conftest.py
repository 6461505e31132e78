"""Fixtures of the CLI tests: the fake workspace, a clean environment, a stub databricks CLI."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from coding_assistants.cli.main import main
from tests.cli.fake_fleet import FakeFleetWorkspace
from tests.cli.fake_workspace import CANARY_TOKEN, FakeWorkspace, leaked

STUB_CLI = """#!/bin/sh
echo '{output}'
exit {code}
"""


@pytest.fixture(autouse=True)
def _library_redirects_restored(monkeypatch):
    """The command line makes the requests library follow no redirect for the rest of its
    process (api.refuse_library_redirects); here each test ends with the library as it was."""
    import requests

    monkeypatch.setattr(
        requests.Session, "get_redirect_target", requests.Session.get_redirect_target
    )


@pytest.fixture(scope="module")
def server() -> Iterator[FakeWorkspace]:
    """One fake workspace per test module: the whole fake (clusters and their events, pools,
    command execution, access lists and grants, SCIM)."""
    fake = FakeFleetWorkspace().start()
    yield fake
    fake.stop()


@pytest.fixture
def workspace(server, monkeypatch, tmp_path):
    """The fake workspace, reset, with DATABRICKS_HOST/TOKEN pointing at it and nothing of
    the machine's own configuration (profiles, proxies, other credentials) in reach."""
    point_at(server.url, monkeypatch, tmp_path)
    state = server.reset()
    return state


def point_at(url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """DATABRICKS_HOST/TOKEN for the fake at ``url``, with none of the machine's own
    configuration (profiles, proxies, other credentials) in reach."""
    for name in list(os.environ):
        if name.startswith(("DATABRICKS_", "ARM_", "AZURE_", "GOOGLE_")):
            monkeypatch.delenv(name)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("DATABRICKS_CONFIG_FILE", str(tmp_path / "databrickscfg"))
    monkeypatch.setenv("DATABRICKS_HOST", url)
    monkeypatch.setenv("DATABRICKS_TOKEN", CANARY_TOKEN)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


@pytest.fixture
def databricks_cli(monkeypatch, tmp_path) -> Callable[..., Path]:
    """Put a stub ``databricks`` first (and alone) on PATH that prints ``output``."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    monkeypatch.setenv("PATH", str(bin_dir))

    def install(output: str = "Databricks CLI v0.270.0", code: int = 0) -> Path:
        stub = bin_dir / "databricks"
        stub.write_text(STUB_CLI.format(output=output, code=code))
        stub.chmod(stub.stat().st_mode | stat.S_IXUSR)
        return stub

    return install


@pytest.fixture
def cli(capsys) -> Callable[..., tuple[int, str, str]]:
    """Run ``coding-assistants ARGS`` in this process: (exit code, stdout, stderr). Asserts no
    piece of the canary token of 5 characters or more appears, anywhere."""

    def run(*args: str) -> tuple[int, str, str]:
        try:
            code = main(list(args))
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 1
        out, err = capsys.readouterr()
        assert not leaked(CANARY_TOKEN, out + err), out + err
        return code, out, err

    return run
