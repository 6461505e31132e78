"""Both engines' synthesis of every documented configuration, each in its own environment."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from coding_assistants.facts import ENGINE_VENVS, ENGINES
from tests.conftest import REPO

SYNTH_SCRIPT = Path(__file__).with_name("synth_stacks.py")


def engine_python(engine: str) -> Path:
    """The Python of ``engine``'s virtual environment (``make install ENGINE=<engine>``)."""
    return REPO / ENGINE_VENVS[engine] / "bin" / "python"


def install_engine(engine: str) -> None:
    """``make install ENGINE=<engine>``: its pinned packages into its own environment."""
    env = {k: v for k, v in os.environ.items() if k not in ("MAKEFLAGS", "MAKELEVEL", "MFLAGS")}
    result = subprocess.run(
        ["make", "--no-print-directory", "-C", str(REPO), "install", f"ENGINE={engine}"],
        capture_output=True, text=True, env=env, timeout=900, check=False,
    )  # fmt: skip
    assert result.returncode == 0, f"make install ENGINE={engine} failed:\n{result.stderr[-2000:]}"


@pytest.fixture(scope="session")
def engine_outputs(tmp_path_factory) -> dict[str, Path]:
    """Every engine's output of tests/engine/synth_stacks.py, by engine name. An engine whose
    environment is missing is installed first, by the project's own ``make install``."""
    for engine in ENGINES:
        if not engine_python(engine).exists():
            install_engine(engine)
    root = tmp_path_factory.mktemp("engines")
    running = {
        engine: subprocess.Popen(
            [str(engine_python(engine)), str(SYNTH_SCRIPT), str(root / engine)],
            env={**os.environ, "ENGINE": engine},
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for engine in ENGINES
    }
    for engine, process in running.items():
        _, stderr = process.communicate(timeout=300)
        assert process.returncode == 0, f"{engine} synthesis failed:\n{stderr[-2000:]}"
    return {engine: root / engine for engine in ENGINES}
