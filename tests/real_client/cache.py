"""The real programs, pinned and installed once into a cache that later runs reuse.

Claude Code comes from the npm registry (``npm install --prefix``), MLflow from PyPI into its own
virtual environment; both under ``~/.cache/coding-assistants-tests`` (or
``$CODING_ASSISTANTS_TEST_CACHE``). An install goes into a directory of its own name and is only
used once its ``.complete`` marker exists; a lock keeps two test runs from installing at once.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from coding_assistants.facts import CLAUDE_NPM_PACKAGE, MLFLOW_PIN
from tests import clock

CLAUDE_CODE_VERSION = "2.1.332"
"""The Claude Code release the tests run (npm ``@anthropic-ai/claude-code``)."""
MLFLOW_VERSION = MLFLOW_PIN
INSTALL_TIMEOUT_S = 900
"""Deadline of one install (first run only: a 186 MB npm tarball, or MLflow's ~800 MB)."""
TIMINGS: list[str] = []
"""One line per cached program: installed (and how long it took) or reused."""


_REGISTRY_VARIABLES = re.compile(
    r"(?i)(.*_proxy|node_extra_ca_certs|ssl_cert_(file|dir)|requests_ca_bundle|curl_ca_bundle"
    r"|pip_.*|npm_config_.*)"
)


def registry_env() -> dict[str, str]:
    """How this machine reaches the registries (proxies, CA files, pip's and npm's settings):
    what a real client started with an environment of its own still needs from ours."""
    return {k: v for k, v in os.environ.items() if _REGISTRY_VARIABLES.fullmatch(k)}


def cache_root() -> Path:
    default = Path.home() / ".cache" / "coding-assistants-tests"
    return Path(os.environ.get("CODING_ASSISTANTS_TEST_CACHE") or default)


@contextmanager
def locked(root: Path) -> Iterator[None]:
    root.mkdir(parents=True, exist_ok=True)
    with open(root / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def _run(argv: list[str], **kwargs: object) -> None:
    done = subprocess.run(
        argv,
        capture_output=True,
        text=True,
        timeout=INSTALL_TIMEOUT_S,
        check=False,
        env=clock.real(os.environ),  # the registries' certificates hold on the true date only
        **kwargs,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed ({done.returncode}): {done.stderr[-3000:]}")


def _cached(target: Path, label: str, install: object) -> Path:
    """``target`` once installed: reused when complete, else (re)installed by ``install``."""
    with locked(target.parent):
        if (target / ".complete").exists():
            TIMINGS.append(f"{label}: reused from {target}")
            return target
        if target.exists():
            shutil.rmtree(target)  # our own unfinished install from an interrupted run
        began = time.monotonic()
        install(target)  # type: ignore[operator]
        (target / ".complete").touch()
        TIMINGS.append(f"{label}: installed in {time.monotonic() - began:.1f} s into {target}")
        return target


def claude_code() -> Path:
    """The real ``claude`` executable of the pinned release."""

    def install(target: Path) -> None:
        if shutil.which("npm") is None:
            raise RuntimeError("npm is needed to install Claude Code for the real-client tests")
        spec = f"{CLAUDE_NPM_PACKAGE}@{CLAUDE_CODE_VERSION}"
        _run(
            [
                "npm",
                "install",
                "--prefix",
                str(target),
                "--no-audit",
                "--no-fund",
                "--loglevel=error",
                "--no-save",
                spec,
            ]
        )

    target = _cached(cache_root() / f"claude-{CLAUDE_CODE_VERSION}", "Claude Code", install)
    exe = target / "node_modules" / "@anthropic-ai" / "claude-code" / "bin" / "claude.exe"
    if not os.access(exe, os.X_OK):
        raise RuntimeError(f"the cached Claude Code has no executable at {exe}")
    return exe


def mlflow_venv() -> Path:
    """``bin/`` of a virtual environment with the pinned ``mlflow``."""

    def install(target: Path) -> None:
        _run([sys.executable, "-m", "venv", str(target)])
        _run(
            [
                str(target / "bin" / "python"),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                f"mlflow=={MLFLOW_VERSION}",
            ]
        )

    return _cached(cache_root() / f"mlflow-{MLFLOW_VERSION}", "MLflow", install) / "bin"


def mlflow_skinny_alone() -> Path:
    """``bin/`` of a virtual environment with ``mlflow-skinny`` at the pin and nothing else: what
    the init script installed before it added MLflow's tracing extras. Its Claude Code tracing
    cannot load (no ``dateutil``): the broken Stop hook of the tracing tests."""

    def install(target: Path) -> None:
        _run([sys.executable, "-m", "venv", str(target)])
        pip = [str(target / "bin" / "python"), "-m", "pip", "install", "--quiet"]
        _run([*pip, "--disable-pip-version-check", f"mlflow-skinny=={MLFLOW_VERSION}"])

    label = "mlflow-skinny alone"
    return _cached(cache_root() / f"mlflow-skinny-{MLFLOW_VERSION}-alone", label, install) / "bin"


@contextmanager
def npm_cache_without_metadata() -> Iterator[Path]:
    """npm's cache for an install the way a new node makes it: the registry's metadata dropped,
    so npm asks the registry (its fetch and retry settings in play: a bad pair of them failed
    every such request), while the tarballs it downloaded before are reused. Locked while in use."""
    npm = cache_root() / "npm"
    with locked(npm):
        index = npm / "_cacache" / "index-v5"
        for bucket in index.rglob("*") if index.exists() else ():
            if bucket.is_file() and not all(key.endswith(".tgz") for key in _index_keys(bucket)):
                bucket.unlink()
        yield npm


def _index_keys(bucket: Path) -> list[str]:
    keys = []
    for line in bucket.read_text(errors="replace").splitlines():
        try:
            keys.append(str(json.loads(line.split("\t", 1)[1])["key"]))
        except (IndexError, KeyError, ValueError):
            keys.append("")  # unreadable: treat as metadata, so it goes
    return keys
