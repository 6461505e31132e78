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


@pytest.fixture(scope="session")
def engine_outputs(tmp_path_factory) -> dict[str, Path]:
    """Every engine's output of tests/engine/synth_stacks.py, by engine name.

    Skips when an engine's environment is missing, unless ENGINES_REQUIRED is set (as in CI),
    where that is a failure."""
    missing = [e for e in ENGINES if not engine_python(e).exists()]
    if missing:
        hint = "; ".join(f"make install ENGINE={e}" for e in missing)
        if os.environ.get("ENGINES_REQUIRED"):
            pytest.fail(f"ENGINES_REQUIRED is set but an engine is not installed: {hint}")
        pytest.skip(f"engine comparison skipped: run {hint}")
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
