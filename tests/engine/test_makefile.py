"""The Makefile's ENGINE wiring: each engine's environment and lock, the default unchanged."""

from __future__ import annotations

import os
import subprocess

import pytest

from coding_assistants.facts import DEFAULT_ENGINE, ENGINE_VENVS, ENGINES
from tests.conftest import REPO


def dry_run(*args: str, environ: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    # Not ENGINE, nor the variables a calling make passes down (MAKEFLAGS holds ENGINE=...).
    hidden = {"ENGINE", "MAKEFLAGS", "MFLAGS", "MAKELEVEL", "PYTEST_ARGS"}
    env = {k: v for k, v in os.environ.items() if k not in hidden} | (environ or {})
    return subprocess.run(
        ["make", "--no-print-directory", "-n", "-B", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("engine", ENGINES)
def test_synth_uses_the_engines_own_environment_and_lock(engine):
    result = dry_run("synth", f"ENGINE={engine}")
    assert result.returncode == 0, result.stderr
    venv = ENGINE_VENVS[engine]
    lock = "requirements.lock" if engine == DEFAULT_ENGINE else f"requirements-{engine}.lock"
    assert f"{venv}/bin/python main.py" in result.stdout
    assert f"-c {lock} -e '.[dev,{engine}]'" in result.stdout
    assert (REPO / lock).is_file()


def test_default_engine_keeps_the_default_environment():
    result = dry_run("test")
    assert result.returncode == 0, result.stderr
    assert f"{ENGINE_VENVS[DEFAULT_ENGINE]}/bin/python -m pytest" in result.stdout
    assert ".venv-" not in result.stdout


def test_fails_when_engine_is_unknown():
    result = dry_run("synth", "ENGINE=terraform")
    assert result.returncode != 0
    assert "ENGINE must be cdktf or cdktn, got 'terraform'" in result.stderr


@pytest.mark.parametrize(
    ("args", "environ", "venv"),
    [
        (["ENGINE="], {}, ".venv"),  # empty on the command line: the default, as in Python
        ([], {"ENGINE": ""}, ".venv"),
        ([], {"ENGINE": " cdktn "}, ".venv-cdktn"),  # blanks dropped, as in Python
        (["ENGINE= cdktn"], {}, ".venv-cdktn"),
        ([], {"ENGINE": "cdktn"}, ".venv-cdktn"),  # the environment variable alone
    ],
)
def test_engine_is_read_as_python_reads_it(args, environ, venv):
    result = dry_run("synth", *args, environ=environ)
    assert result.returncode == 0, result.stderr
    assert f"\n{venv}/bin/python main.py" in result.stdout


@pytest.mark.parametrize("value", ["cdktn cdktf", "cdktf cdktf", "CDKTN"])
def test_fails_unless_engine_is_one_known_name(value):
    result = dry_run("synth", f"ENGINE={value}")
    assert result.returncode != 0
    assert f"ENGINE must be cdktf or cdktn, got '{value}'" in result.stderr


def test_engine_locks_differ_only_in_engine_packages():
    def pins(name: str) -> set[str]:
        return set((REPO / name).read_text().split())

    only = pins("requirements.lock") ^ pins("requirements-cdktn.lock")
    names = {pin.split("==")[0] for pin in only}
    assert names == {
        "cdktf",
        "cdktf-cdktf-provider-databricks",
        "cdktn",
        "cdktn-provider-databricks",
        "constructs",
    }
