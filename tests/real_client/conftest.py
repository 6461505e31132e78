"""Fixtures of the real-client tests: the pinned programs (cached), a throw-away CA, nodes.

A missing prerequisite (npm, unshare, root, the registries on the first run) fails these tests;
they are never skipped, in CI (``CI=true``) or anywhere else.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from tests.real_client import cache
from tests.real_client.certs import ServerTls, make_tls
from tests.shell.sandbox import build_tools

RUN_TIMINGS: list[str] = []
"""How long each isolated run took, for the summary at the end of the session."""


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    lines = cache.TIMINGS + RUN_TIMINGS
    if lines:
        terminalreporter.section("real-client timings")
        for line in lines:
            terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def prerequisites() -> None:
    """Root and unshare, for the network namespace the clients run in."""
    missing = [tool for tool in ("unshare", "ip", "npm") if shutil.which(tool) is None]
    if missing:
        pytest.fail(f"the real-client tests need {', '.join(missing)} on PATH")
    if os.geteuid() != 0:
        pytest.fail("the real-client tests need root (unshare --net), as in CI")


@pytest.fixture(scope="session")
def real_tools(tmp_path_factory) -> Path:
    return build_tools(tmp_path_factory.mktemp("real-tools") / "bin")


@pytest.fixture(scope="session")
def claude_exe(prerequisites) -> Path:
    return cache.claude_code()


@pytest.fixture(scope="session")
def mlflow_bin(prerequisites) -> Path:
    return cache.mlflow_venv()


@pytest.fixture(scope="session")
def tls(tmp_path_factory) -> ServerTls:
    return make_tls(tmp_path_factory.mktemp("tls"))


class Timer:
    """Records how long a named piece of a test took."""

    def __init__(self, label: str) -> None:
        self.label = label

    def __enter__(self) -> Timer:
        self.began = time.monotonic()
        return self

    def __exit__(self, *exc: object) -> None:
        RUN_TIMINGS.append(f"{self.label}: {time.monotonic() - self.began:.1f} s")
