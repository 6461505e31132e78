"""Run a command as root against this machine's own system, with every write kept aside.

``run_overlaid(work, argv, env)`` starts ``unshare --mount`` with this module inside: it lays a
writable overlay over ``/usr``, ``/var`` and ``/etc`` (their changes land in ``work``; only
this mount namespace sees them), keeps apt's downloaded packages in the tests' cache
(``~/.cache/coding-assistants-tests/apt-archives``, bound over ``/var/cache/apt/archives``),
runs ``prepare`` (shell code, e.g. removing a package so there is one to install) and then the
command. The network is the machine's: apt reaches the real Debian mirrors. When it returns,
the machine's ``/usr``, ``/var`` and ``/etc`` are as they were.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.real_client.cache import cache_root, locked

REPO = Path(__file__).resolve().parents[2]
LAYERS = ("usr", "var", "etc")


def run_overlaid(
    work: Path, prepare: str, argv: list[str], env: dict[str, str], timeout: float
) -> subprocess.CompletedProcess[str]:
    """``argv`` after ``prepare`` (bash), both as root over overlays kept in ``work``."""
    archives = cache_root() / "apt-archives"
    (archives / "partial").mkdir(parents=True, exist_ok=True)
    inner = [sys.executable, "-m", "tests.real_client.overlay", str(work), str(archives), prepare]
    with locked(archives):
        return subprocess.run(
            ["unshare", "--mount", "--", *inner, "--", *argv],
            cwd=REPO,
            env={**env, "PYTHONPATH": str(REPO)},
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )


def main(work: str, archives: str, prepare: str, argv: list[str]) -> int:
    for layer in LAYERS:
        upper, scratch = Path(work) / "upper" / layer, Path(work) / "scratch" / layer
        upper.mkdir(parents=True, exist_ok=True)
        scratch.mkdir(parents=True, exist_ok=True)
        options = f"lowerdir=/{layer},upperdir={upper},workdir={scratch}"
        subprocess.run(
            ["mount", "-t", "overlay", "overlay", "-o", options, f"/{layer}"], check=True
        )
    subprocess.run(["mount", "--bind", archives, "/var/cache/apt/archives"], check=True)
    subprocess.run(["bash", "-c", prepare], check=True, env=os.environ)
    return subprocess.run(argv, check=False).returncode


if __name__ == "__main__":
    split = sys.argv.index("--")
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[split + 1 :]))
