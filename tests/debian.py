"""Debian packages the tests need, installed by the tests themselves when they are missing.

A fresh machine (CI's) has none of them; the tests install each with ``apt-get`` (as root, under
one lock, refreshing the package lists once if a package is unknown) and never skip: a test
whose real program cannot be installed fails and says what is missing.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
from collections.abc import Iterable
from pathlib import Path

INSTALL_TIMEOUT_S = 900
"""Deadline of one ``apt-get`` run (the package lists, then the packages)."""
LOCK = Path("/tmp/coding-assistants-tests-apt.lock")


def _apt(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    return subprocess.run(
        ["apt-get", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=INSTALL_TIMEOUT_S,
        check=False,
    )


def ensure(packages: Iterable[str], provides: Iterable[Path]) -> None:
    """Install ``packages`` unless every path in ``provides`` already exists."""
    wanted = list(provides)
    if all(path.exists() for path in wanted):
        return
    names = list(packages)
    if shutil.which("apt-get") is None or os.geteuid() != 0:
        raise RuntimeError(
            f"the tests need the Debian packages {', '.join(names)} (apt-get as root installs them)"
        )
    with open(LOCK, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if all(path.exists() for path in wanted):
            return
        install = ("install", "-y", "--no-install-recommends", *names)
        done = _apt(*install)
        if done.returncode != 0:  # the package lists may be missing or stale on a new machine
            _apt("update")
            done = _apt(*install)
        if done.returncode != 0:
            raise RuntimeError(f"apt-get {' '.join(install)} failed: {done.stderr[-2000:]}")
    missing = [str(path) for path in wanted if not path.exists()]
    if missing:
        raise RuntimeError(f"{', '.join(names)} installed, but {', '.join(missing)} is missing")
