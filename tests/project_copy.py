"""A copy of the project as a clone of it has it, that `make` can run in without installing
anything: its `.venv` holds only a `python` that runs the checkout's interpreter and the
Makefile's install stamp."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from coding_assistants.facts import DEFAULT_ENGINE, ENGINE_VENVS
from tests.conftest import REPO


def project_files() -> list[str]:
    """The project's files: tracked, and new ones that are not ignored."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=REPO, capture_output=True, check=True,
    ).stdout.decode()  # fmt: skip
    return [name for name in filter(None, listed.split("\0")) if (REPO / name).is_file()]


def copy_files(target: Path) -> Path:
    for name in project_files():
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / name, target / name, follow_symlinks=False)
    return target


def copy_project(target: Path) -> Path:
    """The files, and a `.venv` whose python is the checkout's (default engine)."""
    copy = copy_files(target)
    interpreter = REPO / ENGINE_VENVS[DEFAULT_ENGINE] / "bin" / "python"
    if not interpreter.exists():
        pytest.skip(f"{interpreter} is missing: `make test` (the default engine) runs this test")
    python = copy / ".venv" / "bin" / "python"
    python.parent.mkdir(parents=True)
    python.write_text(f'#!/bin/sh\nexec "{interpreter}" "$@"\n')
    python.chmod(0o755)
    inputs = (copy / "pyproject.toml").read_bytes() + (copy / "requirements.lock").read_bytes()
    stamp = subprocess.run(["cksum"], input=inputs, capture_output=True, check=True)
    (copy / ".venv" / f".installed-{stamp.stdout.split()[0].decode()}").touch()
    return copy
